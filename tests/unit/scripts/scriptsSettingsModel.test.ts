import { describe, expect, it, vi } from 'vitest';
import type { Script } from '../../../lib/model';
import { createScriptsSettingsModel, type ScriptsSettingsDeps } from '../../../lib/scripts/options/scriptsSettingsModel';
import { makeScript } from './makeScript';

function setUp() {
  let stored: Script[] = [
    makeScript({ id: 'a', title: 'Lucky once', body: 'x', usedCount: 1, workedCount: 1 }),
    makeScript({ id: 'b', title: 'Proven', body: 'y', usedCount: 50, workedCount: 40 }),
    makeScript({ id: 'c', title: 'Never used', body: 'z' }),
  ];
  const deps: ScriptsSettingsDeps = {
    listScripts: async () => stored,
    saveScript: vi.fn(async (script: Script) => void (stored = [...stored.filter((s) => s.id !== script.id), script])),
    deleteScript: vi.fn(async (script: Script) => void (stored = stored.filter((s) => s.id !== script.id))),
    onScriptsChange: () => undefined,
    newId: () => 'new-id',
    now: () => 1_000,
  };
  return { deps, model: createScriptsSettingsModel(deps), stored: () => stored };
}

describe('options: scripts library', () => {
  it('shows which answers work best, proven before lucky', async () => {
    const { model } = setUp();
    await model.load();
    expect(model.worksBest.value.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('adds a script with a live preview that marks missing and unknown variables', async () => {
    const { model, stored } = setUp();
    await model.load();
    model.startNew('en');
    model.update({ title: 'Budget', objection: 'no_budget_or_timing', industries: 'logistics， retail' });
    model.insertVariable('contact.firstName', 0, 0);
    model.update({ body: `${model.form.value!.body}, {{budget.cycle}} {{value.roi}}` });
    model.toggleStage('prospect');
    expect(model.preview.value?.text).toBe('Jane, [budget.cycle] [value.roi]');
    expect(model.unknownVariables.value).toEqual(['budget.cycle']);
    await model.save();
    expect(model.status.value).toEqual({ kind: 'saved' });
    expect(stored().find((s) => s.id === 'new-id')).toMatchObject({ title: 'Budget', stages: ['prospect'], industries: ['logistics', 'retail'], objection: 'no_budget_or_timing' });
  });

  it('an edit keeps the counters; an empty body is refused and named', async () => {
    const { model, stored } = setUp();
    await model.load();
    model.edit(stored().find((s) => s.id === 'b')!);
    model.update({ body: '' });
    await model.save();
    expect(model.status.value).toEqual({ kind: 'invalid', field: 'body' });
    model.update({ body: 'New text' });
    await model.save();
    expect(stored().find((s) => s.id === 'b')).toMatchObject({ body: 'New text', usedCount: 50, workedCount: 40 });
  });

  it('deletes only after the manager confirms', async () => {
    const { deps, model } = setUp();
    await model.load();
    model.askDelete(model.scripts.value[0]!);
    expect(deps.deleteScript).not.toHaveBeenCalled();
    await model.confirmDelete();
    expect(model.scripts.value).toHaveLength(2);
  });
});
