import { describe, expect, it, vi } from 'vitest';
import { createSyncSettingsModel, type SyncSettingsDeps } from '../../../lib/sync/settingsModel';

function deps(overrides: Partial<SyncSettingsDeps> = {}) {
  const calls: string[] = [];
  const value: SyncSettingsDeps = {
    load: async () => ({ backendUrl: '', token: '' }),
    requestOrigin: vi.fn(async (pattern: string) => (calls.push(`permission ${pattern}`), true)),
    test: vi.fn(async () => (calls.push('test'), { ok: true as const, team: 'Acme Sales', user: 'Wang Fang', clockSkewMs: null })),
    save: vi.fn(async (url: string | undefined) => void calls.push(`save ${url}`)),
    ...overrides,
  };
  return { value, calls };
}

describe('sync settings (options page)', () => {
  it('asks for host permission for exactly that origin, synchronously in the click, before anything else', async () => {
    const { value, calls } = deps();
    const model = createSyncSettingsModel(value);
    model.setBackendUrl('https://crm.example.com:8443/leadkit/');
    model.setToken('lk_abc');
    const pending = model.test();
    // Still inside the click: the prompt was already requested (a user gesture does not survive an await).
    expect(value.requestOrigin).toHaveBeenCalledWith('https://crm.example.com:8443/*');
    await pending;
    expect(calls).toEqual(['permission https://crm.example.com:8443/*', 'test']);
    expect(model.status.value).toEqual({ kind: 'connected', team: 'Acme Sales', user: 'Wang Fang', clockSkewMs: null });
  });

  it('https only, except localhost; a token is required', async () => {
    const { value } = deps();
    const model = createSyncSettingsModel(value);
    model.setToken('lk_abc');
    for (const url of ['http://crm.example.com', 'ftp://x', 'not a url', 'javascript:alert(1)']) {
      model.setBackendUrl(url);
      await model.save();
      expect(model.status.value).toEqual({ kind: 'invalidUrl' });
    }
    model.setBackendUrl('http://localhost:8787');
    model.setToken(' ');
    await model.test();
    expect(model.status.value).toEqual({ kind: 'missingToken' });
    expect(value.requestOrigin).not.toHaveBeenCalled();
    model.setToken('lk_abc');
    await model.save();
    expect(value.save).toHaveBeenCalledWith('http://localhost:8787', 'lk_abc');
    expect(model.status.value).toEqual({ kind: 'saved' });
  });

  it('a refused permission or an unreachable server is said plainly', async () => {
    const refused = createSyncSettingsModel(deps({ requestOrigin: async () => false }).value);
    refused.setBackendUrl('https://crm.example.com');
    refused.setToken('lk_abc');
    await refused.test();
    expect(refused.status.value).toEqual({ kind: 'permissionDenied' });
    const down = createSyncSettingsModel(deps({ test: async () => ({ ok: false, error: 'offline' }) }).value);
    down.setBackendUrl('https://crm.example.com');
    down.setToken('lk_abc');
    await down.test();
    expect(down.status.value).toEqual({ kind: 'failed', error: 'offline' });
  });

  it('keeps what the rep typed while the stored settings were still loading', async () => {
    let finish!: (stored: { backendUrl: string; token: string }) => void;
    const { value } = deps({ load: () => new Promise((resolve) => (finish = resolve)) });
    const model = createSyncSettingsModel(value);
    const loading = model.load();
    model.setBackendUrl('http://localhost:8787');
    finish({ backendUrl: '', token: 'lk_stored' });
    await loading;
    expect(model.backendUrl.value).toBe('http://localhost:8787');
    // The field the rep did not touch still shows what was stored.
    expect(model.token.value).toBe('lk_stored');
  });

  it('disconnect goes back to local-only', async () => {
    const { value } = deps({ load: async () => ({ backendUrl: 'https://crm.example.com', token: 'lk_abc' }) });
    const model = createSyncSettingsModel(value);
    await model.load();
    expect(model.backendUrl.value).toBe('https://crm.example.com');
    await model.disconnect();
    expect(value.save).toHaveBeenCalledWith(undefined, '');
    expect(model.token.value).toBe('');
  });
});
