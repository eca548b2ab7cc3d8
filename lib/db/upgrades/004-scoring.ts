import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * v4: what scoring needs (issue #4).
 * - `visits`: the rep's stays on known accounts' sites, by [accountId, startedAt] (behaviour signals).
 * - `gradeHistory`: when and why a grade changed, by [accountId, at].
 * - `contacts.byUpdatedAt`, `activities.byUpdatedAt`: re-scoring finds the accounts whose contacts
 *   or activities changed without scanning those stores.
 * Both new stores are local analytics (no outbox). Nothing to backfill: accounts without a score
 * are scored by the background when it next starts.
 */
export function upgradeTo4(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  const visits = db.createObjectStore('visits', { keyPath: 'id' });
  visits.createIndex('byAccountStartedAt', ['accountId', 'startedAt']);

  const history = db.createObjectStore('gradeHistory', { keyPath: 'id' });
  history.createIndex('byAccountAt', ['accountId', 'at']);

  tx.objectStore('contacts').createIndex('byUpdatedAt', 'updatedAt');
  tx.objectStore('activities').createIndex('byUpdatedAt', 'updatedAt');
}
