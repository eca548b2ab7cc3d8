import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/model/activity';
import { tickChecklist } from '../../../lib/pipeline/checklist';
import { defaultPlaybook, STRICT_FIRST_CONTACT_HOURS } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { nextActionsFor, type NextActionsContext } from '../../../lib/pipeline/playbook/nextActions';
import type { Account } from '../../../lib/model/account';
import type { PipelineTask } from '../../../lib/pipeline/pipelineTask';
import { completeTask, reassignTask, snoozeTask } from '../../../lib/pipeline/taskActions';
import { taskFromDraft } from '../../../lib/pipeline/taskDraft';
import { at, shanghai2025 } from './calendarFixtures';
import { DAY, HOUR, account, activity, task } from './fixtures';

const iso = (ms: number) => new Date(ms).toISOString();
// Monday 10 March 2025, 09:00 in Shanghai.
const CAPTURED = at('2025-03-10T09:00:00+08:00');

function context(overrides: Partial<NextActionsContext> = {}): NextActionsContext {
  return { activities: [], tasks: [], now: CAPTURED + HOUR, calendar: shanghai2025, playbook: defaultPlaybook(), ...overrides };
}
const ruleIds = (account: Account, ctx: NextActionsContext) => nextActionsFor(account, ctx).map((draft) => draft.ruleId);

describe('default playbook: first contact', () => {
  it('an A or B lead gets first contact due 48 h after capture', () => {
    for (const grade of ['A', 'B'] as const) {
      expect(nextActionsFor(account({}, grade), context())).toEqual([
        { accountId: 'acc-1', ruleId: 'leadFirstContact', triggerAt: CAPTURED, title: { key: 'pipelineActionFirstContact' }, dueAt: CAPTURED + 48 * HOUR, priority: 'high' },
      ]);
    }
  });

  it('a C or unscored lead gets nothing; the scoring grade beats the stored one', () => {
    expect(nextActionsFor(account({}, 'C'), context())).toEqual([]);
    expect(nextActionsFor(account(), context())).toEqual([]);
    expect(ruleIds(account({}, 'C'), context({ grade: 'A' }))).toEqual(['leadFirstContact']);
  });

  it('the stricter plan makes it 2 h', () => {
    const [draft] = nextActionsFor(account({}, 'A'), context({ playbook: defaultPlaybook({ firstContactHours: STRICT_FIRST_CONTACT_HOURS }) }));
    expect(draft?.dueAt).toBe(CAPTURED + 2 * HOUR);
  });

  it('already done by a call logged after capture: nothing to propose', () => {
    expect(ruleIds(account({}, 'A'), context({ activities: [activity('note', CAPTURED + 1)] }))).toEqual(['leadFirstContact']);
    expect(ruleIds(account({}, 'A'), context({ activities: [activity('call', CAPTURED + 1)] }))).toEqual(['bookNeedsMeeting']);
  });
});

describe('idempotency', () => {
  it('never proposes a rule that has an open or snoozed task', () => {
    for (const status of ['open', 'snoozed'] as const) {
      const existing = task({ ruleId: 'leadFirstContact', status, triggerAt: CAPTURED, createdAt: CAPTURED });
      expect(nextActionsFor(account({}, 'A'), context({ tasks: [existing] }))).toEqual([]);
    }
  });

  it('never re-proposes a task done or cancelled for the same trigger', () => {
    const done = task({ ruleId: 'leadFirstContact', status: 'done', triggerAt: CAPTURED, completedAt: CAPTURED + HOUR });
    const cancelled = task({ ruleId: 'leadFirstContact', status: 'cancelled', triggerAt: CAPTURED });
    expect(ruleIds(account({}, 'A'), context({ tasks: [done] }))).not.toContain('leadFirstContact');
    expect(ruleIds(account({}, 'A'), context({ tasks: [cancelled] }))).toEqual([]);
  });

  it('treats a stored task without triggerAt as answering triggers before it was created', () => {
    const legacy = task({ ruleId: 'leadFirstContact', status: 'cancelled', createdAt: CAPTURED + 1 });
    expect(nextActionsFor(account({}, 'A'), context({ tasks: [legacy] }))).toEqual([]);
  });

  it('ignores other accounts\' tasks and activities', () => {
    const elsewhere = { accountId: 'acc-2' };
    const ctx = context({ tasks: [task({ ...elsewhere, ruleId: 'leadFirstContact' })], activities: [activity('call', CAPTURED + 1, elsewhere)] });
    expect(ruleIds(account({}, 'A'), ctx)).toEqual(['leadFirstContact']);
  });

  it('gives the same answer when asked twice, and nothing once the drafts are stored', () => {
    const ctx = context();
    const first = nextActionsFor(account({}, 'A'), ctx);
    expect(nextActionsFor(account({}, 'A'), ctx)).toEqual(first);
    const stored = first.map((draft, i) => taskFromDraft(draft, { id: `t${i}`, now: ctx.now }));
    expect(nextActionsFor(account({}, 'A'), { ...ctx, tasks: stored })).toEqual([]);
  });
});

