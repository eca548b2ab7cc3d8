/**
 * Where a re-scoring run spends its time, in ms summed over its batches: the benchmark prints it
 * (issue #4's budget) so a slow run says which part grew. Filled only when a caller passes one.
 * A batch is stored while the next is read and scored, so the parts add up to more than the run.
 */
export interface RescoreTimings {
  /** Reading the stored scoring inputs and rebuilding the marked rows (lib/scoring/inputs). */
  inputs: number;
  /** After a run that read the records: storing every account's inputs, once its scores are all stored. */
  storeInputs: number;
  /** Waiting for a batch's accounts, contacts, activities and visits (read while the previous batch is stored). */
  read: number;
  /** Signals and scores. */
  score: number;
  /** Reading the batch's score pages inside the write transaction. */
  readPages: number;
  /** Packing, comparing with the stored scores, explaining grade changes. */
  compare: number;
  /** Page and history writes, until the transaction commits. */
  write: number;
}

export const emptyTimings = (): RescoreTimings => ({ inputs: 0, storeInputs: 0, read: 0, score: 0, readPages: 0, compare: 0, write: 0 });

/** Adds the time since `since` to `timings[part]`; returns now, the start of the next part. */
export function lap(timings: RescoreTimings | undefined, part: keyof RescoreTimings, since: number): number {
  const now = performance.now();
  if (timings) timings[part] += now - since;
  return now;
}
