import { GRADES } from '../../model/grade';
import { endsFit, gradeCode, isColumn } from './columns';
import type { PackedScore, ReasonText } from './packedScore';
import { FIRST_PAGE } from './scorePageLayout';

/**
 * Up to MAX_PAGE_SIZE scores of a contiguous range of account ids (see scorePageLayout.ts), packed
 * against the page's table of reason texts (packedScore.ts). Stored in columns (below).
 */
export interface ScorePage {
  readonly lo: string;
  readonly texts: readonly ReasonText[];
  readonly scores: Map<string, PackedScore>;
}

/**
 * A score page as IndexedDB holds it (v7): a column per field, numbers in typed arrays. Chromium
 * clones a typed array as one block of bytes but a thousand score objects field by field, key
 * names included: a page of 1,000 scores as objects was 131 kB and its clone ~2.5 ms; as columns
 * it is a fraction of both, and a full re-score writes and reads a hundred pages.
 */
export interface StoredScorePage {
  readonly lo: string;
  readonly texts: readonly ReasonText[];
  readonly ids: readonly string[];
  readonly score: Float64Array;
  /** Index into GRADES. */
  readonly grade: Uint8Array;
  readonly scoredAt: Float64Array;
  readonly ruleSetVersion: Float64Array;
  readonly derivedFromUpdatedAt: Float64Array;
  /** Where each id's reasons end in `reasons` (`[textIndex, points, …]`, as PackedScore's). */
  readonly reasonEnds: Uint32Array;
  readonly reasons: Float64Array;
  /** The gradeChanges records the page's scores refer to. */
  readonly history: readonly string[];
  /** Where each id's references end in `historyRefs` (indexes into `history`, oldest first). */
  readonly historyEnds: Uint32Array;
  readonly historyRefs: Uint32Array;
}

export function encodePage(page: ScorePage): StoredScorePage {
  const n = page.scores.size;
  const ids: string[] = [];
  const score = new Float64Array(n);
  const grade = new Uint8Array(n);
  const scoredAt = new Float64Array(n);
  const ruleSetVersion = new Float64Array(n);
  const derivedFromUpdatedAt = new Float64Array(n);
  const reasonEnds = new Uint32Array(n);
  const historyEnds = new Uint32Array(n);
  const reasons: number[] = [];
  const history: string[] = [];
  const historyAt = new Map<string, number>();
  const historyRefs: number[] = [];
  let at = 0;
  for (const [id, packed] of page.scores) {
    ids.push(id);
    score[at] = packed.score;
    grade[at] = gradeCode(packed.grade);
    scoredAt[at] = packed.scoredAt;
    ruleSetVersion[at] = packed.ruleSetVersion;
    derivedFromUpdatedAt[at] = packed.derivedFromUpdatedAt;
    for (const value of packed.reasons) reasons.push(value);
    reasonEnds[at] = reasons.length;
    for (const recordId of packed.history ?? []) {
      let ref = historyAt.get(recordId);
      if (ref === undefined) historyAt.set(recordId, (ref = history.push(recordId) - 1));
      historyRefs.push(ref);
    }
    historyEnds[at] = historyRefs.length;
    at++;
  }
  return {
    lo: page.lo,
    texts: page.texts,
    ids,
    score,
    grade,
    scoredAt,
    ruleSetVersion,
    derivedFromUpdatedAt,
    reasonEnds,
    reasons: Float64Array.from(reasons),
    history,
    historyEnds,
    historyRefs: Uint32Array.from(historyRefs),
  };
}

/** Whether a stored record has every column, of the right kind and length. */
function isStoredPage(value: unknown): value is StoredScorePage {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Partial<Record<keyof StoredScorePage, unknown>>;
  if (!Array.isArray(page.ids) || !Array.isArray(page.texts) || !Array.isArray(page.history)) return false;
  const n = page.ids.length;
  if (!isColumn(page.score, 'Float64Array', n) || !isColumn(page.grade, 'Uint8Array', n) || !isColumn(page.scoredAt, 'Float64Array', n)) return false;
  if (!isColumn(page.ruleSetVersion, 'Float64Array', n) || !isColumn(page.derivedFromUpdatedAt, 'Float64Array', n)) return false;
  if (!isColumn(page.reasonEnds, 'Uint32Array', n) || !isColumn(page.reasons, 'Float64Array') || !isColumn(page.historyEnds, 'Uint32Array', n) || !isColumn(page.historyRefs, 'Uint32Array')) return false;
  return endsFit(page.reasonEnds as Uint32Array, page.reasons as Float64Array) && endsFit(page.historyEnds as Uint32Array, page.historyRefs as Uint32Array);
}

/**
 * The page as the scoring code works with it. A record that is not a whole page (damaged, or of
 * another shape) reads as a page with no scores: scores are derived, the next re-score stores them
 * again. Single scores are checked where they are read (`readableScore`, `storedGrade`).
 */
export function decodePage(stored: unknown): ScorePage {
  const lo = typeof (stored as { lo?: unknown } | null)?.lo === 'string' ? (stored as { lo: string }).lo : FIRST_PAGE;
  if (!isStoredPage(stored)) return { lo, texts: [], scores: new Map() };
  const scores = new Map<string, PackedScore>();
  let reasonStart = 0;
  let historyStart = 0;
  stored.ids.forEach((id, at) => {
    const reasonEnd = stored.reasonEnds[at]!;
    const historyEnd = stored.historyEnds[at]!;
    const reasons: number[] = [];
    for (let index = reasonStart; index < reasonEnd; index++) reasons.push(stored.reasons[index]!);
    const packed: PackedScore = {
      score: stored.score[at]!,
      grade: GRADES[stored.grade[at]!] as PackedScore['grade'],
      scoredAt: stored.scoredAt[at]!,
      ruleSetVersion: stored.ruleSetVersion[at]!,
      derivedFromUpdatedAt: stored.derivedFromUpdatedAt[at]!,
      reasons,
    };
    if (historyEnd > historyStart) {
      const history: string[] = [];
      for (let index = historyStart; index < historyEnd; index++) {
        const recordId = stored.history[stored.historyRefs[index]!];
        if (typeof recordId === 'string') history.push(recordId);
      }
      (packed as { history?: readonly string[] }).history = history;
    }
    if (typeof id === 'string') scores.set(id, packed);
    reasonStart = reasonEnd;
    historyStart = historyEnd;
  });
  return { lo, texts: stored.texts, scores };
}

declare module '../../db/schema' {
  interface LeadKitDB {
    /** Scores, a page of account ids to a record (v5; in columns since v7): derived locally, never synced. */
    scorePages: { key: string; value: StoredScorePage };
  }
}
