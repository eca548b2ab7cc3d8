/**
 * Runs inside an extension page of the built extension (bundled by dashboardRender.ts): fills the
 * real `leadkit` IndexedDB with the synthetic store of dashboardData.ts, in big transactions,
 * straight through the IndexedDB API (no outbox, no change announcement: the bench opens the
 * dashboard afterwards, as a manager would the next morning).
 *
 * Accounts are written without `score`: where lead scores are stored is moving (lib/scoring), and
 * the bench must not depend on it. The grade chart then shows every account as unscored: fine here.
 */
import { DIGEST_META_KEY } from '../../lib/dashboard/digest/digestStore';
import type { Stage } from '../../lib/model/stage';
import { syntheticDashboardData } from './dashboardData';

/** Records per transaction: few commits, each small enough not to hold the whole store in one clone. */
const BATCH = 50_000;

export interface SeededStore {
  accounts: number;
  activities: number;
  tasks: number;
  /** Accounts per current stage: what the funnel table's "now" column must show, whatever the period. */
  stageCounts: Partial<Record<Stage, number>>;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
  });
}

/**
 * Seeds the store for `now`. With `reuse`, a store already seeded for the same `now` (a kept bench
 * profile, DASHBOARD_RENDER_PROFILE) is left as it is: only the expected counts are worked out.
 */
export async function seedDashboardStore(now: number, accountCount = 50_000, activityCount = 500_000, reuse = false): Promise<SeededStore & { reused: boolean }> {
  const data = syntheticDashboardData(accountCount, activityCount, 8, now);
  const accounts = data.accounts.map(({ score: _score, ...account }) => account);
  const stageCounts: Partial<Record<Stage, number>> = {};
  for (const account of accounts) stageCounts[account.stage] = (stageCounts[account.stage] ?? 0) + 1;
  const seeded = { accounts: accounts.length, activities: data.activities.length, tasks: data.tasks.length, stageCounts };
  const db = await openExisting();
  try {
    if (reuse) {
      const first: unknown = await new Promise((resolve, reject) => {
        const request = db.transaction('accounts').objectStore('accounts').get('acc-0');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if ((first as { capturedAt?: number } | undefined)?.capturedAt === accounts[0]?.capturedAt) {
        await forgetDigest(db);
        return { ...seeded, reused: true };
      }
    }
    const clear = db.transaction(['accounts', 'activities', 'tasks'], 'readwrite');
    for (const store of ['accounts', 'activities', 'tasks']) clear.objectStore(store).clear();
    await done(clear);
    for (const [store, records] of [['accounts', accounts], ['activities', data.activities], ['tasks', data.tasks]] as const) {
      for (let start = 0; start < records.length; start += BATCH) {
        const tx = db.transaction(store, 'readwrite');
        const target = tx.objectStore(store);
        for (const record of records.slice(start, start + BATCH)) target.put(record);
        await done(tx);
      }
    }
    await forgetDigest(db);
  } finally {
    db.close();
  }
  return { ...seeded, reused: false };
}

/** The extension's database, which exists already (the page that runs this opened it, upgrades included). */
function openExisting(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('leadkit');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Drops the digest of the extension's database, from an extension page (the render bench's repeated first-ever opens). */
export async function forgetDigestOf(): Promise<void> {
  const db = await openExisting();
  try {
    await forgetDigest(db);
  } finally {
    db.close();
  }
}

/**
 * The records went in without the extension's write path, so no account is marked for the
 * dashboard's digest: drop the digest altogether. The next open builds it from every record (the
 * first-ever open, measured as such), and the opens after it read the digest.
 */
async function forgetDigest(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(['digestPages', 'digestDirty', 'meta'], 'readwrite');
  tx.objectStore('digestPages').clear();
  tx.objectStore('digestDirty').clear();
  tx.objectStore('meta').delete(DIGEST_META_KEY);
  await done(tx);
}
