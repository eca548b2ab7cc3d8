import type { LeadKitDatabase } from '../../db/open';
import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { Task } from '../../model/task';
import { readInRanges } from '../worker/readDashboardData';
import { DIGEST_VERSION, groupByPage, packPage, pageOf, unpackPage } from './digestPage';
import { digestRow, type DigestRow } from './digestRow';

/** In `meta`: the version of the digest stored, written with its pages. None: never built. */
export const DIGEST_META_KEY = 'dashboard.digest';

const byTimeThenId = (a: Activity, b: Activity) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface RefreshResult {
  /** Every row of the digest, up to date. */
  rows: DigestRow[];
  /** Account ids rebuilt from their records. */
  rebuilt: number;
  /** Pages written back (only the ones whose rows changed). */
  pagesWritten: number;
}

/**
 * Brings the stored digest up to date and reads it, in one transaction (no write can slip in
 * between the rebuild and the read): the dirty accounts' rows are rebuilt from their records,
 * their pages written back where they changed, the marks cleared. Null when no digest of the
 * current version is stored (see buildDigest).
 */
export async function refreshDigest(db: LeadKitDatabase): Promise<RefreshResult | null> {
  const tx = db.transaction(['accounts', 'activities', 'tasks', 'digestPages', 'digestDirty', 'meta'], 'readwrite');
  const [meta, dirty, stored] = await Promise.all([tx.objectStore('meta').get(DIGEST_META_KEY), tx.objectStore('digestDirty').getAllKeys(), tx.objectStore('digestPages').getAll()]);
  if ((meta as { version?: unknown } | undefined)?.version !== DIGEST_VERSION) {
    await tx.done;
    return null;
  }
  const pages = new Map(stored.map((page) => [page.page, page]));
  const rowsOf = new Map<number, DigestRow[]>();
  for (const page of stored) rowsOf.set(page.page, unpackPage(page));
  if (dirty.length > 0) {
    const rebuilt = await Promise.all(
      dirty.map(async (id) => {
        const [account, activities, tasks] = await Promise.all([
          tx.objectStore('accounts').get(id),
          tx.objectStore('activities').index('byAccountAt').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
          tx.objectStore('tasks').index('byAccount').getAll(id),
        ]);
        return { id, row: digestRow(id, account, activities, tasks) };
      }),
    );
    const changedPages = new Set<number>();
    for (const { id, row } of rebuilt) {
      const page = pageOf(id);
      const rows = (rowsOf.get(page) ?? []).filter((existing) => existing.id !== id);
      if (row) rows.push(row);
      rowsOf.set(page, rows);
      changedPages.add(page);
    }
    const writes: Array<Promise<unknown>> = [];
    let pagesWritten = 0;
    for (const page of changedPages) {
      const rows = rowsOf.get(page)!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const packed = packPage(page, rows);
      if (packed.rows === pages.get(page)?.rows) continue;
      pagesWritten += 1;
      writes.push(rows.length > 0 ? tx.objectStore('digestPages').put(packed) : tx.objectStore('digestPages').delete(page));
    }
    for (const id of dirty) writes.push(tx.objectStore('digestDirty').delete(id));
    await Promise.all([...writes, tx.done]);
    return { rows: [...rowsOf.values()].flat(), rebuilt: dirty.length, pagesWritten };
  }
  await tx.done;
  return { rows: [...rowsOf.values()].flat(), rebuilt: 0, pagesWritten: 0 };
}

/** Every row from the records themselves (pure: the full build, and the tests' reference). */
export function digestRowsFrom(accounts: readonly Account[], activities: readonly Activity[], tasks: readonly Task[]): DigestRow[] {
  const activitiesOf = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = activitiesOf.get(activity.accountId);
    if (list) list.push(activity);
    else activitiesOf.set(activity.accountId, [activity]);
  }
  const tasksOf = new Map<string, Task[]>();
  for (const task of tasks) {
    const list = tasksOf.get(task.accountId);
    if (list) list.push(task);
    else tasksOf.set(task.accountId, [task]);
  }
  const accountOf = new Map(accounts.map((account) => [account.id, account]));
  const rows: DigestRow[] = [];
  for (const id of new Set([...accountOf.keys(), ...activitiesOf.keys(), ...tasksOf.keys()])) {
    const row = digestRow(id, accountOf.get(id), (activitiesOf.get(id) ?? []).sort(byTimeThenId), tasksOf.get(id) ?? []);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * Builds the whole digest from the records (the first open after the upgrade, or after the
 * digest's version changed): one snapshot read, then every page written with the version.
 * Marks are left alone: a write after the snapshot marked its accounts, and the refresh that
 * follows rebuilds them (a mark from before it only costs a rebuild).
 */
export async function buildDigest(db: LeadKitDatabase, onProgress?: (read: number) => void): Promise<number> {
  const accounts: Account[][] = [];
  const activities: Activity[][] = [];
  const tasks: Task[][] = [];
  let read = 0;
  await readInRanges(db, ['accounts', 'tasks', 'activities'] as const, (store, records) => {
    (store === 'accounts' ? accounts : store === 'tasks' ? tasks : activities).push(records as never);
    read += records.length;
    onProgress?.(read);
  });
  const rows = digestRowsFrom(accounts.flat(), activities.flat(), tasks.flat());
  const tx = db.transaction(['digestPages', 'meta'], 'readwrite');
  const pages = tx.objectStore('digestPages');
  const writes: Array<Promise<unknown>> = [pages.clear()];
  for (const [page, pageRows] of groupByPage(rows)) writes.push(pages.put(packPage(page, pageRows)));
  writes.push(tx.objectStore('meta').put({ version: DIGEST_VERSION }, DIGEST_META_KEY));
  await Promise.all([...writes, tx.done]);
  return rows.length;
}
