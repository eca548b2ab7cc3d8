import { describe, expect, it } from 'vitest';
import { openLeadKitDB } from '../../../lib/db';
import type { Activity, Task } from '../../../lib/model';
import { satisfactionFor } from '../../../lib/satisfaction/dashboard/satisfactionRequest';
import { readSatisfactionInputs } from '../../../lib/satisfaction/readSatisfaction';
import { account } from '../db/fixtures';

const DAY = 86_400_000;
const NOW = 400 * DAY;
const activity = (id: string, accountId: string, kind: Activity['kind'], at: number, extra: Partial<Activity> = {}): Activity => ({ id, createdAt: at, updatedAt: at, version: 0, accountId, kind, at, content: '', ...extra });

describe('reading surveys and complaints', () => {
  it('upgrade 11 indexes the activities a v10 database already holds by kind and time', async () => {
    const v10 = await openLeadKitDB('v10-satisfaction', 10);
    await v10.put('activities', activity('old-survey', 'a1', 'survey', NOW - DAY, { survey: { nps: 9 } }));
    await v10.put('activities', activity('old-call', 'a1', 'call', NOW - DAY));
    v10.close();
    const db = await openLeadKitDB('v10-satisfaction', 11);
    expect(await db.count('activities')).toBe(2);
    expect(await db.getAllKeysFromIndex('activities', 'byKindAt', IDBKeyRange.bound(['survey', 0], ['survey', NOW]))).toEqual(['old-survey']);
    db.close();
  });

  it('reads only the range\'s surveys and complaints, their accounts and the complaint rule\'s tasks', async () => {
    const db = await openLeadKitDB('satisfaction-read');
    await db.put('accounts', account({ id: 'a1', domain: 'acme.com', stage: 'won', ownerId: 'ana' }));
    await db.put('accounts', account({ id: 'a2', domain: 'globex.com', stage: 'won', ownerId: 'bo' }));
    for (let i = 0; i < 50; i++) await db.put('activities', activity(`call-${i}`, 'a1', 'call', NOW - i * DAY));
    await db.put('activities', activity('s1', 'a1', 'survey', NOW - DAY, { survey: { nps: 10 } }));
    await db.put('activities', activity('s2', 'a1', 'survey', NOW - 2 * DAY, { survey: { nps: 5, csat: 4 } }));
    await db.put('activities', activity('s-old', 'a1', 'survey', NOW - 200 * DAY, { survey: { nps: 0 } }));
    await db.put('activities', activity('c1', 'a2', 'complaint', NOW - 3 * DAY));
    const task = (id: string, ruleId: string): Task => ({ id, createdAt: 0, updatedAt: 0, version: 0, accountId: 'a2', ruleId, title: 't', dueAt: NOW, status: 'done', triggerAt: NOW - 3 * DAY, completedAt: NOW - 3 * DAY + 3_600_000 });
    await db.put('tasks', task('t1', 'complaintResponsePlan'));
    await db.put('tasks', task('t2', 'vipMonthlyContact'));

    const inputs = await readSatisfactionInputs(db, { from: NOW - 30 * DAY, to: NOW + 1 });
    expect(inputs.activities.map((a) => a.id).sort()).toEqual(['c1', 's1', 's2']);
    expect([...inputs.accounts.keys()].sort()).toEqual(['a1', 'a2']);
    expect(inputs.tasks.map((t) => (t as Task).id)).toEqual(['t1']);

    const report = await satisfactionFor(db, { period: { from: NOW - 30 * DAY, to: NOW + 1 }, now: NOW });
    expect(report.reps.map((row) => [row.rep, row.measure.nps, row.measure.csatAverage, row.measure.complaintsAnsweredOnTime])).toEqual([
      ['ana', 0, 4, 0],
      ['bo', null, null, 1],
    ]);
    db.close();
  });
});
