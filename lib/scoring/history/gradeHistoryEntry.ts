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

/** One change as records stored it before v7 (an object per change); upgrade 007 reads these. */
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
 * not one each), in columns as score pages are (v7: a thousand change objects cost Chromium
 * ~2.5 ms to clone). An account's score lists the records holding its moves. Ids start with the
 * zero-padded time, so records sort in time order by key.
 */
export interface GradeChangeRecord {
  readonly id: string;
  readonly at: number;
  readonly texts: readonly ReasonText[];
  /** The account of each change. */
  readonly accountIds: readonly string[];
  /** Index into GRADES; NO_GRADE for a first grade. */
  readonly from: Uint8Array;
  readonly to: Uint8Array;
  readonly score: Float64Array;
  readonly scoreDelta: Float64Array;
  readonly ruleSetVersion: Float64Array;
  /** Two per change: where its added reasons end in `reasons`, then where its removed ones end. */
  readonly reasonEnds: Uint32Array;
  /** `[textIndex, points, …]` into `texts`. */
  readonly reasons: Float64Array;
}

export function gradeChangeRecordId(at: number, unique: string): string {
  return `${String(Math.max(0, Math.floor(at))).padStart(15, '0')}-${unique}`;
}

declare module '../../db/schema' {
  interface LeadKitDB {
    /** When and why grades changed, a re-scoring batch to a record (v5; found through the score pages since v7): local, never synced. */
    gradeChanges: { key: string; value: GradeChangeRecord };
  }
}
