import { describe, expect, it, vi } from 'vitest';
import { commitChanges, openLeadKitDB, type LeadKitDatabase } from '../../../lib/db';
import type { Account, Activity, Grade, Task } from '../../../lib/model';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { syncPlaybookTasksFor } from '../../../lib/pipeline/store/playbookBatch';
import type { PipelineConfig } from '../../../lib/pipeline/store/pipelineConfig';
import { syncPlaybookTasks } from '../../../lib/pipeline/store/syncPlaybookTasks';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { at, shanghai2025 } from './calendarFixtures';
import { account as makeAccount } from './fixtures';
import { HEAVY } from '../heavy';

const CAPTURED = at('2025-03-10T09:00:00+08:00');
const config: PipelineConfig = { calendar: shanghai2025, playbook: defaultPlaybook() };
const GRADES: Grade[] = ['A', 'B', 'C'];

/** 250 captured accounts (more than one chunk), graded A/B/C in turn, and one unreadable record. */
async function seed(name: string): Promise<LeadKitDatabase> {
  const db = await openLeadKitDB(name);
  const accounts = Array.from({ length: 250 }, (_, index) => makeAccount({ id: `acc-${String(index).padStart(3, '0')}`, domain: `a${index}.example`, createdAt: CAPTURED, updatedAt: CAPTURED }));
  const capture = (account: Account): Activity => ({ id: `capture-${account.id}`, createdAt: CAPTURED, updatedAt: CAPTURED, version: 0, accountId: account.id, kind: 'capture', at: CAPTURED, content: '' });
  await commitChanges(db, accounts.flatMap((record) => [{ store: 'accounts' as const, op: 'put' as const, record }, { store: 'activities' as const, op: 'put' as const, record: capture(record) }]));
  await storeScores(
    db,
    accounts.map((account, index) => ({ accountId: account.id, derivedFromUpdatedAt: CAPTURED, score: { score: 50, grade: GRADES[index % 3]!, reasons: [], ruleSetVersion: 1, scoredAt: CAPTURED } })),
    CAPTURED,
  );
  await db.put('accounts', { id: 'acc-broken', name: 7 } as unknown as Account);
  return db;
}

const tasksOf = async (db: LeadKitDatabase) => ((await db.getAll('tasks')) as Task[]).map((task) => [task.id, task.accountId, task.ruleId, task.dueAt, task.priority]).sort();

describe('the playbook over many accounts', () => {
  it('gives the same tasks as one account at a time, across chunks, in any order of ids', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const one = await seed('playbook-one-by-one');
    const batch = await seed('playbook-batch');
    const ids = [...Array.from({ length: 250 }, (_, index) => `acc-${String(249 - index).padStart(3, '0')}`), 'acc-broken', 'missing'];
    for (const id of ids) await syncPlaybookTasks(one, id, CAPTURED + 1, config);
    const failed: string[] = [];
    const created = await syncPlaybookTasksFor(batch, ids, () => CAPTURED + 1, config, (id) => void failed.push(id));
    const expected = await tasksOf(one);
    expect(await tasksOf(batch)).toEqual(expected);
    expect(created).toBe(expected.length);
    expect(failed).toEqual([]);
    // Grades reached the playbook (read with the accounts, a chunk at a time): the default one
    // proposes a first contact for A and B accounts, none for C (every third account here).
    const withTasks = new Set(expected.map((row) => row[1]));
    expect([...withTasks].sort()).toEqual(Array.from({ length: 250 }, (_, index) => index).filter((index) => index % 3 !== 2).map((index) => `acc-${String(index).padStart(3, '0')}`));
  }, HEAVY);
});
