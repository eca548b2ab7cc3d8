import type { LeadKitDatabase } from '../../db';
import type { GradeHistoryEntry } from './gradeHistoryEntry';

/** Two contexts scoring the same fresh capture at once would write the same entry twice. */
const SAME_CHANGE_WINDOW_MS = 60_000;

/**
 * Appends grade changes in their own transaction: local analytics, not synced, so not
 * `commitChanges`. An entry equal to the account's latest one (same from, to and rule-set
 * version, within a minute) is the same change seen twice and is skipped.
 */
export async function appendGradeHistory(db: LeadKitDatabase, entries: readonly GradeHistoryEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const tx = db.transaction('gradeHistory', 'readwrite');
  const index = tx.store.index('byAccountAt');
  // Only a first grade can be seen twice (the panel and the worker both scoring a fresh capture);
  // later changes come from one writer that re-read the account first. Reads go out together.
  const latest = await Promise.all(
    entries.map(async (entry) => {
      if (entry.from !== undefined) return undefined;
      const cursor = await index.openCursor(IDBKeyRange.bound([entry.accountId, -Infinity], [entry.accountId, Infinity]), 'prev');
      return cursor?.value;
    }),
  );
  const fresh = entries.filter((entry, at) => {
    const last = latest[at];
    return !(last && last.to === entry.to && last.from === undefined && last.ruleSetVersion === entry.ruleSetVersion && Math.abs(entry.at - last.at) < SAME_CHANGE_WINDOW_MS);
  });
  // Not awaited one by one: a failed put aborts the transaction, and `done` rejects.
  for (const entry of fresh) tx.store.put(entry).catch(() => {});
  await tx.done;
  return fresh.length;
}

/** One account's grade history, newest first. */
export async function listGradeHistory(db: LeadKitDatabase, accountId: string, limit = 50): Promise<GradeHistoryEntry[]> {
  const range = IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]);
  const entries: GradeHistoryEntry[] = [];
  let cursor = await db.transaction('gradeHistory').store.index('byAccountAt').openCursor(range, 'prev');
  while (cursor && entries.length < limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  return entries;
}
