import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { GradeHistoryEntry } from '../../scoring/history/gradeHistoryEntry';
import { packGradeChanges } from '../../scoring/history/packedHistory';
import { LeadScore } from '../../model/grade';
import { packScore, ReasonTable, repack, type PackedScore } from '../../scoring/store/packedScore';
import { FIRST_PAGE, splitPage } from '../../scoring/store/scorePageLayout';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * v5: scores leave the account records (issue #4: re-writing 100k accounts to store their scores
 * took 30–50 s in Chromium, since IndexedDB pays per record).
 * - `scorePages`: scores, a page of contiguous account ids to a record (scorePageLayout.ts).
 * - `gradeChanges`: grade history, a batch of changes to a record, by account through a
 *   multi-entry index; replaces `gradeHistory` (one record per change).
 * Existing scores and history move across; accounts are re-written once without their score.
 */
export async function upgradeTo5(db: IDBPDatabase<unknown>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('scorePages', { keyPath: 'lo' });
  db.createObjectStore('gradeChanges', { keyPath: 'id' }).createIndex('byAccount', 'accountIds', { multiEntry: true });
  await moveScores(tx);
  await moveHistory(tx);
  db.deleteObjectStore('gradeHistory');
}

async function moveScores(tx: UpgradeTx): Promise<void> {
  const table = new ReasonTable();
  const scores = new Map<string, PackedScore>();
  let cursor = await tx.objectStore('accounts').openCursor();
  while (cursor) {
    const { score, ...account } = cursor.value as { id: unknown; score?: unknown; updatedAt?: unknown };
    if (score !== undefined) {
      // A damaged score is dropped: the next re-score gives the account a fresh one.
      const parsed = LeadScore.safeParse(score);
      if (parsed.success && typeof account.id === 'string') scores.set(account.id, packScore(table, parsed.data, typeof account.updatedAt === 'number' ? account.updatedAt : 0));
      await cursor.update(account);
    }
    cursor = await cursor.continue();
  }
  for (const page of splitPage(FIRST_PAGE, scores)) await tx.objectStore('scorePages').put({ lo: page.lo, ...repack(table.texts, page.scores) });
}

async function moveHistory(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('gradeHistory').openCursor();
  while (cursor) {
    const entry = cursor.value as GradeHistoryEntry;
    const change = { changed: true, from: entry.from, to: entry.to, scoreDelta: entry.scoreDelta, added: entry.added ?? [], removed: entry.removed ?? [], adjusted: [] };
    await tx.objectStore('gradeChanges').put(packGradeChanges([{ accountId: entry.accountId, score: entry.score, ruleSetVersion: entry.ruleSetVersion, change }], entry.at, entry.id));
    cursor = await cursor.continue();
  }
}
