import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB, type LeadKitDatabase } from '../../../lib/db';
import type { Account } from '../../../lib/model';
import { DEFAULT_RULE_SET } from '../../../lib/scoring';
import { listGradeHistory } from '../../../lib/scoring/history/gradeHistoryStore';
import { accountIdsChangedSince } from '../../../lib/scoring/rescore/changedAccounts';
import { fullRescoreNeeded } from '../../../lib/scoring/rescore/rescoreProgress';
import { SWEEP_AS_FULL_RESCORE } from '../../../lib/scoring/rescoreService';
import { wholeStoreWins } from '../../../lib/db/wholeStore';
import { rescoreAccounts, rescoreAllStored } from '../../../lib/scoring/rescore/rescoreStored';
import { readLeads } from '../../../lib/scoring/rescore/storedLeads';
import { scoreAndWrite, type OwnWrites } from '../../../lib/scoring/rescore/writeScores';
import { startRescoreService } from '../../../lib/scoring/rescoreService';
import { saveRuleSet } from '../../../lib/scoring/store/ruleSetStore';
import { readScores, withScores } from '../../../lib/scoring/store/scorePages';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { recordVisit } from '../../../lib/signals/visitStore';
import { account as baseAccount } from '../db/fixtures';
import { compiled, NOW } from './ruleSetFixture';

const rules = compiled(DEFAULT_RULE_SET);
const stricter = compiled({ ...DEFAULT_RULE_SET, version: 2, grades: { A: 90, B: 45 } });

/** Fit 15 (industry) + 15 (size) + 10 (revenue) = 40: a B under the defaults, a C under `stricter`. */
const lead = (id: string, fields: Partial<Account> = {}) =>
  baseAccount({ id, domain: `${id}.com`, industry: 'Software', employees: 200, annualRevenue: 10_000_000, updatedAt: NOW - 1000, ...fields });

async function seed(db: LeadKitDatabase, count: number) {
  await commitChanges(db, Array.from({ length: count }, (_, index) => ({ store: 'accounts' as const, op: 'put' as const, record: lead(`acc${index}`) })), NOW - 1000);
}

const scored = async (db: LeadKitDatabase) => withScores(db, await db.getAll('accounts'));
const grades = async (db: LeadKitDatabase) => (await scored(db)).map((account) => [account.id, account.score?.grade, account.score?.ruleSetVersion]);

