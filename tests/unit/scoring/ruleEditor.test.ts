import { describe, expect, it, vi } from 'vitest';
import type { RuleSet } from '../../../lib/model/ruleSet';
import { DEFAULT_RULE_SET, parseRuleSet, type ParseRuleSetResult } from '../../../lib/scoring';
import { conditionForm, conditionFrom, leafForField, leafForOp, leafWithText } from '../../../lib/scoring/editor/conditionForm';
import type { PreviewLead } from '../../../lib/scoring/editor/gradePreview';
import { createRuleEditorModel, type RuleEditorDeps } from '../../../lib/scoring/editor/ruleEditorModel';
import { withCondition, withGrade, withGroupBound, withMinKnown, withNewRule, withRule, withoutRule } from '../../../lib/scoring/editor/ruleSetEdits';
import { ruleSetStateFrom } from '../../../lib/scoring/store/ruleSetState';
import { account } from './accountFixture';
import { NOW } from './ruleSetFixture';

const quiet = { visits: [], emailReplies: [], meetings: [] };
const LEADS: PreviewLead[] = [
  // 15 + 15 + 10 = 40: B under the defaults.
  { name: 'Acme', account: account({ id: 'acme', industry: 'Software', employees: 200, annualRevenue: 1e7 }), contacts: [], signals: quiet },
  // 15 + 15 = 30: C.
  { name: 'Globex', account: account({ id: 'globex', industry: 'Software', employees: 200 }), contacts: [], signals: quiet },
  // Only the industry is known: not graded.
  { name: 'Initech', account: account({ id: 'initech', domain: 'initech.com', industry: 'Retail' }), contacts: [], signals: quiet },
];

/** The model over an in-memory store: `stored` is what a save wrote. */
function harness() {
  const store = { stored: null as unknown, downloads: [] as Array<[string, string]> };
  const save = async (draft: unknown): Promise<ParseRuleSetResult> => {
    const parsed = parseRuleSet(draft);
    if (!parsed.ok) return parsed;
    const current = ruleSetStateFrom(store.stored, null).ruleSet;
    store.stored = { ...parsed.ruleSet, version: current.version + 1, updatedAt: NOW };
    return { ok: true, ruleSet: store.stored as RuleSet };
  };
  const deps: RuleEditorDeps = {
    load: async () => ruleSetStateFrom(store.stored, null),
    save,
    reset: () => save(DEFAULT_RULE_SET),
    leads: async () => LEADS,
    now: () => NOW,
    download: (name, text) => void store.downloads.push([name, text]),
  };
  return { store, model: createRuleEditorModel(deps) };
}

describe('rule editor model', () => {
  it('previews live how the stored leads’ grades would move, before anything is saved', async () => {
    const { model, store } = harness();
    await model.load();
    expect(model.preview.value).toMatchObject({ before: { A: 0, B: 1, C: 1, unscored: 1 }, after: { A: 0, B: 1, C: 1, unscored: 1 }, changedCount: 0, total: 3 });

    model.edit((set) => withGrade(set, 'B', 30));
    model.edit((set) => withMinKnown(set, 1));
    const preview = model.preview.value!;
    expect(preview).toMatchObject({ before: { B: 1, C: 1, unscored: 1 }, after: { B: 2, C: 1, unscored: 0 }, changedCount: 2 });
    expect(preview.changes.map((change) => [change.name, change.from, change.to])).toEqual([
      ['Globex', 'C', 'B'],
      ['Initech', 'unscored', 'C'],
    ]);
    expect(preview.changes[1]!.removed.map((reason) => reason.ruleId)).toEqual(['lead:tooLittleKnown']);
    expect(store.stored).toBeNull();

    await model.save();
    expect(model.status.value).toBe('saved');
    expect(store.stored).toMatchObject({ version: 2, grades: { A: 70, B: 30 }, unscored: { minKnownFields: 1 } });
    expect(model.inForceVersion.value).toBe(2);
    expect(model.preview.value).toMatchObject({ changedCount: 0, after: { B: 2, C: 1 } });
  });

  it('refuses an invalid draft with the exact path and reason; the rules in force stay', async () => {
    const { model, store } = harness();
    await model.load();
    model.edit((set) => withGrade(set, 'A', 10));
    model.edit((set) => withRule(set, 0, { points: Number.NaN }));
    expect(model.errors.value).toEqual([{ path: 'rules[0].points', message: expect.stringMatching(/number/i) }]);
    // Checks across fields (A above B) run once every field is readable.
    model.edit((set) => withRule(set, 0, { points: 15 }));
    expect(model.errors.value).toEqual([{ path: 'grades.A', message: 'the A threshold must be above the B threshold' }]);
    expect(model.preview.value).toBeNull();
    await model.save();
    expect(model.status.value).toBe('invalid');
    expect(store.stored).toBeNull();
    model.exportJson();
    expect(store.downloads).toEqual([]);
  });

  it('imports JSON into the form (refusing bad files with the path), exports it, and resets after confirmation', async () => {
    const { model, store } = harness();
    await model.load();
    const bad = structuredClone(DEFAULT_RULE_SET) as unknown as Record<string, unknown>;
    (bad.rules as Array<Record<string, unknown>>)[2]!.when = { field: 'employees', op: 'range', value: { min: 9, max: 1 } };
    await model.importFile(new Blob([JSON.stringify(bad)]));
    expect(model.status.value).toBe('importRefused');
    expect(model.importErrors.value).toEqual([{ path: 'rules[2].when.value.min', message: 'min is above max' }]);
    await model.importFile(new Blob(['{ nope']));
    expect(model.importErrors.value[0]!.message).toMatch(/^not JSON/);
    expect(model.draft.value).toEqual(DEFAULT_RULE_SET);

    await model.importFile(new Blob([JSON.stringify({ ...DEFAULT_RULE_SET, grades: { A: 60, B: 25 } })]));
    expect(model.status.value).toBe('imported');
    expect(model.draft.value?.grades).toEqual({ A: 60, B: 25 });
    expect(model.preview.value?.changedCount).toBe(1);
    model.exportJson();
    expect(store.downloads[0]![0]).toBe('leadkit-scoring-rules-v1.json');
    expect(JSON.parse(store.downloads[0]![1]).grades).toEqual({ A: 60, B: 25 });

    await model.save();
    model.requestReset();
    expect(model.confirmingReset.value).toBe(true);
    model.cancelReset();
    expect(store.stored).toMatchObject({ grades: { A: 60 } });
    model.requestReset();
    await model.confirmReset();
    expect(model.status.value).toBe('reset');
    expect(store.stored).toMatchObject({ version: 3, grades: DEFAULT_RULE_SET.grades });
    expect(model.draft.value?.grades).toEqual(DEFAULT_RULE_SET.grades);
  });

  it('a failing store keeps the form and says so', async () => {
    const { model } = harness();
    await model.load();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = createRuleEditorModel({
      load: async () => ruleSetStateFrom(null, null),
      save: async () => Promise.reject(new Error('quota')),
      reset: async () => Promise.reject(new Error('quota')),
      leads: async () => [],
      now: () => NOW,
      download: () => {},
    });
    await failing.load();
    failing.edit((set) => withGrade(set, 'A', 80));
    await failing.save();
    expect(failing.status.value).toBe('failed');
    expect(failing.draft.value?.grades.A).toBe(80);
  });
});

