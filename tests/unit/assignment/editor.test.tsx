import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { AssignmentSettings } from '../../../components/assignment/AssignmentSettings';
import { I18nProvider } from '../../../components/common/I18n';
import { createAssignmentEditorModel, previewRows, rulesFromDrafts, type AssignmentEditorDeps, type PreviewLead } from '../../../lib/assignment/editor/assignmentEditorModel';
import { AssignmentRules, EMPTY_STATE } from '../../../lib/assignment/rules';

const leads: PreviewLead[] = Array.from({ length: 25 }, (_, i) => ({ id: `l${i}`, name: `Lead ${i}`, region: i % 2 === 0 ? 'East' : 'West', grade: 'A' }));

function deps(stored: unknown = { rules: [] }, members: string[] | null = ['Bo', 'Li', 'Ma']) {
  const saved: AssignmentRules[] = [];
  const value: AssignmentEditorDeps = {
    load: async () => AssignmentRules.parse(stored),
    save: vi.fn(async (rules: AssignmentRules) => void saved.push(rules)),
    members: async () => members,
    recentLeads: async () => ({ leads, state: EMPTY_STATE }),
  };
  return { deps: value, saved };
}

describe('assignment rule editor model', () => {
  it('adds, edits, reorders and deletes rules, and saves them parsed', async () => {
    const { deps: d, saved } = deps();
    const model = createAssignmentEditorModel(d);
    await model.load();
    model.add();
    model.add();
    const [first, second] = model.rules.value;
    model.edit(first!.id, { name: 'East', regions: 'East, 华东', reps: ['Bo', 'Li'], capacity: '10' });
    model.edit(second!.id, { name: 'Any', reps: ['Ma'] });
    model.move(second!.id, -1);
    expect(model.rules.value.map((rule) => rule.name)).toEqual(['Any', 'East']);
    model.remove(second!.id);
    model.setFallback('Ma');
    await model.save();
    expect(model.status.value).toBe('saved');
    expect(saved[0]).toEqual({ rules: [{ id: first!.id, name: 'East', match: { regions: ['East', '华东'], industries: [], grades: [] }, reps: ['Bo', 'Li'], capacity: 10 }], fallbackOwner: 'Ma' });
  });

  it("shows a rep the team's rules without letting them change what the server would refuse", async () => {
    const rule = { id: 'all', name: 'Everyone', reps: ['Bo'] };
    const { deps: d, saved } = deps({ rules: [rule] }, null);
    const model = createAssignmentEditorModel({ ...d, role: async () => 'rep' });
    await model.load();
    expect(model.readOnly.value).toBe(true);
    expect(model.rules.value.map((draft) => draft.name)).toEqual(['Everyone']);
    await model.save();
    expect(saved).toEqual([]);
    expect(model.status.value).toBe('idle');
    const host = document.createElement('div');
    render(<I18nProvider locale="en"><AssignmentSettings model={model} /></I18nProvider>, host);
    expect(host.querySelector('[data-testid="assignment-read-only"]')?.textContent).toMatch(/manager sets these rules/);
    expect(host.querySelector<HTMLButtonElement>('[data-testid="assignment-save"]')?.disabled).toBe(true);
    expect(host.querySelector('[data-testid="assignment-no-members"]')).toBeNull();
    // A manager (or an install whose role is unknown) edits and saves as before.
    const manager = createAssignmentEditorModel({ ...d, role: async () => 'manager' });
    await manager.load();
    expect(manager.readOnly.value).toBe(false);
    await manager.save();
    expect(saved).toEqual([{ rules: [{ ...rule, match: { regions: [], industries: [], grades: [] } }] }]);
  });

  it('refuses an invalid form whole, naming the rule and the problem', async () => {
    const { deps: d, saved } = deps();
    const model = createAssignmentEditorModel(d);
    await model.load();
    model.add();
    model.edit(model.rules.value[0]!.id, { name: '', capacity: 'ten' });
    await model.save();
    expect(model.status.value).toBe('invalid');
    expect(model.errors.value).toEqual(expect.arrayContaining([
      { rule: 1, field: 'capacity', key: 'assignmentErrorCapacity' },
      { rule: 1, field: 'name', key: 'assignmentErrorName' },
    ]));
    expect(saved).toEqual([]);
    expect(model.preview.value).toBeNull();
  });

  it('previews the last 20 leads under the edited rules, round-robin in capture order', async () => {
    const { deps: d } = deps({ rules: [{ id: 'e', name: 'East', match: { regions: ['East'] }, reps: ['Bo', 'Li'] }] });
    const model = createAssignmentEditorModel(d);
    await model.load();
    const rows = model.preview.value!;
    expect(rows).toHaveLength(20);
    expect(rows[0]!.lead.id).toBe('l0');
    // Oldest of the 20 (l19, West) first: unassigned; then l18 (East) to Bo, l16 to Li, ...
    expect(rows.at(-1)).toMatchObject({ ownerId: null, reason: { kind: 'unassigned', cause: 'noMatch' } });
    expect(rows.filter((row) => row.ownerId !== null).reverse().map((row) => row.ownerId)).toEqual(['Bo', 'Li', 'Bo', 'Li', 'Bo', 'Li', 'Bo', 'Li', 'Bo', 'Li']);
    // An edit shows at once.
    model.setFallback('Ma');
    expect(model.preview.value!.at(-1)).toMatchObject({ ownerId: 'Ma', reason: { kind: 'fallback', cause: 'noMatch' } });
  });

  it('reports errors for rules the form could not express', () => {
    expect(rulesFromDrafts([{ id: 'r', name: 'A', regions: '', industries: '', grades: [], reps: ['Bo', 'Bo'], capacity: '' }], '')).toEqual({
      ok: false,
      errors: [{ rule: 1, field: 'reps', key: 'assignmentErrorReps' }],
    });
    expect(previewRows([], AssignmentRules.parse({}))).toEqual([]);
  });
});

describe('assignment rule editor', () => {
  it('shows loading, then the empty state, the team members as choices and an empty preview', async () => {
    const root = document.createElement('div');
    const { deps: d } = deps();
    const model = createAssignmentEditorModel({ ...d, recentLeads: async () => ({ leads: [], state: EMPTY_STATE }) });
    render(<I18nProvider locale="en"><AssignmentSettings model={model} /></I18nProvider>, root);
    expect(root.querySelector('[data-testid="assignment-loading"]')).not.toBeNull();
    await model.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('[data-testid="assignment-empty"]')?.textContent).toMatch(/No rules yet/);
    expect(root.querySelector('[data-testid="assignment-preview-empty"]')).not.toBeNull();
    model.add();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reps = [...root.querySelectorAll('[data-testid="assignment-rule-reps"] label')].map((label) => label.textContent);
    expect(reps).toEqual(['Bo', 'Li', 'Ma']);
  });

  it('renders in Chinese, with typed rep names when the team cannot be listed', async () => {
    const root = document.createElement('div');
    const { deps: d } = deps({ rules: [{ id: 'e', name: 'East', reps: ['Bo'] }] }, null);
    const model = createAssignmentEditorModel(d);
    await model.load();
    render(<I18nProvider locale="zh_CN"><AssignmentSettings model={model} /></I18nProvider>, root);
    expect(root.querySelector('h2')?.textContent).toBe('线索分配');
    expect(root.querySelector('[data-testid="assignment-no-members"]')).not.toBeNull();
    expect((root.querySelector('input[data-testid="assignment-rule-reps"]') as HTMLInputElement).value).toBe('Bo');
    expect(root.querySelectorAll('[data-testid="assignment-preview-row"]')).toHaveLength(20);
  });
});
