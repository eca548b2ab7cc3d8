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
  /**
   * The gradeChanges records holding this account's grade moves, oldest first, at most
   * MAX_HISTORY_REFS: how its grade history is found (v7; no index over every account id).
   */
  readonly history?: readonly string[];
}

/** Grade moves an account's history keeps (the side panel shows up to this many). */
export const MAX_HISTORY_REFS = 50;

/** `history` with `recordId` added last, the oldest dropped past MAX_HISTORY_REFS. */
export function withHistoryRef(history: readonly string[] | undefined, recordId: string): string[] {
  const refs = history ? history.filter((ref) => ref !== recordId) : [];
  refs.push(recordId);
  return refs.length > MAX_HISTORY_REFS ? refs.slice(refs.length - MAX_HISTORY_REFS) : refs;
}

/** A page's reason texts with a lookup, to pack scores into it. */
export class ReasonTable {
  readonly texts: ReasonText[];
  /**
   * Rule id → where its wordings are. A rule has one wording or a few (one per rule-set edit), so
   * comparing words beats building a string key per reason: a full re-score looks up ~500k reasons.
   */
  private readonly byRule = new Map<string, number[]>();

  constructor(texts: readonly ReasonText[] = []) {
    this.texts = [...texts];
    // A damaged text keeps its place (stored scores point at it) but is never matched.
    this.texts.forEach((text, at) => {
      if (isReasonText(text)) this.remember(text.ruleId, at);
    });
  }

  /** Where `text` is in the table, or -1. */
  find(text: ReasonText): number {
    const candidates = this.byRule.get(text.ruleId);
    if (candidates === undefined) return -1;
    for (const at of candidates) {
      const label = this.texts[at]!.label;
      if (label === text.label || (label.en === text.label.en && label.zh_CN === text.label.zh_CN)) return at;
    }
    return -1;
  }

  indexOf(text: ReasonText): number {
    let at = this.find(text);
    if (at < 0) {
      at = this.texts.push({ ruleId: text.ruleId, label: text.label }) - 1;
      this.remember(text.ruleId, at);
    }
    return at;
  }

  private remember(ruleId: string, at: number): void {
    const candidates = this.byRule.get(ruleId);
    if (candidates) candidates.push(at);
    else this.byRule.set(ruleId, [at]);
  }
}

function isReasonText(text: unknown): text is ReasonText {
  if (typeof text !== 'object' || text === null) return false;
  const { ruleId, label } = text as Partial<ReasonText>;
  return typeof ruleId === 'string' && typeof label === 'object' && label !== null && typeof label.en === 'string' && typeof label.zh_CN === 'string';
}

export function packScore(table: ReasonTable, score: LeadScore, derivedFromUpdatedAt: number, history?: readonly string[]): PackedScore {
  const reasons: number[] = [];
  for (const reason of score.reasons) reasons.push(table.indexOf(reason), reason.points);
  const packed = { score: score.score, grade: score.grade, scoredAt: score.scoredAt, ruleSetVersion: score.ruleSetVersion, derivedFromUpdatedAt, reasons };
  return history && history.length > 0 ? { ...packed, history } : packed;
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
 * Same grade, score and reasons (rule, words and points) as stored in a page with this table:
 * nothing to write. The rule-set version and the time of scoring alone are not a change. Compares
 * without packing: a routine re-score compares 100k scores and changes few.
 */
export function isStoredScore(stored: PackedScore, table: ReasonTable, score: LeadScore, derivedFromUpdatedAt: number): boolean {
  if (stored.grade !== score.grade || stored.score !== score.score || stored.derivedFromUpdatedAt !== derivedFromUpdatedAt) return false;
  const packed = stored.reasons;
  const { reasons } = score;
  if (packed.length !== reasons.length * 2) return false;
  for (let at = 0; at < reasons.length; at++) {
    const reason = reasons[at]!;
    if (packed[2 * at + 1] !== reason.points || packed[2 * at] !== table.find(reason)) return false;
  }
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
