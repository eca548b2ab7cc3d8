import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignNewAccount } from '../../../lib/assignment/assignNew';
import { assignCapture, assignStoredCapture } from '../../../lib/assignment/captureAssignment';
import { assignmentNotification, newlyMine } from '../../../lib/assignment/assignmentNotice';
import { assignmentCursorsItem, loadAssignment, saveAssignmentRules } from '../../../lib/assignment/assignmentStore';
import { assignmentText } from '../../../lib/assignment/assignmentText';
import { AssignmentRules, EMPTY_STATE } from '../../../lib/assignment/rules';
import { changesForNewLead, parseCaptureForm } from '../../../lib/capture';
import { commitChanges, getDB } from '../../../lib/db';
import { translatorFor } from '../../../lib/i18n';
import { Activity, GRADES, type Grade } from '../../../lib/model';
import { notificationTarget } from '../../../lib/reminders/notificationIds';
import { compileRuleSet, DEFAULT_RULE_SET, leadInputFrom, NO_SIGNALS, scoreLead } from '../../../lib/scoring';
import { account } from '../db/fixtures';

const compiled = compileRuleSet(DEFAULT_RULE_SET);
const everyone = AssignmentRules.parse({ rules: [{ id: 'all', name: 'Everyone', reps: ['Bo', 'Li'] }] });

function captured(now = 1_000) {
  const parsed = parseCaptureForm({ name: 'Northwind Logistics GmbH', domain: 'northwind-logistics.com', website: '', email: '', phone: '', address: '', description: '', personName: '', title: '' });
  if (!parsed.ok) throw new Error('bad form');
  return changesForNewLead(parsed.form, 'https://northwind-logistics.com/', now);
}