describe('done → the next action appears', () => {
  it('capture → first contact → book needs meeting → write up needs', () => {
    const lead = account({}, 'A');
    let now = CAPTURED + HOUR;
    const activities: Activity[] = [];
    let tasks: PipelineTask[] = nextActionsFor(lead, context({ now })).map((draft) => taskFromDraft(draft, { id: 'first', now }));
    expect(tasks.map((t) => [t.ruleId, iso(t.dueAt)])).toEqual([['leadFirstContact', '2025-03-12T01:00:00.000Z']]);

    // The rep calls on Tuesday at 10:00 and marks the task done, which logs the call.
    now = at('2025-03-11T10:00:00+08:00');
    const completed = completeTask(tasks[0]!, { now, actor: 'rep', activityId: 'call-1', activityKind: 'call', result: 'interested' });
    if (!completed.ok) throw new Error('expected completion');
    tasks = [completed.task];
    activities.push(completed.activity);
    const [book] = nextActionsFor(lead, context({ now, tasks, activities }));
    expect(book).toMatchObject({ ruleId: 'bookNeedsMeeting', triggerAt: now, title: { key: 'pipelineActionBookNeedsMeeting', params: { daysAhead: 3 } } });
    expect(iso(book!.dueAt)).toBe('2025-03-13T02:00:00.000Z'); // Thursday 10:00, two working days later
    tasks.push(taskFromDraft(book!, { id: 'book', now }));

    // Wednesday the rep books the meeting for next Monday (≥ 3 days ahead): booking is done.
    now = at('2025-03-12T11:00:00+08:00');
    const meetingAt = at('2025-03-17T14:00:00+08:00');
    activities.push(activity('meeting', meetingAt, { createdAt: now }));
    const moved = { ...lead, stage: 'prospect' as const };
    expect(nextActionsFor(moved, context({ now, tasks, activities })).map((d) => d.ruleId)).toEqual([]);
    // The open booking task is now superfluous; the caller may close it. Once it is done, nothing reappears.
    tasks = tasks.map((t) => (t.id === 'book' ? { ...t, status: 'done' as const, completedAt: now } : t));

    // After the meeting has happened, the write-up is due 24 h after it.
    now = meetingAt + 2 * HOUR;
    const [writeUp] = nextActionsFor(moved, context({ now, tasks, activities }));
    expect(writeUp).toMatchObject({ ruleId: 'shareNeedsWriteUp', triggerAt: meetingAt, dueAt: meetingAt + 24 * HOUR, priority: 'high' });
  });

  it('marking the task done without an activity also unlocks the next action', () => {
    const done = task({ ruleId: 'leadFirstContact', status: 'done', triggerAt: CAPTURED, completedAt: CAPTURED + 3 * HOUR });
    const [book] = nextActionsFor(account({}, 'B'), context({ now: CAPTURED + 4 * HOUR, tasks: [done] }));
    expect(book).toMatchObject({ ruleId: 'bookNeedsMeeting', triggerAt: CAPTURED + 3 * HOUR });
  });
});

