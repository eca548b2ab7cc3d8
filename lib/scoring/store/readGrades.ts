import type { LeadKitDatabase } from '../../db/open';
import { GRADES, LocalizedLabel, type Grade } from '../../model/grade';
import type { PackedScore } from './packedScore';
import { decodePage } from './pageCodec';
import type { ScorePage } from './scorePages';

const GRADE_SET: ReadonlySet<unknown> = new Set(GRADES);
/** LeadScore allows 600 reasons; a packed reason is two numbers. */
const MAX_PACKED_REASONS = 1_200;

const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0; // as zod's int()
const isFinite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/** Which of a page's reason texts would read back as a valid reason (checked once per page). */
export function readableTexts(page: ScorePage): boolean[] | undefined {
  if (!Array.isArray(page.texts)) return undefined;
  return page.texts.map((text: unknown) => {
    const { ruleId, label } = (text ?? {}) as { ruleId?: unknown; label?: unknown };
    return typeof ruleId === 'string' && ruleId.length <= 64 && LocalizedLabel.safeParse(label).success;
  });
}

/**
 * The grade of a stored score, or undefined when the score would not read back (the same scores
 * `readableScore` refuses: it unpacks and parses each in full, which the dashboard, needing only
 * the grade of 50k accounts, need not pay for).
 */
export function storedGrade(texts: readonly boolean[] | undefined, packed: PackedScore | undefined): Grade | undefined {
  if (texts === undefined || typeof packed !== 'object' || packed === null) return undefined;
  const { score, grade, scoredAt, ruleSetVersion, reasons } = packed as Partial<Record<keyof PackedScore, unknown>>;
  if (!GRADE_SET.has(grade) || !isFinite(score) || !isCount(scoredAt) || !isCount(ruleSetVersion)) return undefined;
  if (!Array.isArray(reasons) || reasons.length % 2 !== 0 || reasons.length > MAX_PACKED_REASONS) return undefined;
  for (let at = 0; at < reasons.length; at += 2) {
    const text: unknown = reasons[at];
    if (typeof text !== 'number' || texts[text] !== true || !isFinite(reasons[at + 1])) return undefined;
  }
  return grade as Grade;
}

/** Every stored grade (the dashboard's grade figures): one read of all score pages. */
export async function readAllGrades(db: LeadKitDatabase): Promise<Map<string, Grade>> {
  const result = new Map<string, Grade>();
  for (const stored of await db.getAll('scorePages')) {
    const page = decodePage(stored);
    const texts = readableTexts(page);
    for (const [id, packed] of page.scores) {
      const grade = storedGrade(texts, packed);
      if (grade !== undefined) result.set(id, grade);
    }
  }
  return result;
}
