import { describe, expect, it } from 'vitest';
import { groupByPage, packPage, packRow, PAGE_COUNT, pageOf, parsePage, unpackRow } from '../../../../lib/dashboard/digest/digestPage';
import { digestRowsFrom } from '../../../../lib/dashboard/digest/digestStore';
import { historyFromDigest } from '../../../../lib/dashboard/digest/historyFromDigest';
import { computeAggregates, computeDashboard } from '../../../../lib/dashboard/metrics/computeDashboard';
import type { Grade } from '../../../../lib/model';
import { DAY } from '../storeBuilder';
import { BENCH_NOW, contextAt, digestTestData } from './digestFixtures';
import { HEAVY } from '../../heavy';

const gradesOf = (data: ReturnType<typeof digestTestData>) => new Map(data.accounts.flatMap((account) => (account.score ? [[account.id, account.score.grade] as [string, Grade]] : [])));

describe('dashboard digest (issue #8)', () => {
  it('gives exactly the figures of the full computation, for any "now" and period, from rows built once', () => {
    const data = digestTestData();
    // Stored rows go through JSON: build them, pack them, read them back as the dashboard does.
    const rows = [...groupByPage(digestRowsFrom(data.accounts, data.activities, data.tasks))].flatMap(([page, pageRows]) => parsePage(packPage(page, pageRows)));
    // Pages come in hash order, not id order: the figures must not depend on it.
    expect(rows.map((row) => row[0])).not.toEqual(rows.map((row) => row[0]).sort());
    // What is read back is what was built.
    expect(rows.map(unpackRow)).toEqual(expect.arrayContaining(digestRowsFrom(data.accounts, data.activities, data.tasks)));
    const sorted = { ...data, accounts: [...data.accounts].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    for (const now of [BENCH_NOW, BENCH_NOW + 45 * DAY, BENCH_NOW - 200 * DAY]) {
      for (const preset of ['last90Days', 'thisMonth', 'thisQuarter'] as const) {
        const expected = computeDashboard(sorted, contextAt(now, preset));
        const actual = computeAggregates(historyFromDigest(rows, gradesOf(data), now), contextAt(now, preset));
        expect(actual).toEqual(expected);
      }
    }
    const reasons = computeAggregates(historyFromDigest(rows, gradesOf(data), BENCH_NOW), contextAt(BENCH_NOW)).outcomes.reasons;
    expect(reasons.find((row) => row.reason.toLowerCase() === 'price too high')?.reason).toBe('PRICE TOO HIGH');
  }, HEAVY);

  it('counts records of an account that no longer exists in the totals and overdue tasks, as the records do', () => {
    const data = digestTestData(20, 200);
    const inputs = historyFromDigest(digestRowsFrom(data.accounts, data.activities, data.tasks).map(packRow), new Map(), BENCH_NOW);
    expect(inputs.totals).toEqual({ accounts: data.accounts.length, activities: data.activities.length, tasks: data.tasks.length });
    expect(inputs.histories.map((history) => history.account.id)).not.toContain('gone-1');
    expect(inputs.tasks.some((task) => task.accountId === 'gone-1')).toBe(true);
  });

  it('keeps only what the figures need, and nothing that moves with "now"', () => {
    const data = digestTestData(5, 50);
    const [row] = digestRowsFrom(data.accounts.filter((a) => a.id === 'zz-1'), data.activities, []).filter((r) => r.id === 'zz-1');
    expect(row).toMatchObject({ id: 'zz-1', a: { name: 'Corner One', stage: 'won' }, ca: 'Eve', n: 7, t: 0 });
    expect(row!.c).toEqual([...row!.c!].sort((a, b) => a - b));
    expect(row!.cn).toHaveLength(2);
    expect(row!.rn).toHaveLength(1);
    expect(Object.keys(row!.a!)).not.toContain('domain');
  });

  it('spreads account ids over its pages', () => {
    const used = new Set(Array.from({ length: 5_000 }, (_, i) => pageOf(`acc-${i}`)));
    expect(used.size).toBeGreaterThan(PAGE_COUNT * 0.9);
    for (const page of used) expect(page).toBeLessThan(PAGE_COUNT);
  });
});
