import type { WholeStoreThreshold } from '../../db/wholeStore';

/**
 * How the background re-scores the accounts changed since its last sweep (issue #4). Per id, each
 * account's records are looked up one by one: ~1 ms an account in Chromium (measured: 69,686
 * changed accounts after a bulk load took 70 s, and kept IndexedDB so busy meanwhile that one
 * account read from the side panel or the dashboard waited ~1 s). A full re-score after such a
 * change reads every account in id ranges (that many marks make it rebuild the stored scoring
 * inputs: lib/scoring/inputs/inputStore.ts): ~0.03 ms an account (100k in ~2.6 s,
 * tests/bench/rescore.ts). So past
 * about one changed account in thirty, the full run is the faster way to the same scores; below
 * 500 changed accounts the sweep takes under ~0.5 s either way.
 */
export const SWEEP_AS_FULL_RESCORE: WholeStoreThreshold = { min: 500, share: 1 / 30 };
