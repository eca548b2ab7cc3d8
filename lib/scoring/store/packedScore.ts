import type { LeadScore, LocalizedLabel } from '../../model/grade';

/** A reason as a page keeps it once: its rule and words (the points differ lead to lead). */
export interface ReasonText {
  readonly ruleId: string;
  readonly label: LocalizedLabel;
}

/**
 * A score as a page stores it. Reasons are `[textIndex, points, …]` into the page's table of
 * reason texts: a thousand leads graded by the same rules share their words, so a page is a
 * fraction of the size, and IndexedDB's cost of a page grows with its size.
 */
export interface PackedScore {
  readonly score: number;
  readonly grade: LeadScore['grade'];
  readonly scoredAt: number;
  readonly ruleSetVersion: number;
  /** The account record's `updatedAt` the score was derived from. */
  readonly derivedFromUpdatedAt: number;
  readonly reasons: readonly number[];
}

/** A page's reason texts with a lookup, to pack scores into it. */
export class ReasonTable {
  readonly texts: ReasonText[];
  private readonly index = new Map<string, number>();

  constructor(texts: readonly ReasonText[] = []) {
    this.texts = [...texts];
    this.texts.forEach((text, at) => this.index.set(keyOf(text), at));
  }

  indexOf(text: ReasonText): number {
    const key = keyOf(text);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.texts.push({ ruleId: text.ruleId, label: text.label }) - 1;
      this.index.set(key, at);
    }
    return at;
  }
}

const keyOf = (text: ReasonText) => `${text.ruleId}\u0000${text.label.en}\u0000${text.label.zh_CN}`;

export function packScore(table: ReasonTable, score: LeadScore, derivedFromUpdatedAt: number): PackedScore {
  const reasons: number[] = [];
  for (const reason of score.reasons) reasons.push(table.indexOf(reason), reason.points);
  return { score: score.score, grade: score.grade, scoredAt: score.scoredAt, ruleSetVersion: score.ruleSetVersion, derivedFromUpdatedAt, reasons };
}

/** The score back in full; `undefined` when the packed form is damaged (a reason points nowhere). */
export function unpackScore(texts: readonly ReasonText[], packed: PackedScore): LeadScore | undefined {
  if (!Array.isArray(packed.reasons) || packed.reasons.length % 2 !== 0) return undefined;
  const reasons: LeadScore['reasons'] = [];
  for (let at = 0; at < packed.reasons.length; at += 2) {
    const text = texts[packed.reasons[at]!];
    if (!text) return undefined;
    reasons.push({ ruleId: text.ruleId, label: text.label, points: packed.reasons[at + 1]! });
  }
  return { score: packed.score, grade: packed.grade, reasons, scoredAt: packed.scoredAt, ruleSetVersion: packed.ruleSetVersion };
}

/**
 * Same grade, score and reasons (rule, words and points) as stored, packed against the same table:
 * nothing to write. The rule-set version and the time of scoring alone are not a change.
 */
export function samePackedScore(stored: PackedScore, next: PackedScore): boolean {
  if (stored.grade !== next.grade || stored.score !== next.score || stored.derivedFromUpdatedAt !== next.derivedFromUpdatedAt) return false;
  const a = stored.reasons;
  const b = next.reasons;
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) return false;
  return true;
}

/** The same scores against a fresh table holding only the texts they use (after a split, or when old rules' words pile up). */
export function repack(texts: readonly ReasonText[], scores: ReadonlyMap<string, PackedScore>): { texts: ReasonText[]; scores: Map<string, PackedScore> } {
  const table = new ReasonTable();
  const repacked = new Map<string, PackedScore>();
  for (const [id, packed] of scores) {
    const reasons: number[] = [];
    for (let at = 0; at + 1 < packed.reasons.length; at += 2) {
      const text = texts[packed.reasons[at]!];
      if (text) reasons.push(table.indexOf(text), packed.reasons[at + 1]!);
    }
    repacked.set(id, { ...packed, reasons });
  }
  return { texts: table.texts, scores: repacked };
}
