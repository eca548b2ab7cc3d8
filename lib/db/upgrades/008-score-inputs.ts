import type { IDBPDatabase } from 'idb';

/**
 * v8: the scoring inputs (issue #4: a full re-score read 200k records, ~2.4 s of its ~3 s in Chromium).
 * - `scoreInputPages`: what the rules read of each account, in pages of account ids, in columns
 *   (lib/scoring/inputs/inputPageCodec.ts).
 * - `scoreInputsDirty`: account ids whose inputs must be rebuilt, marked by every write to accounts,
 *   contacts, activities or visits in the same transaction (lib/db/dirtyAccounts.ts).
 * Nothing to backfill: with no inputs built yet (no `scoring.inputs` in meta), the next full
 * re-score reads the records as before and builds them.
 */
export function upgradeTo8(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('scoreInputPages', { keyPath: 'lo' });
  db.createObjectStore('scoreInputsDirty');
}
