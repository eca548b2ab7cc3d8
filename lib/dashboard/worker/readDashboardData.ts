import type { StoreValue } from 'idb';
import type { LeadKitDatabase } from '../../db/open';
import type { LeadKitDB } from '../../db/schema';
import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { Task } from '../../model/task';
import type { DashboardData } from '../metrics/computeDashboard';
import { attachScores, readAllScores } from '../../scoring/store/scorePages';
import { rangesBetween, splitKeys } from './keyRanges';

/**
 * Key ranges per store. Chromium's IndexedDB serves a transaction's requests one at a time, at
 * 4–6 µs a record on the 2-core bench machine (tests/bench/dashboardRender.ts: 500k activities take
 * ~3 s in one getAll, ~2 s in eight on an idle machine); asking for all ranges at once lets it
 * produce the next range while this thread decodes and indexes the last one.
 */
const RANGES_PER_STORE = 8;

type Store = 'accounts' | 'activities' | 'tasks' | 'contacts' | 'deals';
type Records<S extends Store> = Array<StoreValue<LeadKitDB, S>>;

/**
 * Reads every record of `stores` in one read-only transaction (one consistent snapshot, even while
 * another context writes), each store cut into key ranges that are all requested at once.
 * `onRange` gets the ranges as they arrive: stores in the order given, each in key order.
 */
export async function readInRanges<S extends Store>(db: LeadKitDatabase, stores: readonly S[], onRange: (store: S, records: Records<S>) => void, onPlan?: (ranges: number) => void): Promise<void> {
  const tx = db.transaction([...stores], 'readonly');
  const ends = await Promise.all(
    stores.map(async (store) => {
      const objectStore = tx.objectStore(store);
      const [first, last] = await Promise.all([objectStore.getAllKeys(null, 1), objectStore.openKeyCursor(null, 'prev')]);
      return { first: first[0] as unknown, last: last?.key as unknown };
    }),
  );
  const reads = stores.flatMap((store, index) => {
    const { first, last } = ends[index]!;
    if (first === undefined) return [];
    const ranges = typeof first === 'string' && typeof last === 'string' ? rangesBetween(splitKeys(first, last, RANGES_PER_STORE)) : [null];
    return ranges.map((range) => tx.objectStore(store).getAll(range).then((records) => onRange(store, records as Records<S>)));
  });
  onPlan?.(reads.length);
  await Promise.all([...reads, tx.done]);
}

/** Every record of a store, in key order. */
export async function readAllRecords<S extends Store>(db: LeadKitDatabase, store: S, onChunk?: (read: number) => void): Promise<Records<S>> {
  const chunks: Array<Records<S>> = [];
  let read = 0;
  await readInRanges(db, [store], (_store, records) => {
    chunks.push(records);
    read += records.length;
    onChunk?.(read);
  });
  return chunks.length === 1 ? chunks[0]! : chunks.flat();
}

export interface DashboardReadHooks {
  /** Records read so far, all stores together. */
  onProgress?(read: number): void;
  /** Every account, as the dashboard computes from them, once, before any activity. */
  onAccounts?(accounts: readonly Account[]): void;
  /** Activities, range by range as they arrive. */
  onActivities?(activities: readonly Activity[]): void;
}

/**
 * What the dashboard computes from: accounts, activities and tasks, as stored, read together in one
 * snapshot. Accounts arrive first (ranges come in request order), so `hooks` can index activities
 * while the next range is read.
 */
export async function readDashboardData(db: LeadKitDatabase, hooks: DashboardReadHooks = {}): Promise<DashboardData> {
  // Scores live apart from the accounts (lib/scoring/store): read first (one small read of packed
  // pages), so accounts reach `onAccounts` already graded.
  const scores = await readAllScores(db);
  const stored: Account[][] = [];
  const tasks: Task[][] = [];
  const activities: Activity[][] = [];
  let accounts: readonly Account[] | undefined;
  const accountsDone = () => {
    if (accounts) return accounts;
    accounts = attachScores(stored.flat(), scores);
    hooks.onAccounts?.(accounts);
    return accounts;
  };
  let read = 0;
  await readInRanges(db, ['accounts', 'tasks', 'activities'] as const, (store, records) => {
    if (store === 'accounts') stored.push(records as Account[]);
    else {
      accountsDone();
      if (store === 'tasks') tasks.push(records as Task[]);
      else {
        activities.push(records as Activity[]);
        hooks.onActivities?.(records as Activity[]);
      }
    }
    read += records.length;
    hooks.onProgress?.(read);
  });
  return { accounts: accountsDone(), activities: activities.flat(), tasks: tasks.flat() };
}