describe('assigning a new account', () => {
  it('sets the owner and adds an assignment activity to the same commit', () => {
    const lead = captured();
    const result = assignCapture(lead, everyone, EMPTY_STATE, { now: 1_000, compiled, actor: 'Bo' });
    expect(result.account.ownerId).toBe('Bo');
    const accountPut = result.changes.find((change) => change.store === 'accounts');
    expect(accountPut).toMatchObject({ op: 'put', record: { id: lead.account.id, ownerId: 'Bo' } });
    const activity = result.changes.find((change) => change.store === 'activities' && change.op === 'put' && change.record.kind === 'assignment');
    expect(activity).toBeDefined();
    const stored = Activity.parse((activity as { record: unknown }).record);
    expect(stored).toMatchObject({ accountId: lead.account.id, result: 'Bo', content: 'Everyone', actor: 'Bo' });
    expect(result.changes).toHaveLength(lead.changes.length + 1);
    expect(result.assignment.state.cursors).toEqual({ all: 0 });
  });

  it('leaves the capture as it was without rules, and never replaces an owner already named', () => {
    const lead = captured();
    expect(assignCapture(lead, AssignmentRules.parse({}), EMPTY_STATE, { now: 1, compiled }).changes).toEqual(lead.changes);
    const owned = assignNewAccount({ ...lead.account, ownerId: 'Zhang' }, everyone, EMPTY_STATE, { now: 1 });
    expect(owned).toMatchObject({ account: { ownerId: 'Zhang' }, activity: null, outcome: null });
  });

  it('matches region (or the address region), industry and the grade it is given', () => {
    const rules = AssignmentRules.parse({
      rules: [{ id: 'east-a', name: 'East, grade A', match: { regions: ['East'], industries: ['Logistics'], grades: ['A'] }, reps: ['Bo'] }],
      fallbackOwner: 'Ma',
    });
    const lead = account({ industry: 'logistics', address: { region: 'east' } });
    expect(assignNewAccount(lead, rules, EMPTY_STATE, { now: 1, grade: 'A' }).account.ownerId).toBe('Bo');
    expect(assignNewAccount(lead, rules, EMPTY_STATE, { now: 1, grade: 'B' }).account.ownerId).toBe('Ma');
    const none = assignNewAccount(lead, AssignmentRules.parse({ rules: rules.rules }), EMPTY_STATE, { now: 1, grade: 'B' });
    expect(none).toMatchObject({ activity: null, outcome: { ownerId: null, reason: { kind: 'unassigned', cause: 'noMatch' } } });
  });

  it('grades a new lead by its profile under the team rules when no grade is given', () => {
    const byGrade = (grade: Grade) => AssignmentRules.parse({ rules: [{ id: 'g', name: 'Graded', match: { grades: [grade] }, reps: ['Bo'] }], fallbackOwner: 'Ma' });
    const lead = captured();
    const grade = scoreLead(compiled, leadInputFrom(lead.account, []), NO_SIGNALS, 1).grade;
    const other = GRADES.find((candidate) => candidate !== grade)!;
    expect(assignCapture(lead, byGrade(grade), EMPTY_STATE, { now: 1, compiled }).account.ownerId).toBe('Bo');
    expect(assignCapture(lead, byGrade(other), EMPTY_STATE, { now: 1, compiled }).account.ownerId).toBe('Ma');
    // Without a profile or a grade, a grade rule cannot match: the fallback owner gets it.
    expect(assignNewAccount(lead.account, byGrade(grade), EMPTY_STATE, { now: 1 }).account.ownerId).toBe('Ma');
  });

  it('says in the timeline who got it and by which rule, in either language', () => {
    const en = translatorFor('en');
    const zh = translatorFor('zh_CN');
    expect(assignmentText({ kind: 'assignment', content: 'East, grade A', result: 'Bo' }, en)).toBe("Assigned to Bo by rule 'East, grade A'");
    expect(assignmentText({ kind: 'assignment', content: 'East, grade A', result: 'Bo' }, zh)).toContain('East, grade A');
    expect(assignmentText({ kind: 'assignment', content: '', result: 'Ma' }, en)).toMatch(/^Assigned to Ma \(fallback owner/);
    expect(assignmentText({ kind: 'note', content: 'x', result: 'Bo' }, en)).toBeNull();
  });
});

describe('telling the rep', () => {
  it('notifies only about accounts that have just become mine, and the click opens the account', () => {
    const changes = [
      { account: { id: 'a', name: 'Acme', ownerId: 'Bo' }, previousOwner: undefined },
      { account: { id: 'b', name: 'Globex', ownerId: 'Bo' }, previousOwner: 'Bo' },
      { account: { id: 'c', name: 'Initech', ownerId: 'Li' }, previousOwner: 'Bo' },
    ];
    expect(newlyMine(changes, 'Bo').map((account) => account.id)).toEqual(['a']);
    expect(newlyMine(changes, ' ')).toEqual([]);
    const notice = assignmentNotification({ id: 'a', name: 'Acme' }, translatorFor('en'));
    expect(notice.options).toMatchObject({ title: 'New lead assigned to you', message: 'Acme' });
    expect(notificationTarget(notice.id)).toEqual({ kind: 'account', accountId: 'a' });
  });
});

describe('stored rules and state', () => {
  beforeEach(() => fakeBrowser.reset());

  it("counts each capped rep's open accounts, so a full rep is passed over, and keeps the round-robin turn", async () => {
    const db = await getDB();
    await saveAssignmentRules(db, AssignmentRules.parse({ rules: [{ id: 'all', name: 'Everyone', reps: ['Bo', 'Li'], capacity: 2 }] }));
    await commitChanges(db, [
      { store: 'accounts', op: 'put', record: account({ id: 'o1', ownerId: 'Bo', stage: 'lead' }) },
      { store: 'accounts', op: 'put', record: account({ id: 'o2', ownerId: 'Bo', stage: 'negotiation' }) },
      { store: 'accounts', op: 'put', record: account({ id: 'o3', ownerId: 'Li', stage: 'won' }) },
      { store: 'accounts', op: 'put', record: account({ id: 'o4', ownerId: 'Li', stage: 'lost' }) },
    ]);
    expect((await loadAssignment(db)).state).toEqual({ cursors: {}, loads: { Bo: 2 } });

    const first = await assignStoredCapture(db, captured(), { now: 1, compiled });
    expect(first.account.ownerId).toBe('Li');
    await commitChanges(db, first.changes);
    await first.remember();
    expect(await assignmentCursorsItem.getValue()).toEqual({ all: 1 });
    // Bo is still full; Li now has one open account of two.
    expect((await assignStoredCapture(db, captured(), { now: 2, compiled })).account.ownerId).toBe('Li');
  });

  it('assigns nothing when the stored rules are invalid', async () => {
    const db = await getDB();
    await db.put('teamSettings', { id: 'team-setting-assignmentRules', name: 'assignmentRules', value: { rules: 'not a list' }, createdAt: 1, updatedAt: 1, version: 3 });
    const result = await assignStoredCapture(db, captured(), { now: 1, compiled });
    expect(result.account.ownerId).toBeUndefined();
  });
});
