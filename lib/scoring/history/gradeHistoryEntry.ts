import type { Grade, ScoreReason } from '../../model/grade';
import type { ReasonText } from '../store/packedScore';

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

/** One change as a record stores it: reasons as `[textIndex, points, …]` into the record's texts. */
export interface PackedGradeChange {
  readonly accountId: string;
  readonly from?: Grade;
  readonly to: Grade;
  readonly score: number;
  readonly scoreDelta: number;
  readonly ruleSetVersion: number;
  readonly added: readonly number[];
  readonly removed: readonly number[];
}

/**
 * Grade changes are stored a batch to a record (one IndexedDB write for up to a thousand changes,
 * not one each), found per account through a multi-entry index on `accountIds`. Ids start with
 * the zero-padded time, so an account's records come back in time order by key.
 */
export interface GradeChangeRecord {
  readonly id: string;
  readonly at: number;
  readonly accountIds: readonly string[];
  readonly texts: readonly ReasonText[];
  readonly changes: readonly PackedGradeChange[];
}

export function gradeChangeRecordId(at: number, unique: string): string {
  return `${String(Math.max(0, Math.floor(at))).padStart(15, '0')}-${unique}`;
}
