import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * v2: the rep's work (activities, next actions, scripts). Accounts captured under v1 get a
 * capture activity so their timeline does not start empty.
 */
export function upgradeTo2(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const activities = db.createObjectStore('activities', { keyPath: 'id' });
  activities.createIndex('byAccountAt', ['accountId', 'at']);

  const tasks = db.createObjectStore('tasks', { keyPath: 'id' });
  tasks.createIndex('byDueAt', 'dueAt');
  tasks.createIndex('byAccount', 'accountId');
  tasks.createIndex('byStatusDueAt', ['status', 'dueAt']);

  const scripts = db.createObjectStore('scripts', { keyPath: 'id' });
  scripts.createIndex('byKind', 'kind');

  return backfillCaptureActivities(tx);
}

async function backfillCaptureActivities(tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const accounts = tx.objectStore('accounts');
  const activities = tx.objectStore('activities');
  let cursor = await accounts.openCursor();
  while (cursor) {
    const account = cursor.value as { id: string; capturedAt?: number; createdAt?: number; capturedFrom?: string };
    const at = account.capturedAt ?? account.createdAt ?? 0;
    await activities.put({
      id: `capture-${account.id}`,
      accountId: account.id,
      kind: 'capture',
      at,
      content: account.capturedFrom ?? '',
      createdAt: at,
      updatedAt: at,
      version: 0,
    });
    cursor = await cursor.continue();
  }
}
