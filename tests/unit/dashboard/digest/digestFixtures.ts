import type { LeadKitDatabase } from '../../../../lib/db';
import { loadAggregateInputs } from '../../../../lib/dashboard/digest/loadDigest';
import type { DashboardAggregates } from '../../../../lib/dashboard/metrics/aggregates';
import { computeAggregates, computeDashboard, type DashboardData } from '../../../../lib/dashboard/metrics/computeDashboard';
import { presetPeriod } from '../../../../lib/dashboard/period';
import { readDashboardData } from '../../../../lib/dashboard/worker/readDashboardData';
import { defaultCalendar } from '../../../../lib/pipeline/calendar/workCalendar';
import { syntheticDashboardData, BENCH_NOW } from '../../../bench/dashboardData';
import { DAY, march, StoreBuilder } from '../storeBuilder';

export { BENCH_NOW };

export const contextAt = (now: number, preset: 'last90Days' | 'thisMonth' | 'thisQuarter' = 'last90Days') => ({
  period: presetPeriod(preset, now, 'Asia/Shanghai'),
  now,
  firstContactHours: 48,
  calendar: defaultCalendar('Asia/Shanghai'),
});

/**
 * A small synthetic year (bench shape) plus the corners the digest must keep: records of an
 * account that no longer exists, future touches, moves at the same instant, complaints and renewal
 * talk of customers, a capture by someone, tasks of every status.
 */
export function digestTestData(accounts = 600, activities = 6_000): DashboardData {
  const data = syntheticDashboardData(accounts, activities, 3, BENCH_NOW);
  const at = BENCH_NOW - 10 * DAY;
  const corners = new StoreBuilder()
    .account('zz-1', { capturedAt: at - 200 * DAY, stage: 'lead', grade: 'A', ownerId: '', name: 'Corner One' })
    .move('zz-1', 'lead', 'prospect', at - 100 * DAY, 'Ann')
    .move('zz-1', 'prospect', 'won', at - 100 * DAY, 'Bo')
    .touch('zz-1', 'call', at + 30 * DAY)
    .touch('zz-1', 'note', at - 5 * DAY, '#complaint late delivery')
    .touch('zz-1', 'note', at - 120 * DAY, '投诉')
    .touch('zz-1', 'email', at - 3 * DAY, 'about the renewal')
    .touch('zz-1', 'capture', at - 200 * DAY)
    .account('zz-2', { capturedAt: march(3), grade: 'B', checklist: { contractSigned: { at: march(4) }, deliveryAccepted: { at: march(6) } } })
    .move('zz-2', 'negotiation', 'lost', march(5), 'Cy', '  Price   too high ')
    .touch('zz-2', 'meeting', march(1))
    .task('zz-2', BENCH_NOW - DAY, 'snoozed', 'Dee')
    .task('zz-2', BENCH_NOW - DAY, 'done')
    // The same reason spelled three ways: the lowest account id's spelling is the one shown.
    .account('zz-3', { capturedAt: at - 40 * DAY })
    .move('zz-3', 'lead', 'lost', at - DAY, 'Cy', 'price too HIGH')
    .account('aa-0', { capturedAt: at - 40 * DAY })
    .move('aa-0', 'lead', 'lost', at - 2 * DAY, 'Cy', 'PRICE TOO HIGH')
    .touch('gone-1', 'call', at)
    .task('gone-1', BENCH_NOW - 2 * DAY, 'open');
  const capture = corners.activities.find((activity) => activity.kind === 'capture')!;
  capture.actor = 'Eve';
  return {
    accounts: [...data.accounts, ...corners.accounts],
    activities: [...data.activities, ...corners.activities],
    tasks: [...data.tasks, ...corners.tasks],
  };
}

/** Writes records straight into the stores (as an old release, or a test fixture, would). */
export async function putRaw(db: LeadKitDatabase, data: DashboardData): Promise<void> {
  const tx = db.transaction(['accounts', 'activities', 'tasks'], 'readwrite');
  for (const account of data.accounts) void tx.objectStore('accounts').put(account);
  for (const activity of data.activities) void tx.objectStore('activities').put(activity);
  for (const task of data.tasks) void tx.objectStore('tasks').put(task);
  await tx.done;
}

/** The figures the old way: every record read and indexed. */
export async function fromRecords(db: LeadKitDatabase, now: number): Promise<DashboardAggregates> {
  return computeDashboard(await readDashboardData(db), contextAt(now));
}

/** The figures from the digest, brought up to date. */
export async function fromDigest(db: LeadKitDatabase, now: number): Promise<DashboardAggregates> {
  return computeAggregates(await loadAggregateInputs(db, now), contextAt(now));
}
