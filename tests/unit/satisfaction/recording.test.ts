import { describe, expect, it } from 'vitest';
import { Activity } from '../../../lib/model/activity';
import { STAGES } from '../../../lib/model/stage';
import { tickChecklist } from '../../../lib/pipeline/checklist';
import { QUICK_ADD_KINDS, createQuickAddModel } from '../../../lib/pipeline/panel/quickAddModel';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { nextActionsFor } from '../../../lib/pipeline/playbook/nextActions';
import { parsePlaybook } from '../../../lib/pipeline/playbook/parsePlaybook';
import { parseSurveyDraft } from '../../../lib/satisfaction/surveyDraft';
import { createSurveyModel } from '../../../lib/satisfaction/surveyModel';
import { at, shanghai2025 } from '../pipeline/calendarFixtures';
import { HOUR, account, activity, task } from '../pipeline/fixtures';
import { fakePipelineDeps } from '../pipeline/panelFakes';

const NOW = at('2025-03-11T10:00:00+08:00');
const surveyTask = () => task({ id: 'survey-task', ruleId: 'satisfactionSurvey', status: 'open', dueAt: NOW + 72 * HOUR, triggerAt: NOW - HOUR });

describe('survey draft', () => {
  it('takes either score, or both, as digits', () => {
    expect(parseSurveyDraft({ nps: '10', csat: '', comment: ' fine ' })).toEqual({ ok: true, scores: { nps: 10 }, comment: 'fine' });
    expect(parseSurveyDraft({ nps: '', csat: '5', comment: '' })).toEqual({ ok: true, scores: { csat: 5 }, comment: '' });
    expect(parseSurveyDraft({ nps: ' 0', csat: '1', comment: '' })).toEqual({ ok: true, scores: { nps: 0, csat: 1 }, comment: '' });
  });

  it('names what is wrong', () => {
    expect(parseSurveyDraft({ nps: '', csat: '', comment: 'no scores' })).toEqual({ ok: false, error: 'satisfactionScoreRequired' });
    for (const nps of ['11', '-1', '7.5', '1e1', '5.', 'x', '010']) expect(parseSurveyDraft({ nps, csat: '', comment: '' }), nps).toEqual({ ok: false, error: 'satisfactionNpsInvalid' });
    for (const csat of ['0', '6', '2.5', '+3']) expect(parseSurveyDraft({ nps: '', csat, comment: '' }), csat).toEqual({ ok: false, error: 'satisfactionCsatInvalid' });
  });
});

describe('survey task done', () => {
  it('records a survey activity, completes the task and ticks "satisfaction surveyed" in one commit', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createSurveyModel(deps);
    const won = account({ stage: 'won', checklist: tickChecklist(undefined, 'deliveryAccepted', NOW - HOUR) });
    const open = surveyTask();
    model.open(open);
    model.edit({ nps: '10', csat: '4', comment: 'Quick delivery' });
    expect(await model.save(open, won)).toBe(true);
    expect(commits).toHaveLength(1);
    const [taskChange, activityChange, accountChange] = commits[0]!.changes;
    expect(taskChange).toMatchObject({ store: 'tasks', record: { id: 'survey-task', status: 'done', completedAt: NOW } });
    expect(activityChange).toMatchObject({ store: 'activities', record: { kind: 'survey', survey: { nps: 10, csat: 4 }, content: 'Quick delivery', at: NOW, actor: 'Li Lei' } });
    expect(Activity.safeParse(activityChange!.op === 'put' ? activityChange!.record : null).success).toBe(true);
    expect(accountChange).toMatchObject({ store: 'accounts', record: { checklist: { deliveryAccepted: { at: NOW - HOUR }, satisfactionSurveyed: { at: NOW, by: 'Li Lei' } } } });
    expect(model.taskId.value).toBeNull();
  });

  it('refuses an empty survey with a clear error and writes nothing; cancel forgets the draft', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createSurveyModel(deps);
    const open = surveyTask();
    model.open(open);
    model.edit({ comment: 'They were happy' });
    expect(await model.save(open, account({ stage: 'won' }))).toBe(false);
    expect(model.error.value).toBe('satisfactionScoreRequired');
    expect(commits).toEqual([]);
    model.cancel();
    expect(model.taskId.value).toBeNull();
    expect(model.draft.value).toEqual({ nps: '', csat: '', comment: '' });
  });

  it('does not complete a task already closed', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createSurveyModel(deps);
    const closed = { ...surveyTask(), status: 'done' as const };
    model.open(closed);
    model.edit({ nps: '3' });
    expect(await model.save(closed, account({ stage: 'won' }))).toBe(false);
    expect(model.error.value).toBe('pipelineTaskErrorNotActive');
    expect(commits).toEqual([]);
  });
});

describe('complaints', () => {
  it('a rep logs a complaint from the account view', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createQuickAddModel(deps);
    // The quick-add form offers exactly these kinds.
    expect(QUICK_ADD_KINDS).toContain('complaint');
    model.start('complaint');
    model.edit({ content: 'Invoice was wrong twice' });
    expect(await model.save('acc-1')).toBe(true);
    expect(commits[0]!.changes[0]).toMatchObject({ store: 'activities', record: { kind: 'complaint', content: 'Invoice was wrong twice' } });
  });

  it('the default playbook asks for a response plan within 24 h, in any stage', () => {
    for (const stage of STAGES) {
      const complaint = activity('complaint', NOW);
      const drafts = nextActionsFor(account({ stage }), { activities: [complaint], tasks: [], now: NOW + HOUR, calendar: shanghai2025, playbook: defaultPlaybook() });
      expect(drafts.find((draft) => draft.ruleId === 'complaintResponsePlan'), stage).toMatchObject({
        triggerAt: NOW,
        dueAt: NOW + 24 * HOUR,
        priority: 'high',
        title: { key: 'pipelineActionComplaintPlan' },
      });
    }
  });

  it('a playbook stored before the complaint rule existed stays valid', () => {
    const stored = defaultPlaybook();
    const old = { ...stored, rules: stored.rules.filter((rule) => rule.id !== 'complaintResponsePlan') };
    const parsed = parsePlaybook(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    expect(parsePlaybook(JSON.stringify(stored)).ok).toBe(true);
  });
});
