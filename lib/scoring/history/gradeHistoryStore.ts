import type { LeadKitDatabase } from '../../db';
import type { GradeHistoryEntry } from './gradeHistoryEntry';
import { unpackGradeChanges } from './packedHistory';

/**
 * One account's grade history, newest first. Written by `storeScores`, in the same transaction as
 * the scores, so a change is recorded exactly when a stored grade moves (two contexts scoring one
 * fresh capture at once record its first grade once: the second finds it already stored).
 */
export async function listGradeHistory(db: LeadKitDatabase, accountId: string, limit = 50): Promise<GradeHistoryEntry[]> {
  const entries: GradeHistoryEntry[] = [];
  let cursor = await db.transaction('gradeChanges').store.index('byAccount').openCursor(accountId, 'prev');
  while (cursor && entries.length < limit) {
    entries.push(...unpackGradeChanges(cursor.value, accountId).reverse());
    cursor = await cursor.continue();
  }
  return entries.slice(0, limit);
}
