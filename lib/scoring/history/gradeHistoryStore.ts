import type { LeadKitDatabase } from '../../db';
import { readPagesOf } from '../store/scorePages';
import type { GradeHistoryEntry } from './gradeHistoryEntry';
import { unpackGradeChanges } from './packedHistory';

/**
 * One account's grade history, newest first. Written by `storeScores`, in the same transaction as
 * the scores, so a change is recorded exactly when a stored grade moves (two contexts scoring one
 * fresh capture at once record its first grade once: the second finds it already stored). The
 * account's score refers to the records holding its moves (v7): a full re-score writes a record
 * for a thousand accounts, and an index entry per account cost more than the record itself.
 */
export async function listGradeHistory(db: LeadKitDatabase, accountId: string, limit = 50): Promise<GradeHistoryEntry[]> {
  const tx = db.transaction(['scorePages', 'gradeChanges']);
  const { pages, pageOf } = await readPagesOf(tx.objectStore('scorePages'), [accountId]);
  const refs = pages.get(pageOf(accountId))?.scores.get(accountId)?.history ?? [];
  // Record ids begin with their time: newest first by id, as the records' keys order them.
  const newestFirst = [...refs].sort().reverse().slice(0, limit);
  const records = await Promise.all(newestFirst.map((id) => tx.objectStore('gradeChanges').get(id)));
  const entries: GradeHistoryEntry[] = [];
  for (const record of records) entries.push(...unpackGradeChanges(record, accountId).reverse());
  return entries.slice(0, limit);
}