describe('re-scoring stored leads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('scores every account in batches; a broken record never stops the rest', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await getDB();
    await seed(db, 10);
    await db.put('accounts', { id: 'acc5x', name: 42 } as unknown as Account); // unreadable, between acc5 and acc6
    const batches: string[] = [];
    const report = await rescoreAllStored(db, rules, { now: NOW, batchSize: 3, onBatch: (lastId) => void batches.push(lastId) });
    expect(batches).toHaveLength(4);
    expect(report).toEqual({ scanned: 11, written: 10, gradeChanges: 10, skipped: 1, complete: true, gradeChangedIds: expect.arrayContaining(['acc0', 'acc9']) });
    expect(report.gradeChangedIds).toHaveLength(10);
    expect((await grades(db)).filter(([id]) => id !== 'acc5x').every(([, grade, version]) => grade === 'B' && version === 1)).toBe(true);
    expect(await db.get('accounts', 'acc5x')).toEqual({ id: 'acc5x', name: 42 });
    // Scores are derived on every device: no outbox mutation besides the 10 of the seed.
    expect(await db.count('outbox')).toBe(10);
    expect(await listGradeHistory(db, 'acc0')).toEqual([expect.objectContaining({ accountId: 'acc0', to: 'B', ruleSetVersion: 1, added: expect.any(Array) })]);
    expect((await listGradeHistory(db, 'acc0'))[0]).not.toHaveProperty('from');
  });

  it('writes only changed scores, and a history entry only when the grade moves', async () => {
    const db = await getDB();
    await seed(db, 3);
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: lead('big', { employees: 5000 }) }], NOW - 1000);
    await rescoreAllStored(db, rules, { now: NOW });
    const outbox = await db.count('outbox');
    expect(await rescoreAllStored(db, rules, { now: NOW + 1 })).toMatchObject({ scanned: 4, written: 0, gradeChanges: 0 });
    expect(await db.count('outbox')).toBe(outbox);

    // Under the stricter rules the three B leads drop to C; "big" (fit 33) stays C with the same
    // reasons, but was edited: its score is stored again against the new version, with no history.
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...(await db.get('accounts', 'big'))!, updatedAt: NOW } }]);
    const report = await rescoreAllStored(db, stricter, { now: NOW + 2 });
    expect(report).toMatchObject({ scanned: 4, written: 4, gradeChanges: 3 });
    expect(await listGradeHistory(db, 'acc1')).toEqual([
      expect.objectContaining({ from: 'B', to: 'C', ruleSetVersion: 2, scoreDelta: 0 }),
      expect.objectContaining({ to: 'B', ruleSetVersion: 1 }),
    ]);
    expect(await listGradeHistory(db, 'big')).toHaveLength(1);
  });

  it('an aborted run stores no batch after the abort; progress is reported once a batch is stored', async () => {
    const db = await getDB();
    await seed(db, 10);
    const controller = new AbortController();
    const progress: Array<[string, number]> = [];
    const report = await rescoreAllStored(db, rules, {
      now: NOW,
      batchSize: 3,
      signal: controller.signal,
      onBatch: async (lastId) => {
        const ids = (await db.getAllKeys('accounts')).filter((id) => id <= lastId);
        progress.push([lastId, (await readScores(db, ids)).size]);
        if (progress.length === 2) controller.abort();
      },
    });
    expect(report).toMatchObject({ complete: false, scanned: 6, written: 6 });
    expect(progress).toEqual([['acc2', 3], ['acc5', 6]]);
    expect([...(await readScores(db, (await db.getAllKeys('accounts')))).keys()]).toEqual(['acc0', 'acc1', 'acc2', 'acc3', 'acc4', 'acc5']);
    expect(await rescoreAllStored(db, rules, { now: NOW, batchSize: 3, startAfter: 'acc5' })).toMatchObject({ complete: true, scanned: 4, written: 4 });
  });

  it('never replaces a score derived from a newer version of the account', async () => {
    const db = await getDB();
    await seed(db, 2);
    const before = await readLeads(db, ['acc0', 'acc1']);
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...lead('acc0'), tags: ['product-fit'], updatedAt: NOW } }]);
    const after = await readLeads(db, ['acc0']);
    expect(await scoreAndWrite(db, rules, after, NOW)).toMatchObject({ scanned: 1, written: 1 });
    // The batch read before the edit arrives late: acc0's newer score stays, acc1 is stored.
    expect(await scoreAndWrite(db, rules, before, NOW + 1)).toMatchObject({ scanned: 2, written: 1, skipped: 1 });
    const [acc0] = await withScores(db, [(await db.get('accounts', 'acc0'))!]);
    expect(acc0?.score?.reasons.map((reason) => reason.ruleId)).toContain('fit.product');
    expect((await db.get('accounts', 'acc0'))).not.toHaveProperty('score');
  });

  it('re-scores one account from its visits and activities, and finds what changed since a time', async () => {
    const db = await getDB();
    await seed(db, 2);
    const ownWrites: OwnWrites = new Map();
    await rescoreAccounts(db, rules, ['acc0', 'acc1'], NOW, ownWrites);
    expect(await accountIdsChangedSince(db, NOW - 10, ownWrites)).toEqual(new Set());

    await recordVisit(db, { id: 'v', accountId: 'acc0', startedAt: NOW - 1000, seconds: 600 });
    await commitChanges(db, [{ store: 'activities', op: 'put', record: { id: 'm', accountId: 'acc1', kind: 'meeting', at: NOW - 5000, content: '', createdAt: NOW, updatedAt: NOW + 5, version: 0 } }]);
    expect(await accountIdsChangedSince(db, NOW, ownWrites)).toEqual(new Set(['acc1']));
    await rescoreAccounts(db, rules, ['acc0', 'acc1'], NOW + 10, ownWrites);
    const byId = Object.fromEntries((await scored(db)).map((account) => [account.id, account.score]));
    expect(byId.acc0?.reasons.map((reason) => reason.ruleId)).toEqual(expect.arrayContaining(['engagement.visits', 'engagement.visitTime']));
    expect(byId.acc1?.reasons.map((reason) => reason.ruleId)).toEqual(expect.arrayContaining(['engagement.meetings', 'engagement.recentTouch']));
    expect(byId.acc1).toMatchObject({ grade: 'B', score: 58 }); // 40 fit + 12 meeting + 6 recent touch
  });

  it('the same first grade stored by two contexts at once is recorded once', async () => {
    const db = await getDB();
    const score = { score: 40, grade: 'B' as const, reasons: [], scoredAt: NOW, ruleSetVersion: 1 };
    const update = { accountId: 'acc0', derivedFromUpdatedAt: NOW - 1000, score };
    const [first, second] = await Promise.all([storeScores(db, [update], NOW), storeScores(db, [{ ...update, score: { ...score, scoredAt: NOW + 5 } }], NOW + 5)]);
    expect(first.gradeChanges.length + second.gradeChanges.length).toBe(1);
    expect(await listGradeHistory(db, 'acc0')).toHaveLength(1);
    await storeScores(db, [{ ...update, score: { ...score, grade: 'C', score: 20 } }], NOW + 10);
    expect((await listGradeHistory(db, 'acc0')).map((item) => [item.from, item.to])).toEqual([['B', 'C'], [undefined, 'B']]);
  });

  it('knows when a worker start must run, resume or skip a full re-score', () => {
    expect(fullRescoreNeeded(null, '1:0', NOW)).toEqual({ run: true, after: null });
    expect(fullRescoreNeeded({ ruleSetKey: '1:0', startedAt: NOW, after: 'acc4', completedAt: null }, '1:0', NOW)).toEqual({ run: true, after: 'acc4' });
    expect(fullRescoreNeeded({ ruleSetKey: '1:0', startedAt: NOW, after: 'acc4', completedAt: null }, '2:9', NOW)).toEqual({ run: true, after: null });
    expect(fullRescoreNeeded({ ruleSetKey: '1:0', startedAt: NOW, after: null, completedAt: NOW }, '1:0', NOW + 60_000)).toEqual({ run: false, after: null });
    expect(fullRescoreNeeded({ ruleSetKey: '1:0', startedAt: NOW, after: null, completedAt: NOW }, '1:0', NOW + 7 * 3_600_000).run).toBe(true);
  });

  it('the background service scores at start, re-scores all on a new rule set, and one account when its data changes', async () => {
    const db = await getDB();
    await seed(db, 3);
    startRescoreService();
    await vi.waitFor(async () => expect((await grades(db)).map(([, grade]) => grade)).toEqual(['B', 'B', 'B']));
    expect(await fakeBrowser.alarms.get('leadkit-rescore')).toMatchObject({ periodInMinutes: 360 });

    await saveRuleSet({ ...DEFAULT_RULE_SET, grades: { A: 90, B: 45 } });
    await vi.waitFor(async () => expect(await grades(db)).toEqual([['acc0', 'C', 2], ['acc1', 'C', 2], ['acc2', 'C', 2]]));
    expect((await listGradeHistory(db, 'acc2'))[0]).toMatchObject({ from: 'B', to: 'C', ruleSetVersion: 2 });

    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...(await db.get('accounts', 'acc1'))!, tags: ['product-fit'], updatedAt: Date.now() } }]);
    await vi.waitFor(async () => expect((await withScores(db, [(await db.get('accounts', 'acc1'))!]))[0]?.score?.grade).toBe('B'));
    expect((await listGradeHistory(db, 'acc1'))[0]).toMatchObject({ from: 'C', to: 'B', added: [expect.objectContaining({ ruleId: 'fit.product', points: 10 })] });
  });

  it('once a full re-score completes, the background drops the scores of deleted accounts', async () => {
    const db = await getDB();
    await seed(db, 3);
    startRescoreService();
    await vi.waitFor(async () => expect((await readScores(db, ['acc0', 'acc1', 'acc2'])).size).toBe(3));
    const gone = (await db.get('accounts', 'acc2'))!;
    await commitChanges(db, [{ store: 'accounts', op: 'delete', id: 'acc2', baseVersion: gone.version }]);
    await saveRuleSet({ ...DEFAULT_RULE_SET, grades: { A: 90, B: 45 } });
    await vi.waitFor(async () => expect([...(await readScores(db, ['acc0', 'acc1', 'acc2'])).values()].map((score) => score.grade)).toEqual(['C', 'C']));
  });

  it('re-scores a bulk change by a full run, a few changed accounts one by one', async () => {
    const sweepAsFullRescore = (changed: number, stored: number) => wholeStoreWins(changed, SWEEP_AS_FULL_RESCORE, async () => stored);
    expect(await sweepAsFullRescore(499, 500)).toBe(false); // a small store: one by one is quick anyway
    expect(await sweepAsFullRescore(500, 15_000)).toBe(true);
    expect(await sweepAsFullRescore(1_000, 30_001)).toBe(false);
    expect(await sweepAsFullRescore(69_686, 50_000)).toBe(true);
  });
});
