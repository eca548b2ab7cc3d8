import type { IDBPDatabase } from 'idb';

/**
 * v10: the team's settings as synced records (issue #24 item 5), so a rep's install applies the
 * manager's assignment rules. A manager's rules kept before this version are moved in on first use
 * (lib/assignment/assignmentStore.ts), not here: they live in another store's private item.
 */
export function upgradeTo10(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('teamSettings', { keyPath: 'id' });
}
