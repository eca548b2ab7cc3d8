import { describe, expect, it } from 'vitest';
import { changesForMergedCapture, mergeRows, mergeValuesOfAccount, parseCaptureForm, planAccountMerge } from '../../../lib/capture';
import { chooseMergeSide, startMergeSession } from '../../../lib/capture/mergeSession';
import type { Activity, Contact, Task } from '../../../lib/model';
import { account } from '../db/fixtures';

const kept = account({ id: 'kept', name: 'Acme Robotics', domain: 'acme.com', website: 'https://acme.com', emails: ['sales@acme.com'], phones: ['+14155550134'], version: 4 });
const away = account({ id: 'away', name: 'ACME Robotics Inc.', domain: 'acme-robotics.com', description: 'Robots for warehouses', emails: ['info@acme-robotics.com'], phones: ['+14155550134'], version: 2 });

const contact = (overrides: Partial<Contact>): Contact => ({ id: 'c', createdAt: 1, updatedAt: 1, version: 1, accountId: 'away', name: 'Jane', ...overrides });
const activity = (overrides: Partial<Activity>): Activity => ({ id: 'a', createdAt: 1, updatedAt: 1, version: 1, accountId: 'away', kind: 'call', at: 1, content: '', ...overrides });
const task: Task = { id: 't1', createdAt: 1, updatedAt: 1, version: 1, accountId: 'away', title: 'Call back', dueAt: 5, status: 'open' };

describe('merge rows', () => {
  it('one row per differing field; the existing value is picked unless it is empty', () => {
    expect(mergeRows(mergeValuesOfAccount(kept), mergeValuesOfAccount(away))).toEqual([
      { field: 'name', kept: 'Acme Robotics', other: 'ACME Robotics Inc.', defaultSide: 'kept' },
      { field: 'domain', kept: 'acme.com', other: 'acme-robotics.com', defaultSide: 'kept' },
      { field: 'description', kept: '', other: 'Robots for warehouses', defaultSide: 'other' },
    ]);
  });

  it('the session records the rep’s pick per field', () => {
    const session = chooseMergeSide(startMergeSession(kept, { kind: 'account', account: away }, {}), 'name', 'other');
    expect(session.choices).toEqual({ name: 'other', domain: 'kept', description: 'other' });
  });
});

describe('planAccountMerge', () => {
  const plan = planAccountMerge({
    kept,
    mergedAway: away,
    choices: { name: 'other' },
    keptContacts: [contact({ id: 'k1', accountId: 'kept', email: 'jane@acme.com' })],
    mergedContacts: [contact({ id: 'm1', email: 'jane@acme.com', title: 'CTO' }), contact({ id: 'm2', name: 'Bob', email: 'bob@acme.com' })],
    mergedActivities: [activity({ id: 'a1', contactId: 'm1' }), activity({ id: 'a2' })],
    mergedTasks: [task],
    now: 100,
  });

  it('keeps the picked values and both lists of emails and phones', () => {
    expect(plan.account).toMatchObject({ id: 'kept', name: 'ACME Robotics Inc.', domain: 'acme.com', description: 'Robots for warehouses', version: 4, updatedAt: 100 });
    expect(plan.account.emails).toEqual(['sales@acme.com', 'info@acme-robotics.com']);
    expect(plan.account.phones).toEqual(['+14155550134']);
  });

  it('re-points contacts, activities and tasks, folds a twin contact, notes the merge, deletes the other account', () => {
    const summary = plan.changes.map((change) => (change.op === 'put' ? `${change.store}:put:${change.record.id}` : `${change.store}:delete:${change.id}@${change.baseVersion}`));
    expect(summary).toEqual([
      'accounts:put:kept',
      'contacts:put:k1',
      'contacts:delete:m1@1',
      'contacts:put:m2',
      'activities:put:a1',
      'activities:put:a2',
      'tasks:put:t1',
      expect.stringMatching(/^activities:put:/),
      'accounts:delete:away@2',
    ]);
    const records = plan.changes.flatMap((change) => (change.op === 'put' ? [change.record] : []));
    expect(records.filter((record) => 'accountId' in record).every((record) => (record as { accountId: string }).accountId === 'kept')).toBe(true);
    expect(records.find((record) => record.id === 'a1')).toMatchObject({ contactId: 'k1' });
    expect(records.find((record) => record.id === 'k1')).toMatchObject({ title: 'CTO' });
  });

  it('refuses to merge an account into itself', () => {
    expect(() => planAccountMerge({ kept, mergedAway: kept, choices: {}, keptContacts: [], mergedContacts: [], mergedActivities: [], mergedTasks: [], now: 1 })).toThrow(RangeError);
  });
});

describe('changesForMergedCapture', () => {
  it('saves a capture into an existing account with the picked fields', () => {
    const parsed = parseCaptureForm({ name: 'Acme Robotics Ltd', domain: 'acme.com', website: 'https://www.acme.com', email: '', phone: '+1 415 555 0199', address: '1 Main St', description: '', personName: '', title: '' });
    if (!parsed.ok) throw new Error('form');
    const { account: merged, changes } = changesForMergedCapture(kept, parsed.form, { name: 'other', website: 'kept' }, 'https://acme.com', 50);
    expect(merged).toMatchObject({ id: 'kept', name: 'Acme Robotics Ltd', website: 'https://acme.com', address: { text: '1 Main St' }, phones: ['+14155550134', '+1 415 555 0199'] });
    expect(changes.map((change) => change.store)).toEqual(['accounts', 'activities']);
  });
});
