import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * v11: activities by kind and time (issue #24 item 3). Surveys and complaints are a handful among
 * hundreds of thousands of activities; the satisfaction figures read them through this index
 * instead of scanning the store. An index, not a store of their own, because IndexedDB keeps it
 * in step with every write (side panel, import, sync) with no code of ours to forget. The index is
 * built once here over the existing activities.
 */
export function upgradeTo11(_db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  tx.objectStore('activities').createIndex('byKindAt', ['kind', 'at']);
}
