import { describe, expect, it, vi } from 'vitest';
import { createPickerModel, type PickerDeps } from '../../../lib/overlay/picker/pickerModel';
import { makeScript } from '../scripts/makeScript';

const PRICE = makeScript({ id: 'price', title: 'Price too high', body: 'We cost {{value.priceDelta}} more', stages: ['negotiation'] });
const HELLO = makeScript({ id: 'hello', title: 'First hello', body: 'Hi {{contact.firstName}}', kind: 'opener', stages: ['lead'] });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(overrides: Partial<PickerDeps> = {}) {
  const deps: PickerDeps = {
    loadScripts: async () => ({ locale: 'en', stage: 'negotiation', recipient: { name: 'Acme', stage: 'negotiation' }, scripts: [HELLO, PRICE] }),
    fill: async (id) => ({ text: `filled ${id}`, segments: [{ kind: 'text', text: `filled ${id}` }], missing: [] }),
    insert: vi.fn(async () => ({ ok: true }) as const),
    close: vi.fn(),
    ...overrides,
  };
  return { deps, model: createPickerModel(deps, 'en') };
}

describe('compose picker model', () => {
  it('lists the recipient’s stage first, searches, and previews the selection', async () => {
    const { model } = setUp();
    await model.load();
    expect(model.hits.value.map((script) => script.id)).toEqual(['price', 'hello']);
    expect(model.recipient.value?.name).toBe('Acme');
    await flush();
    expect(model.preview.value?.text).toBe('filled price');
    model.move(1);
    await flush();
    expect(model.selected.value?.id).toBe('hello');
    expect(model.preview.value?.text).toBe('filled hello');
    model.setQuery('hello');
    expect(model.hits.value.map((script) => script.id)).toEqual(['hello']);
  });

  it('asks for the selected script to be inserted (the background fills it and counts the use)', async () => {
    const { deps, model } = setUp();
    await model.load();
    await model.insert();
    expect(deps.insert).toHaveBeenCalledWith('price');
    expect(model.notice.value).toBeNull();
  });

  it('says so when the compose box was replaced, and stays open', async () => {
    const { deps, model } = setUp({ insert: vi.fn(async () => ({ ok: false, reason: 'detached' }) as const) });
    await model.load();
    await model.insert();
    expect(model.notice.value).toBe('scriptsComposeReplaced');
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('a library that cannot load is a visible failure, not a crash', async () => {
    const { model } = setUp({ loadScripts: async () => Promise.reject(new Error('gone')) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await model.load();
    expect(model.status.value).toBe('failed');
    await model.insert();
    expect(model.notice.value).toBeNull();
  });
});
