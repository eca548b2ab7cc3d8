import type { IDBPDatabase } from 'idb';

/**
 * v9: deals (issue #24 item 1), a synced record like accounts: `byAccount` lists an account's deals
 * in the side panel. Nothing to backfill: no deal existed before.
 */
export function upgradeTo9(db: IDBPDatabase<unknown>): void {
  const deals = db.createObjectStore('deals', { keyPath: 'id' });
  deals.createIndex('byAccount', 'accountId');
}
