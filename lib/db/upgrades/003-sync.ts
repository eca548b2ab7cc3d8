import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * v3: what sync needs beside the outbox (issue #7).
 * - `syncBase`: the server's copy of each record at the version the local copy is based on, so a
 *   conflict can be merged field by field (what changed here, what changed there, since that base).
 * - `syncIssues`: conflicts the rep must decide and mutations the server refused, until handled.
 * - `outbox.byEntity`: a record's pending mutations without scanning the whole outbox.
 * Nothing has synced before v3, so there is nothing to backfill.
 */
export function upgradeTo3(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  db.createObjectStore('syncBase', { keyPath: 'key' });
  db.createObjectStore('syncIssues', { keyPath: 'key' });
  tx.objectStore('outbox').createIndex('byEntity', ['entity', 'entityId']);
}
