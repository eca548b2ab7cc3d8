import { describe, expect, it } from 'vitest';
import { openLeadKitDB } from '../../../lib/db';
import { createAccountHistoryIndexer } from '../../../lib/dashboard/metrics/accountHistory';
import { computeDashboard } from '../../../lib/dashboard/metrics/computeDashboard';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { presetPeriod } from '../../../lib/dashboard/period';
import { rangesBetween, splitKeys } from '../../../lib/dashboard/worker/keyRanges';
import { readAllRecords, readDashboardData } from '../../../lib/dashboard/worker/readDashboardData';
import type { Account, Activity } from '../../../lib/model';
import { defaultCalendar } from '../../../lib/pipeline/calendar/workCalendar';
import { syntheticDashboardData } from '../../bench/dashboardData';
import { HEAVY } from '../heavy';

const NOW = Date.UTC(2025, 5, 1, 9);
const uuid = (i: number) => `${((i * 2_654_435_761) >>> 0).toString(16).padStart(8, '0')}-4b1d-8e2f-${String(i).padStart(12, '0')}`;

describe('key ranges', () => {
  it('cuts random and numbered ids into increasing bounds strictly inside the keys', () => {
    for (const keys of [Array.from({ length: 1_000 }, (_, i) => uuid(i)).sort(), Array.from({ length: 1_000 }, (_, i) => `acc-${i}`).sort()]) {
      const bounds = splitKeys(keys[0]!, keys[keys.length - 1]!, 8);
      expect(bounds.length).toBeGreaterThan(2);
      expect([...bounds].sort()).toEqual(bounds);
      expect(new Set(bounds).size).toBe(bounds.length);
      expect(bounds.every((bound) => bound > keys[0]! && bound <= keys[keys.length - 1]!)).toBe(true);
    }
  });

  it('has nothing to cut between equal keys, and covers everything with one open range then', () => {
    expect(splitKeys('same', 'same', 8)).toEqual([]);
    expect(rangesBetween([])).toEqual([null]);
    const ranges = rangesBetween(['b', 'd']);
    expect(ranges.map((range) => ['a', 'b', 'c', 'd', 'z'].filter((key) => range!.includes(key)))).toEqual([['a'], ['b', 'c'], ['d', 'z']]);
  });
});

describe('reading the store in ranges', () => {
  it('reads every record once, in key order, whatever the ids look like', async () => {
    const db = await openLeadKitDB('read-ranges');
    const ids = [...Array.from({ length: 300 }, (_, i) => uuid(i)), ...Array.from({ length: 300 }, (_, i) => `acc-${i}`), 'Z', '~', '中文'];
    const tx = db.transaction('tasks', 'readwrite');
    for (const id of ids) void tx.store.put({ id, createdAt: 0, updatedAt: 0, version: 0, accountId: 'a', title: 't', dueAt: 0, status: 'open' });
    await tx.done;
    const chunks: number[] = [];
    const read = await readAllRecords(db, 'tasks', (done) => chunks.push(done));
    expect(read.map((task) => task.id)).toEqual([...ids].sort());
    expect(chunks.length).toBeGreaterThan(1);
    expect(await readAllRecords(db, 'contacts')).toEqual([]);
    db.close();
  });

  it('hands over every account before any activity, and the index built on the way gives the same figures', async () => {
    const data = syntheticDashboardData(300, 3_000, 3, NOW);
    const db = await openLeadKitDB('read-dashboard');
    const tx = db.transaction(['accounts', 'activities', 'tasks'], 'readwrite');
    for (const account of data.accounts) void tx.objectStore('accounts').put(account);
    for (const activity of data.activities) void tx.objectStore('activities').put(activity);
    for (const task of data.tasks) void tx.objectStore('tasks').put(task);
    await tx.done;
    // Scores are stored apart from the accounts; the read attaches them (the grade figures need them).
    const scored = data.accounts.filter((account) => account.score);
    expect(scored.length).toBeGreaterThan(100);
    await storeScores(db, scored.map((account) => ({ accountId: account.id, derivedFromUpdatedAt: account.updatedAt, score: account.score! })), NOW);

    const indexer = createAccountHistoryIndexer(NOW);
    const order: string[] = [];
    let accountsSeen: readonly Account[] = [];
    let activitiesSeen = 0;
    const read = await readDashboardData(db, {
      onAccounts: (accounts) => {
        order.push('accounts');
        accountsSeen = accounts;
        indexer.addAccounts(accounts);
      },
      onActivities: (activities: readonly Activity[]) => {
        order.push('activities');
        activitiesSeen += activities.length;
        indexer.addActivities(activities);
      },
    });
    expect(order[0]).toBe('accounts');
    expect(order.filter((step) => step === 'accounts')).toHaveLength(1);
    expect(accountsSeen).toBe(read.accounts);
    expect([read.accounts.length, read.activities.length, read.tasks.length, activitiesSeen]).toEqual([300, data.activities.length, data.tasks.length, data.activities.length]);

    const context = { period: presetPeriod('last90Days', NOW, 'Asia/Shanghai'), now: NOW, firstContactHours: 48, calendar: defaultCalendar('Asia/Shanghai') };
    expect(computeDashboard(read, context, indexer.finish())).toEqual(computeDashboard(data, context));
    db.close();
  }, HEAVY);
});
