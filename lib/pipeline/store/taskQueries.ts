import type { LeadKitDatabase } from '../../db';
import { wholeStoreWins, type WholeStoreThreshold } from '../../db/wholeStore';
import { Account, type Activity, type Task } from '../../model';
import { withScores } from '../../scoring/store/scorePages';

/** Every activity of one account, oldest first (the playbook reads the whole history). */
export async function listAccountActivities(db: LeadKitDatabase, accountId: string): Promise<Activity[]> {
  const range = IDBKeyRange.bound([accountId, 0], [accountId, Number.MAX_SAFE_INTEGER]);
  return db.getAllFromIndex('activities', 'byAccountAt', range);
}

/** Every task of one account, whatever its status, by due time. */
export async function listAccountTasks(db: LeadKitDatabase, accountId: string): Promise<Task[]> {
  const tasks = await db.getAllFromIndex('tasks', 'byAccount', accountId);
  return tasks.sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
}

/** Open and snoozed tasks of every account, by due time: what reminders and the queue read. */
export async function listActiveTasks(db: LeadKitDatabase): Promise<Task[]> {
  const byStatus = (status: Task['status']) =>
    db.getAllFromIndex('tasks', 'byStatusDueAt', IDBKeyRange.bound([status, 0], [status, Number.MAX_SAFE_INTEGER]));
  const [open, snoozed] = await Promise.all([byStatus('open'), byStatus('snoozed')]);
  return [...open, ...snoozed].sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
}

/** From 1,000 ids on (fewer: the playbook's chunks, a page's few), a quarter of the store is read whole. */
const READ_WHOLE_STORE: WholeStoreThreshold = { min: 1_000, share: 1 / 4 };

/**
 * The accounts with these ids; unreadable records are skipped, as lib/db/accounts.ts does. One
 * transaction (the queue asks for the account of every open task: tens of thousands, and one
 * transaction each kept IndexedDB busy for seconds); past a quarter of the store, one read of it
 * all beats a lookup per id.
 */
export async function accountsById(db: LeadKitDatabase, ids: Iterable<string>): Promise<Map<string, Account>> {
  const unique = [...new Set(ids)];
  const tx = db.transaction('accounts');
  const values =
    (await wholeStoreWins(unique.length, READ_WHOLE_STORE, () => tx.store.count()))
      ? await tx.store.getAll().then((all) => {
          const wanted = new Set(unique);
          return all.filter((account) => wanted.has(account.id));
        })
      : await Promise.all(unique.map((id) => tx.store.get(id)));
  await tx.done;
  const parsed = values.flatMap((value) => {
    const result = Account.safeParse(value);
    return result.success ? [result.data] : [];
  });
  return new Map((await withScores(db, parsed)).map((account) => [account.id, account]));
}

/** Ids of accounts written at or after `since` (the background's playbook sweep). */
export async function accountIdsUpdatedSince(db: LeadKitDatabase, since: number): Promise<string[]> {
  return db.getAllKeysFromIndex('accounts', 'byUpdatedAt', IDBKeyRange.lowerBound(since));
}
