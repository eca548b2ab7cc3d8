/**
 * How the background re-scores the accounts changed since its last sweep (issue #4). Per id, each
 * account's records are looked up one by one: ~1 ms an account in Chromium (measured: 69,686
 * changed accounts after a bulk load took 70 s, and kept IndexedDB so busy meanwhile that one
 * account read from the side panel or the dashboard waited ~1 s). A full re-score reads every
 * account in id ranges: ~0.03 ms an account (100k in ~2.8 s, tests/bench/rescore.ts). So past
 * about one changed account in thirty, the full run is the faster way to the same scores; below
 * MIN_CHANGED_FOR_FULL the sweep takes under ~0.5 s either way.
 */
const FULL_RUN_COST_PER_ACCOUNT = 1 / 30;
const MIN_CHANGED_FOR_FULL = 500;

/** True when re-scoring `changed` of `stored` accounts is faster as a full re-score. */
export function sweepAsFullRescore(changed: number, stored: number): boolean {
  return bulkSized(changed) && changed >= stored * FULL_RUN_COST_PER_ACCOUNT;
}

/** Whether `changed` could be a bulk change at all: the sweep counts the stored accounts only then (a count walks every key). */
export const bulkSized = (changed: number): boolean => changed >= MIN_CHANGED_FOR_FULL;
