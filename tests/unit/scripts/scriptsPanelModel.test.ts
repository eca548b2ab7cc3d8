import { describe, expect, it, vi } from 'vitest';
import type { Contact, Script } from '../../../lib/model';
import { createScriptsPanelModel, type ScriptsPanelDeps } from '../../../lib/scripts/panel/scriptsPanelModel';
import { account } from '../db/fixtures';
import { makeScript } from './makeScript';

const ACME = account({ name: 'Acme Robotics', stage: 'negotiation' });
const LI: Contact = { id: 'c', createdAt: 1, updatedAt: 1, version: 0, accountId: ACME.id, name: 'Li Wei' };
const PRICE = makeScript({ id: 'price', title: 'Price too high', body: 'Hi {{contact.firstName}}, {{account.name}} saves {{value.saving}}. {{rep.name}}', stages: ['negotiation'] });
const OPENER = makeScript({ id: 'opener', title: 'First hello', body: 'Hello', kind: 'opener', stages: ['lead'] });
const ZH = makeScript({ id: 'zh', title: '价格太高：算总账', body: '您好', locale: 'zh_CN', stages: ['negotiation'] });

function setUp(overrides: Partial<ScriptsPanelDeps> = {}) {
  let stored: Script[] = [OPENER, PRICE, ZH];
  const deps: ScriptsPanelDeps = {
    listScripts: async () => stored,
    saveScript: vi.fn(async (script: Script) => void (stored = stored.map((s) => (s.id === script.id ? script : s)))),
    copyText: vi.fn(async () => undefined),
    repName: async () => 'Alex',
    onScriptsChange: () => undefined,
    now: () => 100,
    ...overrides,
  };
  return { deps, model: createScriptsPanelModel(deps, 'en') };
}

describe('side panel scripts', () => {
  it('puts the account’s stage first and finds scripts in both languages', async () => {
    const { model } = setUp();
    await model.load();
    expect(model.scriptsFor('negotiation').map((s) => s.id)).toEqual(['price', 'zh', 'opener']);
    model.setQuery('价格');
    expect(model.scriptsFor('negotiation').map((s) => s.id)).toEqual(['zh']);
    model.setQuery('prise');
    expect(model.scriptsFor('negotiation').map((s) => s.id)).toContain('price');
  });

  it('previews with the account, its first contact and the rep; a missing figure is marked', async () => {
    const { model } = setUp();
    await model.load();
    const preview = model.preview(PRICE, ACME, [LI]);
    expect(preview.text).toBe('Hi Li, Acme Robotics saves [value.saving]. Alex');
    expect(preview.missing).toEqual(['value.saving']);
  });

  it('moves with the arrows, expands with Enter and copies the filled text', async () => {
    const { deps, model } = setUp();
    await model.load();
    model.move(1, 'negotiation');
    expect(model.selectedId.value).toBe('zh');
    model.move(-5, 'negotiation');
    model.toggleExpanded('negotiation');
    expect(model.expandedId.value).toBe('price');
    await model.copy('negotiation', ACME, [LI]);
    expect(deps.copyText).toHaveBeenCalledWith('Hi Li, Acme Robotics saves [value.saving]. Alex');
    expect(model.status.value).toEqual({ key: 'scriptsCopied', scriptId: 'price' });
  });

  it('records used / worked through the store', async () => {
    const { deps, model } = setUp();
    await model.load();
    await model.record('price', true);
    await model.record('price', null);
    const saved = vi.mocked(deps.saveScript).mock.calls.at(-1)![0];
    expect(saved).toMatchObject({ usedCount: 2, workedCount: 1, ratedCount: 1 });
  });

  it('a clipboard the browser refuses is reported, not thrown', async () => {
    const { model } = setUp({ copyText: async () => Promise.reject(new Error('denied')) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await model.load();
    await model.copy('negotiation', ACME, []);
    expect(model.status.value?.key).toBe('scriptsCopyFailed');
  });
});
