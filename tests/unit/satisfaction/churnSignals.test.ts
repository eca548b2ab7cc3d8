import { describe, expect, it } from 'vitest';
import { digestRow } from '../../../lib/dashboard/digest/digestRow';
import { indexAccountHistories } from '../../../lib/dashboard/metrics/accountHistory';
import { rfmSegments } from '../../../lib/dashboard/rfm';
import { DAY, StoreBuilder } from '../dashboard/storeBuilder';

const NOW = Date.UTC(2025, 5, 1);
const ago = (days: number) => NOW - days * DAY;

describe('complaint activities feed the churn signals', () => {
  it('more complaints in the last 90 days than the 90 before is the moreComplaints signal', () => {
    const store = new StoreBuilder();
    store.account('acme', { capturedAt: ago(300) }).move('acme', 'negotiation', 'won', ago(250));
    store.touch('acme', 'call', ago(5)).touch('acme', 'complaint', ago(10), 'Invoice wrong again');
    const summary = rfmSegments(indexAccountHistories(store.accounts, store.activities, NOW).values(), NOW);
    expect(summary.rows.find((row) => row.accountId === 'acme')?.signals).toContain('moreComplaints');
    expect(summary.signalCounts.moreComplaints).toBe(1);
  });

  it('the dashboard digest keeps complaint activities with the complaint notes', () => {
    const store = new StoreBuilder();
    store.account('acme', { capturedAt: ago(300), stage: 'won' });
    store.touch('acme', 'complaint', ago(10), 'Late delivery').touch('acme', 'note', ago(20), '客户投诉：响应慢').touch('acme', 'note', ago(30), 'all fine');
    const row = digestRow('acme', store.accounts[0], store.activities, []);
    expect(row?.cn).toEqual([ago(10), ago(20)]);
  });
});
