import { describe, expect, it } from 'vitest';
import { tickChecklist, untickChecklist } from '../../../lib/pipeline/checklist';
import { exitCriteria } from '../../../lib/pipeline/exitCriteria';
import { planStageMove } from '../../../lib/pipeline/stageChange';
import { stageChangeActivity, stageEnteredAt } from '../../../lib/pipeline/stageHistory';
import { HOUR, account, activity } from './fixtures';

const unmet = (criteria: Array<{ id: string; met: boolean }>) => criteria.filter((c) => !c.met).map((c) => c.id);

describe('exit criteria', () => {
  it('lead: graded A/B, first contact after capture, interest confirmed', () => {
    const lead = account({}, 'C');
    expect(unmet(exitCriteria(lead, { activities: [] }))).toEqual(['leadGradedAB', 'leadFirstContact', 'leadInterestConfirmed']);

    const contacted = [activity('note', lead.capturedAt + HOUR), activity('call', lead.capturedAt - HOUR)];
    expect(unmet(exitCriteria(lead, { activities: contacted, grade: 'B' }))).toEqual(['leadFirstContact', 'leadInterestConfirmed']);

    const ready = { ...lead, checklist: tickChecklist(undefined, 'interestConfirmed', lead.capturedAt + 2 * HOUR, 'rep') };
    const criteria = exitCriteria(ready, { activities: [activity('email', lead.capturedAt + HOUR)], grade: 'A' });
    expect(unmet(criteria)).toEqual([]);
    expect(criteria[0]).toEqual({ id: 'leadGradedAB', met: true, labelKey: 'pipelineCriterionLeadGradedAB' });
  });

  it('lead: the stored grade counts when the scoring module gave none', () => {
    expect(exitCriteria(account({}, 'A'), { activities: [] })[0]?.met).toBe(true);
    expect(exitCriteria(account({}, 'A'), { activities: [], grade: 'C' })[0]?.met).toBe(false);
  });

  it('prospect: pains, decision process, budget, timeline recorded and needs ranked', () => {
    const empty = account({ stage: 'prospect' });
    expect(unmet(exitCriteria(empty, { activities: [] }))).toEqual([
      'prospectPains', 'prospectDecisionProcess', 'prospectBudget', 'prospectTimeline', 'prospectNeedsRanked',
    ]);
    const needs = {
      pains: [{ id: 'n1', description: 'Manual quoting', kind: 'rigid' as const, priority: 'expected' as const }],
      decisionProcess: 'CFO signs above 50k',
      decisionMakers: ['CFO'],
      budget: '  ',
      timeline: 'Q3',
      currentSolution: '',
      competitors: [],
    };
    expect(unmet(exitCriteria(account({ stage: 'prospect', needs }), { activities: [] }))).toEqual(['prospectBudget', 'prospectNeedsRanked']);
    const ranked = { ...needs, budget: '100k', pains: [{ ...needs.pains[0]!, priority: 'must' as const }] };
    expect(unmet(exitCriteria(account({ stage: 'prospect', needs: ranked }), { activities: [] }))).toEqual([]);
  });

  it('opportunity, negotiation, won and renewal are checklist ticks', () => {
    let checklist = tickChecklist(undefined, 'solutionDrafted', 1);
    expect(unmet(exitCriteria(account({ stage: 'opportunity', checklist }), { activities: [] }))).toEqual([
      'opportunitySolutionReviewed', 'opportunitySolutionPresented',
    ]);
    checklist = tickChecklist(checklist, 'termsConfirmed', 2);
    expect(unmet(exitCriteria(account({ stage: 'negotiation', checklist }), { activities: [] }))).toEqual(['negotiationContractSigned']);
    checklist = untickChecklist(checklist, 'termsConfirmed');
    expect(unmet(exitCriteria(account({ stage: 'negotiation', checklist }), { activities: [] }))).toEqual([
      'negotiationTermsConfirmed', 'negotiationContractSigned',
    ]);
    expect(exitCriteria(account({ stage: 'won' }), { activities: [] }).map((c) => c.id)).toEqual([
      'wonDeliveryKickedOff', 'wonDeliveryAccepted', 'wonSatisfactionSurveyed',
    ]);
    expect(exitCriteria(account({ stage: 'renewal' }), { activities: [] }).map((c) => c.id)).toEqual(['renewalSecondDealOrReferral']);
  });

  it('side states have no checklist', () => {
    for (const stage of ['nurture', 'lost', 'disqualified'] as const) expect(exitCriteria(account({ stage }), { activities: [] })).toEqual([]);
  });
});

describe('planStageMove', () => {
  const context = { activities: [], now: 1_000, actor: 'rep@acme' };

  it('refuses a move the table does not allow, whatever the reason', () => {
    expect(planStageMove(account(), 'won', context, 'big deal')).toEqual({ ok: false, error: 'notAllowed', unmetCriteria: [] });
    expect(planStageMove(account(), 'lead', context).ok).toBe(false);
  });

  it('asks for a reason when exit criteria are unmet, and keeps it with the unmet list', () => {
    const lead = account({}, 'A');
    expect(planStageMove(lead, 'prospect', context)).toEqual({
      ok: false,
      error: 'reasonRequired',
      unmetCriteria: ['leadFirstContact', 'leadInterestConfirmed'],
    });
    expect(planStageMove(lead, 'prospect', context, '   ').ok).toBe(false);
    expect(planStageMove(lead, 'prospect', context, ' Met at the fair; interest is clear ')).toEqual({
      ok: true,
      stageChange: {
        accountId: 'acc-1',
        from: 'lead',
        to: 'prospect',
        at: 1_000,
        by: 'rep@acme',
        reason: 'Met at the fair; interest is clear',
        unmetCriteria: ['leadFirstContact', 'leadInterestConfirmed'],
      },
    });
  });

  it('moves without a reason when every criterion is met', () => {
    const lead = account({ checklist: tickChecklist(undefined, 'interestConfirmed', 500) }, 'B');
    const plan = planStageMove(lead, 'prospect', { ...context, activities: [activity('call', lead.capturedAt + 1)] });
    expect(plan).toEqual({ ok: true, stageChange: { accountId: 'acc-1', from: 'lead', to: 'prospect', at: 1_000, by: 'rep@acme', unmetCriteria: [] } });
  });

  it('parks in nurture without criteria, but lost and disqualified always say why', () => {
    expect(planStageMove(account({}, 'C'), 'nurture', context).ok).toBe(true);
    expect(planStageMove(account({}, 'C'), 'disqualified', context)).toEqual({ ok: false, error: 'reasonRequired', unmetCriteria: [] });
    expect(planStageMove(account({ stage: 'prospect' }), 'lost', context, 'Chose a competitor').ok).toBe(true);
  });

  it('records the change in the timeline, where the playbook finds when a stage began', () => {
    const plan = planStageMove(account({ stage: 'lead' }), 'nurture', { ...context, now: 5_000 });
    if (!plan.ok) throw new Error('expected a move');
    const entry = stageChangeActivity(plan.stageChange, 'act-stage');
    expect(entry).toMatchObject({ kind: 'stage_change', result: 'nurture', at: 5_000, actor: 'rep@acme' });
    expect(stageEnteredAt([entry], 'acc-1', 'nurture')).toBe(5_000);
    expect(stageEnteredAt([entry], 'acc-2', 'nurture')).toBeUndefined();
  });
});