describe('default playbook: contract, survey, nurture, VIP', () => {
  it('signed contract → enter it within 1 working day (Friday → Monday, same time)', () => {
    const signedAt = at('2025-03-14T16:30:00+08:00');
    const negotiating = account({ stage: 'negotiation', checklist: tickChecklist(undefined, 'contractSigned', signedAt) });
    expect(nextActionsFor(negotiating, context({ now: signedAt - 1 }))).toEqual([]);
    const [enter] = nextActionsFor(negotiating, context({ now: signedAt + HOUR }));
    expect(enter).toMatchObject({ ruleId: 'enterSignedContract', priority: 'high' });
    expect(iso(enter!.dueAt)).toBe('2025-03-17T08:30:00.000Z');
  });

  it('delivery accepted → satisfaction survey within 3 working days, skipping Golden Week; done by the survey tick', () => {
    const acceptedAt = at('2025-09-29T10:00:00+08:00'); // Monday
    const won = account({ stage: 'won', checklist: tickChecklist(undefined, 'deliveryAccepted', acceptedAt) });
    const [survey] = nextActionsFor(won, context({ now: acceptedAt + HOUR }));
    expect(survey?.ruleId).toBe('satisfactionSurvey');
    expect(iso(survey!.dueAt)).toBe('2025-10-10T02:00:00.000Z'); // Tue 30 Sep, Thu 9 Oct, Fri 10 Oct
    const surveyed = { ...won, checklist: tickChecklist(won.checklist, 'satisfactionSurveyed', acceptedAt + DAY) };
    expect(nextActionsFor(surveyed, context({ now: acceptedAt + 2 * DAY }))).toEqual([]);
  });

  it('nurture: a touch a week after the last contact; each touch restarts the clock', () => {
    const enteredAt = at('2025-03-12T15:00:00+08:00');
    const stageEntry = activity('stage_change', enteredAt, { result: 'nurture' });
    const nurtured = account({ stage: 'nurture' }, 'C');
    const [first] = nextActionsFor(nurtured, context({ now: enteredAt + HOUR, activities: [stageEntry] }));
    expect(first).toMatchObject({ ruleId: 'nurtureTouch', triggerAt: enteredAt, priority: 'low' });
    expect(iso(first!.dueAt)).toBe('2025-03-19T07:00:00.000Z');

    const stored = taskFromDraft(first!, { id: 'touch-1', now: enteredAt + HOUR });
    const sentAt = at('2025-03-19T10:00:00+08:00');
    const completed = completeTask(stored, { now: sentAt, actor: 'rep', activityId: 'mail-1', activityKind: 'email' });
    if (!completed.ok) throw new Error('expected completion');
    const [second] = nextActionsFor(nurtured, context({ now: sentAt + HOUR, activities: [stageEntry, completed.activity], tasks: [completed.task] }));
    expect(second).toMatchObject({ ruleId: 'nurtureTouch', triggerAt: sentAt });
    expect(iso(second!.dueAt)).toBe('2025-03-26T02:00:00.000Z');

    // Completed with a note only: the completion itself restarts the clock.
    const noteOnly = completeTask(stored, { now: sentAt, actor: 'rep', activityId: 'note-1', activityKind: 'note' });
    if (!noteOnly.ok) throw new Error('expected completion');
    expect(nextActionsFor(nurtured, context({ now: sentAt + HOUR, activities: [stageEntry, noteOnly.activity], tasks: [noteOnly.task] }))[0]?.triggerAt).toBe(sentAt);
  });

  it('VIP customers: a contact 30 days after the last one; others get none', () => {
    const lastCall = at('2025-03-03T10:00:00+08:00');
    const vip = account({ stage: 'won', tags: ['VIP'], capturedAt: lastCall - 200 * DAY });
    const [contact] = nextActionsFor(vip, context({ now: lastCall + DAY, activities: [activity('call', lastCall)] }));
    expect(contact).toMatchObject({ ruleId: 'vipMonthlyContact', triggerAt: lastCall, dueAt: lastCall + 30 * DAY });
    expect(nextActionsFor({ ...vip, tags: [] }, context({ now: lastCall + DAY, activities: [activity('call', lastCall)] }))).toEqual([]);
  });

  it('disabled rules and stages outside a rule propose nothing', () => {
    const playbook = defaultPlaybook();
    const disabled = { ...playbook, rules: playbook.rules.map((rule) => ({ ...rule, enabled: false })) };
    expect(nextActionsFor(account({}, 'A'), context({ playbook: disabled }))).toEqual([]);
    expect(nextActionsFor(account({ stage: 'lost' }, 'A'), context())).toEqual([]);
  });
});

describe('snooze and reassign', () => {
  const open = task({ ruleId: 'leadFirstContact', dueAt: 1_000 });

  it('snoozing needs a reason and a future time, and moves the deadline', () => {
    expect(snoozeTask(open, { until: 5_000, reason: ' ', now: 2_000 })).toEqual({ ok: false, error: 'reasonRequired' });
    expect(snoozeTask(open, { until: 2_000, reason: 'On holiday', now: 2_000 })).toEqual({ ok: false, error: 'notInFuture' });
    expect(snoozeTask(open, { until: 5_000, reason: ' Customer on holiday ', now: 2_000 })).toEqual({
      ok: true,
      task: { ...open, status: 'snoozed', dueAt: 5_000, snoozeReason: 'Customer on holiday', updatedAt: 2_000 },
    });
  });

  it('reassigning changes the assignee only; closed tasks stay closed', () => {
    expect(reassignTask(open, { assignee: 'am@acme', now: 3_000 })).toEqual({ ok: true, task: { ...open, assignee: 'am@acme', updatedAt: 3_000 } });
    expect(reassignTask(open, { assignee: '', now: 3_000 })).toEqual({ ok: false, error: 'assigneeRequired' });
    const done = { ...open, status: 'done' as const };
    expect(reassignTask(done, { assignee: 'am@acme', now: 3_000 })).toEqual({ ok: false, error: 'notActive' });
    expect(snoozeTask(done, { until: 9_000, reason: 'x', now: 3_000 })).toEqual({ ok: false, error: 'notActive' });
    expect(completeTask(done, { now: 3_000, actor: 'rep', activityId: 'a', activityKind: 'note' })).toEqual({ ok: false, error: 'notActive' });
  });
});
