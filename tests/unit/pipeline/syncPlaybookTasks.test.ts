import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitChanges, countPendingMutations, getDB, type LeadKitDatabase } from '../../../lib/db';
import type { Account, Activity, Task } from '../../../lib/model';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { completeTask } from '../../../lib/pipeline/taskActions';
import { GRADE_WHEN_UNGRADED, playbookGrade } from '../../../lib/pipeline/store/playbookGrade';
import { playbookTaskId } from '../../../lib/pipeline/store/playbookTaskId';
import { playbookSweptAtItem, sweepChangedAccounts } from '../../../lib/pipeline/store/playbookSweep';
import { syncPlaybookTasks } from '../../../lib/pipeline/store/syncPlaybookTasks';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { listAccountTasks } from '../../../lib/pipeline/store/taskQueries';
import type { PipelineConfig } from '../../../lib/pipeline/store/pipelineConfig';
import { at, shanghai2025 } from './calendarFixtures';
import { HOUR, account as makeAccount } from './fixtures';

// Monday 10 March 2025, 09:00 in Shanghai.
const CAPTURED = at('2025-03-10T09:00:00+08:00');
const config: PipelineConfig = { calendar: shanghai2025, playbook: defaultPlaybook() };

function captureActivity(accountId: string): Activity {
  return { id: `capture-${accountId}`, createdAt: CAPTURED, updatedAt: CAPTURED, version: 0, accountId, kind: 'capture', at: CAPTURED, content: '' };
}

async function seed(db: LeadKitDatabase, overrides: Partial<Account> = {}): Promise<Account> {
  const account = makeAccount({ createdAt: CAPTURED, updatedAt: CAPTURED, ...overrides });
  await commitChanges(db, [
    { store: 'accounts', op: 'put', record: account },
    { store: 'activities', op: 'put', record: captureActivity(account.id) },
  ]);
  // Scores are stored apart from the account (scorePages), as re-scoring stores them.
  if (account.score) await storeScores(db, [{ accountId: account.id, derivedFromUpdatedAt: account.updatedAt, score: account.score }], CAPTURED);
  return account;
}

const open = (tasks: Task[]) => tasks.filter((task) => task.status === 'open').map((task) => task.ruleId);

describe('syncPlaybookTasks (IndexedDB)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a captured, not yet scored lead gets first contact due 48 h after capture', async () => {
    const db = await getDB();
    await seed(db);
    const { created } = await syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ ruleId: 'leadFirstContact', dueAt: CAPTURED + 48 * HOUR, status: 'open', title: 'pipelineActionFirstContact' });
    expect(created[0]!.id).toBe(playbookTaskId('acc-1', 'leadFirstContact', CAPTURED));
  });

  it('is idempotent: a second run writes nothing, not even an outbox entry', async () => {
    const db = await getDB();
    await seed(db);
    await syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config);
    const pending = await countPendingMutations(db);
    const again = await syncPlaybookTasks(db, 'acc-1', CAPTURED + 2 * HOUR, config);
    expect(again).toEqual({ created: [], closed: [] });
    expect(await countPendingMutations(db)).toBe(pending);
    expect(await listAccountTasks(db, 'acc-1')).toHaveLength(1);
  });

  it('the panel and the background racing converge on one task', async () => {
    const db = await getDB();
    await seed(db);
    await Promise.all([syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config), syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config)]);
    expect(await listAccountTasks(db, 'acc-1')).toHaveLength(1);
  });

  it('uses the score’s grade once there is one: a C lead gets no first-contact task', async () => {
    const db = await getDB();
    await seed(db, { score: { score: 10, grade: 'C', reasons: [], scoredAt: 0, ruleSetVersion: 1 } });
    expect((await syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config)).created).toEqual([]);
    expect(playbookGrade(makeAccount())).toBe(GRADE_WHEN_UNGRADED);
  });

  it('a lead scoring could not grade yet ("unscored") still gets its first-contact task', async () => {
    const db = await getDB();
    await seed(db, { score: { score: 0, grade: 'unscored', reasons: [], scoredAt: 0, ruleSetVersion: 1 } });
    expect((await syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config)).created.map((task) => task.ruleId)).toEqual(['leadFirstContact']);
  });

  it('mark done → the next action appears (book the needs meeting, 2 working days)', async () => {
    const db = await getDB();
    await seed(db);
    const [first] = (await syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config)).created;
    const done = completeTask(first!, { now: CAPTURED + 3 * HOUR, actor: 'Li Lei', activityId: 'call-1', activityKind: 'call' });
    if (!done.ok) throw new Error('expected completion');
    await commitChanges(db, [
      { store: 'tasks', op: 'put', record: done.task },
      { store: 'activities', op: 'put', record: done.activity },
    ]);
    const { created } = await syncPlaybookTasks(db, 'acc-1', CAPTURED + 3 * HOUR, config);
    expect(created.map((task) => task.ruleId)).toEqual(['bookNeedsMeeting']);
    expect(created[0]!.dueAt).toBe(CAPTURED + 3 * HOUR + 2 * 24 * HOUR);
  });

  it('closes tasks the record overtook: leaving the rule’s stages cancels, an activity completes', async () => {
    const db = await getDB();
    const account = await seed(db);
    await syncPlaybookTasks(db, 'acc-1', CAPTURED + HOUR, config);
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...account, stage: 'nurture' } }]);
    const { closed, created } = await syncPlaybookTasks(db, 'acc-1', CAPTURED + 2 * HOUR, config);
    expect(closed).toMatchObject([{ ruleId: 'leadFirstContact', status: 'cancelled' }]);
    expect(created.map((task) => task.ruleId)).toEqual(['nurtureTouch']);
    expect(open(await listAccountTasks(db, 'acc-1'))).toEqual(['nurtureTouch']);
  });

  it('an unknown account is a no-op', async () => {
    expect(await syncPlaybookTasks(await getDB(), 'nope', CAPTURED, config)).toEqual({ created: [], closed: [] });
  });
});

describe('sweepChangedAccounts (background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the playbook for accounts written since the last sweep, and remembers when it ran', async () => {
    const db = await getDB();
    await seed(db);
    expect(await sweepChangedAccounts(db, CAPTURED + HOUR, config)).toBe(1);
    expect(await playbookSweptAtItem.getValue()).toBe(CAPTURED + HOUR);
    // A later sweep skips accounts not written since (beyond the overlap window).
    await seed(db, { id: 'acc-2', updatedAt: CAPTURED + 10 * HOUR, createdAt: CAPTURED + 10 * HOUR });
    expect(await sweepChangedAccounts(db, CAPTURED + 11 * HOUR, config)).toBe(1);
    expect(await listAccountTasks(db, 'acc-2')).toHaveLength(1);
  });
});
