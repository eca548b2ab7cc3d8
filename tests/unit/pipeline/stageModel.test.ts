import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../lib/model';
import { createStageModel, stageView } from '../../../lib/pipeline/panel/stageModel';
import { account, activity } from './fixtures';
import { fakePipelineDeps } from './panelFakes';

const NOW = Date.parse('2025-03-11T10:00:00+08:00');

describe('stage section model', () => {
  it('shows the current stage’s criteria, marks the hand-ticked ones, and only the allowed moves', () => {
    const view = stageView(account({}, 'A'), [activity('call', NOW - 1000)]);
    expect(view.criteria.map(({ id, met, item }) => ({ id, met, item }))).toEqual([
      { id: 'leadGradedAB', met: true, item: undefined },
      { id: 'leadFirstContact', met: true, item: undefined },
      { id: 'leadInterestConfirmed', met: false, item: 'interestConfirmed' },
    ]);
    expect(view.moves).toEqual([
      { to: 'prospect', needsReason: true },
      { to: 'nurture', needsReason: false },
      { to: 'disqualified', needsReason: true },
    ]);
  });

  it('ticking an item stores who and when on the account', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    await createStageModel(deps).setChecked(account(), 'interestConfirmed', true);
    const [{ changes }] = commits as [(typeof commits)[number]];
    expect(changes).toEqual([{ store: 'accounts', op: 'put', record: expect.objectContaining({ checklist: { interestConfirmed: { at: NOW, by: 'Li Lei' } } }) }]);
  });

  it('a move with unmet criteria opens the reason form; the reason is kept and the stage changes in the same commit', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createStageModel(deps);
    const lead: Account = account();
    await model.chooseMove(lead, [], 'prospect');
    expect(commits).toEqual([]);
    expect(model.pending.value).toMatchObject({ to: 'prospect', unmetCriteria: ['leadGradedAB', 'leadFirstContact', 'leadInterestConfirmed'] });
    expect(model.error.value).toBeNull();

    await model.confirmMove(lead, []);
    expect(model.error.value).toBe('pipelineMoveErrorReasonRequired');
    expect(commits).toEqual([]);

    model.setReason('  Demo booked by the CFO  ');
    await model.confirmMove(lead, []);
    expect(commits).toHaveLength(1);
    const [accountChange, activityChange] = commits[0]!.changes;
    expect(accountChange).toMatchObject({ store: 'accounts', record: { stage: 'prospect', updatedAt: NOW } });
    expect(activityChange).toMatchObject({
      store: 'activities',
      record: {
        kind: 'stage_change',
        result: 'prospect',
        content: 'Demo booked by the CFO',
        stageChange: { from: 'lead', to: 'prospect', by: 'Li Lei', reason: 'Demo booked by the CFO', unmetCriteria: ['leadGradedAB', 'leadFirstContact', 'leadInterestConfirmed'] },
      },
    });
    expect(model.pending.value).toBeNull();
  });

  it('parking in nurture needs no reason and commits at once; a failed write is reported', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createStageModel(deps);
    await model.chooseMove(account(), [], 'nurture');
    expect(commits).toHaveLength(1);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    deps.commit = async () => {
      throw new Error('quota');
    };
    await model.chooseMove(account(), [], 'nurture');
    expect(model.error.value).toBe('pipelineSaveFailed');
  });
});
