import { describe, expect, it } from 'vitest';
import { indexAccountHistories } from '../../../lib/dashboard/metrics/accountHistory';
import { rfmSegments } from '../../../lib/dashboard/rfm';
import { DAY, StoreBuilder } from './storeBuilder';

const NOW = Date.UTC(2025, 5, 1);
const ago = (days: number) => NOW - days * DAY;

function customer(store: StoreBuilder, id: string, wonDaysAgo: number, annualRevenue?: number): StoreBuilder {
  return store.account(id, { capturedAt: ago(wonDaysAgo + 30), annualRevenue }).move(id, 'negotiation', 'won', ago(wonDaysAgo));
}

function customers(): StoreBuilder {
  const store = new StoreBuilder();
  customer(store, 'vip', 200, 1e9);
  for (let day = 5; day <= 50; day += 5) store.touch('vip', 'call', ago(day));
  store.touch('vip', 'note', ago(10), '客户投诉：响应慢').touch('vip', 'note', ago(20), '#complaint invoice wrong');
  customer(store, 'new', 30, 1e8).touch('new', 'email', ago(20));
  customer(store, 'sleep', 320, 5e8);
  for (let day = 100; day <= 170; day += 10) store.touch('sleep', 'meeting', ago(day));
  customer(store, 'churnOld', 400, 3e8).touch('churnOld', 'call', ago(200));
  customer(store, 'churnLow', 150).touch('churnLow', 'call', ago(90));
  customer(store, 'active', 350, 2e8).touch('active', 'call', ago(10), '讨论续约方案').touch('active', 'email', ago(40));
  store.account('lead', { capturedAt: ago(3), annualRevenue: 9e9 }).touch('lead', 'call', ago(1));
  return store;
}

const segmentsOf = (store: StoreBuilder) => rfmSegments(indexAccountHistories(store.accounts, store.activities, NOW).values(), NOW);

describe('RFM segments of won accounts', () => {
  it('segments by recency, frequency and the revenue proxy', () => {
    const summary = segmentsOf(customers());
    expect(summary.customers).toBe(6);
    expect(summary.counts).toEqual({ vip: 1, active: 1, new: 1, sleeping: 1, churned: 2 });
    expect(Object.fromEntries(summary.rows.map((row) => [row.accountId, row.segment]))).toEqual({
      vip: 'vip',
      new: 'new',
      sleep: 'sleeping',
      churnOld: 'churned',
      churnLow: 'churned',
      active: 'active',
    });
  });

  it('flags churn signals and picks the most urgent next action', () => {
    const rows = segmentsOf(customers()).rows;
    expect(rows.map((row) => [row.accountId, row.signals, row.nextAction])).toEqual([
      ['sleep', ['contractEnding', 'fallingFrequency', 'longSilence'], 'contractEnding'],
      ['vip', ['moreComplaints'], 'moreComplaints'],
      ['churnOld', ['longSilence'], 'churned'],
      ['churnLow', ['longSilence'], 'churned'],
      ['active', [], 'active'], // its contract ends in 15 days, but the renewal is being discussed
      ['new', [], 'new'],
    ]);
    expect(rows.find((row) => row.accountId === 'sleep')).toMatchObject({ recencyDays: 100, frequency: 8, monetary: 5e8 });
    expect(rows.find((row) => row.accountId === 'churnLow')).toMatchObject({ monetary: null, frequency: 1 });
  });

  it('counts signals over every customer', () => {
    expect(segmentsOf(customers()).signalCounts).toEqual({ moreComplaints: 1, contractEnding: 1, fallingFrequency: 1, longSilence: 3 });
  });

  it('no customers: zero counts, no rows', () => {
    const summary = segmentsOf(new StoreBuilder().account('lead', { capturedAt: ago(3) }));
    expect(summary).toMatchObject({ customers: 0, rows: [] });
  });
});
