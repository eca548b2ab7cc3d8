import type { Grade, ScoreReason } from '../../model/grade';

/**
 * When and why an account's grade changed (issue #4): written by re-scoring when the grade moves
 * (or is first given). Reasons keep both locales, so the history reads right after a language
 * switch and still says what the rule said at the time. Local analytics: not synced.
 */
export interface GradeHistoryEntry {
  readonly id: string;
  readonly accountId: string;
  /** Epoch ms. */
  readonly at: number;
  /** Absent for the first grade the account got. */
  readonly from?: Grade;
  readonly to: Grade;
  readonly scoreDelta: number;
  readonly score: number;
  readonly added: readonly ScoreReason[];
  readonly removed: readonly ScoreReason[];
  readonly ruleSetVersion: number;
}
