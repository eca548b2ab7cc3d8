import { describe, expect, it, vi } from 'vitest';
import { createNeedsModel } from '../../../lib/pipeline/panel/needsModel';
import { createPlaybookSettingsModel, type PlaybookSettingsDeps } from '../../../lib/pipeline/panel/playbookSettingsModel';
import { createQueueModel } from '../../../lib/pipeline/panel/queueModel';
import { createQuickAddModel } from '../../../lib/pipeline/panel/quickAddModel';
import { formatDue } from '../../../lib/pipeline/panel/relativeDue';
import { defaultCalendar } from '../../../lib/pipeline/calendar/workCalendar';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import type { PipelineConfig } from '../../../lib/pipeline/store/pipelineConfig';
import { DAY, HOUR, account, task } from './fixtures';
import { fakePipelineDeps, flush } from './panelFakes';

const NOW = Date.parse('2025-03-11T10:00:00+08:00');

describe('needs form', () => {
  it('saves pains with kind and rank, and name lists split on commas or 、', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createNeedsModel(deps);
    const acme = account();
    model.show(acme);
    model.addPain();
    model.addPain();
    const [first, blank] = model.draft.value.pains;
    model.updatePain(first!.id, { description: 'Manual quoting takes two days', kind: 'rigid', priority: 'must' });
    model.setText('decisionMakers', '张伟、 Li Lei, ');
    model.setText('budget', '¥300k');
    expect(model.dirty.value).toBe(true);
    // A refresh of the same account keeps what the rep is typing.
    model.show({ ...acme, updatedAt: 5 });
    expect(model.draft.value.budget).toBe('¥300k');
    await model.save(acme);
    expect(blank).toBeDefined();
    expect(commits[0]!.changes[0]).toMatchObject({
      store: 'accounts',
      record: { needs: { pains: [{ description: 'Manual quoting takes two days', kind: 'rigid', priority: 'must' }], decisionMakers: ['张伟', 'Li Lei'], budget: '¥300k' } },
    });
    expect(model.status.value).toEqual({ kind: 'saved' });
    expect(model.dirty.value).toBe(false);
  });

  it('refuses an over-long field and names it', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createNeedsModel(deps);
    model.show(account());
    model.setText('budget', 'x'.repeat(300));
    await model.save(account());
    expect(model.status.value).toEqual({ kind: 'invalid', path: 'budget' });
    expect(commits).toEqual([]);
  });
});

describe('timeline quick add', () => {
  it('needs content, then stores the activity with kind, result and actor', async () => {
    const { deps, commits } = fakePipelineDeps(NOW);
    const model = createQuickAddModel(deps);
    model.start('meeting');
    expect(await model.save('acc-1')).toBe(false);
    expect(model.error.value).toBe('pipelineQuickAddContentRequired');
    model.edit({ content: ' Needs meeting with IT ', result: 'Pilot agreed' });
    expect(await model.save('acc-1')).toBe(true);
    expect(commits[0]!.changes[0]).toMatchObject({ store: 'activities', record: { kind: 'meeting', content: 'Needs meeting with IT', result: 'Pilot agreed', actor: 'Li Lei', at: NOW } });
    expect(model.open.value).toBe(false);
  });
});

describe('relative due times', () => {
  it('reads in the rep’s language', () => {
    expect(formatDue(NOW + 2 * HOUR, NOW, 'en')).toEqual({ overdue: false, text: 'in 2 hours' });
    expect(formatDue(NOW - DAY - HOUR, NOW, 'en')).toEqual({ overdue: true, text: '25 hours' });
    expect(formatDue(NOW - 3 * DAY, NOW, 'en')).toEqual({ overdue: true, text: '3 days' });
    expect(formatDue(NOW + 2 * HOUR, NOW, 'zh-CN').text).toBe('2小时后');
    expect(formatDue(NOW + 10 * 60_000, NOW, 'en').text).toBe('in 10 minutes');
  });
});

describe('playbook and calendar settings', () => {
  const current: PipelineConfig = { calendar: defaultCalendar('Asia/Shanghai'), playbook: defaultPlaybook() };
  function fakeDeps(): PlaybookSettingsDeps & { saved: PipelineConfig[] } {
    const saved: PipelineConfig[] = [];
    return { saved, load: async () => ({ current, defaults: current }), save: async (config) => void saved.push(config), reset: vi.fn(async () => {}) };
  }

  it('refuses an invalid form whole, with each problem’s exact path; nothing is stored', async () => {
    const deps = fakeDeps();
    const model = createPlaybookSettingsModel(deps);
    await model.load();
    model.setCalendar({ timeZone: 'Mars/Olympus', holidays: '2025-10-01\n2025-02-30' });
    model.setRule('leadFirstContact', { amount: '0' });
    await model.save();
    expect(model.status.value).toBe('invalid');
    expect(model.errors.value.map((error) => error.path)).toEqual(['calendar.timeZone', 'calendar.holidays[1]', 'playbook.rules[0].due.amount']);
    expect(deps.saved).toEqual([]);
  });

  it('saves a valid calendar and deadline, and resets to the defaults', async () => {
    const deps = fakeDeps();
    const model = createPlaybookSettingsModel(deps);
    await model.load();
    model.toggleWeekday(6, true);
    model.setCalendar({ holidays: '2025-10-01, 2025-10-02', makeUpWorkdays: '2025-09-28' });
    model.setRule('leadFirstContact', { amount: '2' });
    model.setRule('vipMonthlyContact', { enabled: false });
    await model.save();
    expect(model.status.value).toBe('saved');
    const [saved] = deps.saved;
    expect(saved!.calendar).toMatchObject({ workWeek: [1, 2, 3, 4, 5, 6], holidays: ['2025-10-01', '2025-10-02'], makeUpWorkdays: ['2025-09-28'] });
    expect(saved!.playbook.rules[0]!.due).toEqual({ unit: 'hours', amount: 2 });
    expect(saved!.playbook.rules.find((rule) => rule.id === 'vipMonthlyContact')!.enabled).toBe(false);
    await model.reset();
    expect(deps.reset).toHaveBeenCalled();
    expect(model.status.value).toBe('reset');
  });
});

describe('my queue', () => {
  it('orders my open actions and filters by stage and grade', async () => {
    const accounts = [account({ id: 'a' }, 'A'), account({ id: 'n', stage: 'nurture' })];
    const tasks = [
      task({ id: 'later', accountId: 'a', dueAt: NOW + 3 * DAY }),
      task({ id: 'overdue', accountId: 'a', dueAt: NOW - DAY }),
      task({ id: 'nurture-far', accountId: 'n', dueAt: NOW + 5 * DAY }),
      task({ id: 'nurture-due', accountId: 'n', dueAt: NOW + HOUR }),
      task({ id: 'theirs', accountId: 'a', dueAt: NOW, assignee: 'Wang Fang' }),
    ];
    const model = createQueueModel({
      now: () => NOW,
      me: async () => 'Li Lei',
      timeZone: async () => 'Asia/Shanghai',
      loadOpenWork: async () => ({ tasks, accounts }),
      onDataChange: () => {},
    });
    await model.load();
    expect(model.items.value.map((item) => item.task.id)).toEqual(['overdue', 'nurture-due', 'later']);
    model.setFilter({ grade: 'A' });
    await flush();
    expect(model.items.value.map((item) => item.task.id)).toEqual(['overdue', 'later']);
    model.setFilter({ grade: undefined, stage: 'nurture' });
    await flush();
    expect(model.items.value.map((item) => item.task.id)).toEqual(['nurture-due']);
  });
});
