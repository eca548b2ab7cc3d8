import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import { DEFAULT_RULE_SET } from '../../../lib/scoring';
import { changesSweptAtItem, fullRescoreItem } from '../../../lib/scoring/rescore/rescoreProgress';
import { startRescoreService } from '../../../lib/scoring/rescoreService';
import { ruleSetKey } from '../../../lib/scoring/store/ruleSetState';
import { withScores } from '../../../lib/scoring/store/scorePages';
import { account } from '../db/fixtures';
import { NOW } from './ruleSetFixture';
import { HEAVY } from '../heavy';

// Its own file: a service started by another test would still be listening to the same database.
describe('the background sweep after a bulk change', () => {
  beforeEach(() => fakeBrowser.reset());

  it('re-scores a bulk change with one full re-score instead of an account at a time', async () => {
    const db = await getDB();
    // Fit 40: a B under the default rules.
    const leads = Array.from({ length: 600 }, (_, index) => account({ id: `acc${index}`, domain: `acc${index}.com`, industry: 'Software', employees: 200, annualRevenue: 10_000_000, updatedAt: NOW - 1000 }));
    await commitChanges(db, leads.map((record) => ({ store: 'accounts' as const, op: 'put' as const, record })), NOW - 1000);
    // A full run completed a moment ago and the last sweep predates the import: only the sweep has work.
    const done = { ruleSetKey: ruleSetKey(DEFAULT_RULE_SET), startedAt: Date.now() - 2, after: null, completedAt: Date.now() - 1 };
    await fullRescoreItem.setValue(done);
    await changesSweptAtItem.setValue(NOW - 100_000);

    startRescoreService();
    // One by one (the path below the bulk size) would leave the full run's progress as it was.
    await vi.waitFor(async () => expect((await fullRescoreItem.getValue())?.completedAt).toBeGreaterThan(done.completedAt), { timeout: 10_000 });
    const graded = await withScores(db, await db.getAll('accounts'));
    expect(graded.map((lead) => lead.score?.grade)).toEqual(leads.map(() => 'B'));
    expect(await changesSweptAtItem.getValue()).toBeGreaterThan(NOW - 100_000);
  }, HEAVY);
});
