import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDB } from '../../../lib/db';
import { loadConnection, saveConnection } from '../../../lib/sync/connectionStore';
import { loadSettings, updateSettings } from '../../../lib/settings/settingsStore';

describe('sync connection storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the token in IndexedDB, never in storage.local (which content scripts can read)', async () => {
    await saveConnection('https://crm.example.com', 'secret-token-123');
    expect(await loadConnection()).toEqual({ backendUrl: 'https://crm.example.com', token: 'secret-token-123' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('secret-token-123');
    expect(await (await getDB()).get('meta', 'syncToken')).toBe('secret-token-123');
  });

  it('moves a token an earlier build left in storage.local', async () => {
    await fakeBrowser.storage.local.set({ syncToken: 'old-token', settings: { backendUrl: 'https://crm.example.com' } });
    expect(await loadConnection()).toEqual({ backendUrl: 'https://crm.example.com', token: 'old-token' });
    expect(await fakeBrowser.storage.local.get('syncToken')).toEqual({});
  });

  it('no URL or no token is local-only mode', async () => {
    expect(await loadConnection()).toBeNull();
    await saveConnection('https://crm.example.com', '');
    expect(await loadConnection()).toBeNull();
  });

  it('saving one settings field never undoes another page’s save', async () => {
    await saveConnection('https://crm.example.com', 't');
    await updateSettings({ repName: 'Li Lei' });
    expect(await loadSettings()).toMatchObject({ repName: 'Li Lei', backendUrl: 'https://crm.example.com' });
  });
});
