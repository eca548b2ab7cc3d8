import type { IDBPDatabase } from 'idb';

/**
 * v6: the dashboard's digest (issue #8: opening the dashboard read 550k records, ~3 s in Chromium).
 * - `digestPages`: a compact row per account id, in pages (lib/dashboard/digest/digestPage.ts).
 * - `digestDirty`: account ids whose rows must be rebuilt, marked by every write to accounts,
 *   activities or tasks in the same transaction (lib/db/dirtyAccounts.ts).
 * Nothing to backfill: with no digest built yet (no `dashboard.digest` in meta), the dashboard's
 * next open builds it from the records once.
 */
export function upgradeTo6(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('digestPages', { keyPath: 'page' });
  db.createObjectStore('digestDirty');
}
