import type { Activity } from '../model';
import type { LeadKitDatabase } from './open';

/** The account's timeline, newest first. */
export async function listActivities(db: LeadKitDatabase, accountId: string, limit = 100): Promise<Activity[]> {
  const range = IDBKeyRange.bound([accountId, 0], [accountId, Number.MAX_SAFE_INTEGER]);
  const result: Activity[] = [];
  let cursor = await db.transaction('activities').store.index('byAccountAt').openCursor(range, 'prev');
  while (cursor && result.length < limit) {
    result.push(cursor.value);
    cursor = await cursor.continue();
  }
  return result;
}
