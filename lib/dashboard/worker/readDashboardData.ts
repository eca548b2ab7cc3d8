import type { StoreValue } from 'idb';
import type { LeadKitDatabase } from '../../db/open';
import type { LeadKitDB } from '../../db/schema';
import type { DashboardData } from '../metrics/computeDashboard';

/** Records per read: large enough to be fast, small enough to report progress and not hold one huge clone. */
const CHUNK = 20_000;

type Store = 'accounts' | 'activities' | 'tasks' | 'contacts';

/** Every record of a store, read in key order chunk by chunk (one short transaction each). */
export async function readAllRecords<S extends Store>(
  db: LeadKitDatabase,
  store: S,
  onChunk?: (read: number) => void,
): Promise<Array<StoreValue<LeadKitDB, S>>> {
  const records: Array<StoreValue<LeadKitDB, S>> = [];
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const chunk = await db.getAll(store, range, CHUNK);
    for (const record of chunk) records.push(record);
    onChunk?.(records.length);
    if (chunk.length < CHUNK) return records;
    after = (chunk[chunk.length - 1] as { id: string }).id;
  }
}

/** What the dashboard computes from: accounts, activities and tasks, as stored. */
export async function readDashboardData(db: LeadKitDatabase, onProgress?: (read: number) => void): Promise<DashboardData> {
  let done = 0;
  const progress = (read: number) => onProgress?.(done + read);
  const accounts = await readAllRecords(db, 'accounts', progress);
  done += accounts.length;
  const tasks = await readAllRecords(db, 'tasks', progress);
  done += tasks.length;
  const activities = await readAllRecords(db, 'activities', progress);
  return { accounts, activities, tasks };
}