describe('rule-set edits and the condition builder', () => {
  it('round-trips every default rule’s condition through the builder form', () => {
    for (const rule of DEFAULT_RULE_SET.rules) {
      const form = conditionForm(rule.when);
      expect(form, rule.id).not.toBeNull();
      expect(conditionFrom(form!), rule.id).toEqual(rule.when);
    }
    expect(conditionForm({ all: [{ any: [{ field: 'industry', op: 'exists' }] }] })).toBeNull();
  });

  it('builds conditions field by field, with values typed as text', () => {
    expect(leafForField('employees')).toEqual({ field: 'employees', op: 'equals', value: 0 });
    expect(leafForField('contactSeniority')).toEqual({ field: 'contactSeniority', op: 'equals', value: 'c_level' });
    expect(leafForOp('lastTouchAt', 'withinDays')).toEqual({ field: 'lastTouchAt', op: 'withinDays', value: 30 });
    const range = leafWithText(leafWithText(leafForOp('employees', 'range'), '10', 'min'), '500', 'max');
    expect(range).toEqual({ field: 'employees', op: 'range', value: { min: 10, max: 500 } });
    expect(leafWithText(range, '', 'min')).toEqual({ field: 'employees', op: 'range', value: { max: 500 } });
    expect(leafWithText(leafForOp('tags', 'in'), 'crm, erp，企业微信')).toMatchObject({ value: ['crm', 'erp', '企业微信'] });
  });

  it('adds, edits and removes rules and conditions immutably, each result still valid', () => {
    let set = withNewRule(DEFAULT_RULE_SET, 'fit');
    const index = set.rules.length - 1;
    expect(set.rules[index]).toMatchObject({ id: 'fit.custom22', group: 'fit', enabled: true });
    set = withCondition(set, index, (form) => ({ combine: 'any', items: [...form.items, { negate: true, leaf: { field: 'tags', op: 'in', value: ['partner'] } }] }));
    expect(set.rules[index]!.when).toEqual({ any: [{ field: 'industry', op: 'exists' }, { not: { field: 'tags', op: 'in', value: ['partner'] } }] });
    set = withRule(set, index, { per: 'visits', maxPoints: 6 });
    set = withGroupBound(set, 'fit', 'max', undefined);
    expect(parseRuleSet(set).ok).toBe(true);
    expect(set.groups[0]).not.toHaveProperty('max');
    set = withRule(set, index, { per: undefined });
    expect(set.rules[index]).not.toHaveProperty('maxPoints');
    expect(withoutRule(set, index).rules).toHaveLength(DEFAULT_RULE_SET.rules.length);
    expect(DEFAULT_RULE_SET.groups[0]!.max).toBe(60);
  });
});
