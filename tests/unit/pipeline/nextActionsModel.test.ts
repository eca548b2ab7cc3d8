import { describe, expect, it } from 'vitest';
import { createNextActionsModel, completionKind } from '../../../lib/pipeline/panel/nextActionsModel';
import { toLocalInput } from '../../../lib/pipeline/panel/localInput';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { HOUR, task } from './fixtures';
import { fakePipelineDeps, flush } from './panelFakes';

const NOW = Date.parse('2025-03-11T10:00:00+08:00');

describe('next actions model', () => {
  it('shows the account’s open and snoozed tasks, soonest first, after running the playbook once', async () => {
    const tasks = [task({ id: 'late', dueAt: NOW + 5 * HOUR }), task({ id: 'soon', dueAt: NOW + HOUR, status: 'snoozed' }), task({ id: 'closed', status: 'done' }), task({ id: 'other', accountId: 'acc-2' })];
    const { deps } = fakePipelineDeps(NOW, tasks);
    const model = createNextActionsModel(deps);
    model.show('acc-1');
    await flush();
    expect(model.tasks.value.map((t) => t.id)).toEqual(['soon', 'late']);
    expect(deps.syncAccount).toHaveBeenCalledWith('acc-1');
    model.show('acc-1');
    expect(deps.syncAccount).toHaveBeenCalledTimes(1);
  });

  it('Done writes the task and the activity in one commit; first contact logs a call', async () => {
    const first = task({ id: 't1', ruleId: 'leadFirstContact', dueAt: NOW + HOUR });
    const { deps, commits } = fakePipelineDeps(NOW, [first]);
    const model = createNextActionsModel(deps);
    await model.done(first, 'Make first contact with this lead');
    expect(commits).toHaveLength(1);
    expect(commits[0]!.changes).toEqual([
      { store: 'tasks', op: 'put', record: expect.objectContaining({ id: 't1', status: 'done', completedAt: NOW }) },
      { store: 'activities', op: 'put', record: expect.objectContaining({ kind: 'call', content: 'Make first contact with this lead', actor: 'Li Lei', at: NOW }) },
    ]);
    expect(completionKind(task({ ruleId: 'bookNeedsMeeting' }), defaultPlaybook())).toBe('note');
  });

  it('Snooze asks for a reason and a future time; Reassign for a name', async () => {
    const open = task({ id: 't1', dueAt: NOW + HOUR });
    const { deps, commits } = fakePipelineDeps(NOW, [open]);
    const model = createNextActionsModel(deps);
    model.show('acc-1');
    await flush();

    model.openSnooze(open);
    await model.submitForm();
    expect(model.error.value).toEqual({ taskId: 't1', key: 'pipelineTaskErrorReasonRequired' });
    model.editForm({ reason: 'Customer at a trade fair', until: toLocalInput(NOW - HOUR) });
    await model.submitForm();
    expect(model.error.value?.key).toBe('pipelineTaskErrorNotInFuture');
    model.editForm({ until: toLocalInput(NOW + 24 * HOUR) });
    await model.submitForm();
    expect(commits[0]!.changes[0]).toMatchObject({ record: { status: 'snoozed', snoozeReason: 'Customer at a trade fair' } });
    expect(model.form.value).toBeNull();

    model.openReassign(open);
    model.editForm({ assignee: '  ' });
    await model.submitForm();
    expect(model.error.value?.key).toBe('pipelineTaskErrorAssigneeRequired');
    model.editForm({ assignee: 'Wang Fang' });
    await model.submitForm();
    expect(commits[1]!.changes[0]).toMatchObject({ record: { assignee: 'Wang Fang' } });
  });
});
