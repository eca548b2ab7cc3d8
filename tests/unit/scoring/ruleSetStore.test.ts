import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RULE_SET } from '../../../lib/scoring';
import { lastValidRuleSetItem, loadRuleSetState, resetRuleSet, ruleSetItem, saveRuleSet, watchRuleSet } from '../../../lib/scoring/store/ruleSetStore';
import { compiledFor } from '../../../lib/scoring/store/ruleSetState';

const NOW = Date.UTC(2025, 5, 1);

describe('rule-set storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the defaults until the manager saves a set', async () => {
    const state = await loadRuleSetState();
    expect(state).toMatchObject({ source: 'default', problems: [] });
    expect(state.ruleSet).toEqual(DEFAULT_RULE_SET);
    expect(state.compiled.ruleSetVersion).toBe(1);
  });

  it('saves a valid set with a bumped version and time, and compiles it once per version', async () => {
    const saved = await saveRuleSet({ ...DEFAULT_RULE_SET, grades: { A: 80, B: 50 } }, NOW);
    expect(saved).toMatchObject({ ok: true, ruleSet: { version: 2, updatedAt: NOW, grades: { A: 80, B: 50 } } });
    const state = await loadRuleSetState();
    expect(state).toMatchObject({ source: 'stored', ruleSet: { version: 2 } });
    expect((await loadRuleSetState()).compiled).toBe(state.compiled);
    expect(compiledFor(state.ruleSet)).toBe(state.compiled);
    expect((await saveRuleSet(state.ruleSet, NOW)).ok && (await loadRuleSetState()).ruleSet.version).toBe(3);
  });

  it('refuses an invalid set with the exact path and reason, and stores nothing', async () => {
    const broken = structuredClone(DEFAULT_RULE_SET) as unknown as { rules: Array<{ when: unknown }> };
    broken.rules[1]!.when = { all: [{ field: 'employees', op: 'range', value: { min: 50 } }, { field: 'employees', op: 'contains', value: 'x' }] };
    const result = await saveRuleSet(broken, NOW);
    expect(result).toEqual({ ok: false, errors: [{ path: 'rules[1].when.all[1].op', message: expect.stringContaining('"contains" does not apply to employees') }] });
    expect(await ruleSetItem.getValue()).toBeNull();
    expect((await loadRuleSetState()).source).toBe('default');
  });

  it('a stored set that no longer parses leaves the last valid one in force, and says why', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await saveRuleSet({ ...DEFAULT_RULE_SET, grades: { A: 90, B: 45 } }, NOW);
    await ruleSetItem.setValue({ ...DEFAULT_RULE_SET, version: 9, grades: { A: 10, B: 20 } });
    const state = await loadRuleSetState();
    expect(state).toMatchObject({ source: 'lastValid', ruleSet: { version: 2, grades: { A: 90, B: 45 } } });
    expect(state.problems).toEqual([{ path: 'grades.A', message: 'the A threshold must be above the B threshold' }]);

    await lastValidRuleSetItem.removeValue();
    expect(await loadRuleSetState()).toMatchObject({ source: 'default', ruleSet: { version: 1 }, problems: [{ path: 'grades.A' }] });
  });

  it('reset stores the defaults as a new version, so every grade is re-scored', async () => {
    await saveRuleSet({ ...DEFAULT_RULE_SET, grades: { A: 80, B: 50 } }, NOW);
    const reset = await resetRuleSet(NOW + 1);
    expect(reset).toMatchObject({ ok: true, ruleSet: { version: 3, grades: DEFAULT_RULE_SET.grades } });
    expect((await loadRuleSetState()).ruleSet).toEqual({ ...DEFAULT_RULE_SET, version: 3, updatedAt: NOW + 1 });
  });

  it('tells watchers about a save from any context, with the set now in force', async () => {
    const seen: number[] = [];
    const unwatch = watchRuleSet((state) => seen.push(state.ruleSet.version));
    await saveRuleSet(DEFAULT_RULE_SET, NOW);
    await vi.waitFor(() => expect(seen).toEqual([2]));
    unwatch();
  });
});
