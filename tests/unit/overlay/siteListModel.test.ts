import { describe, expect, it, vi } from 'vitest';
import { createSiteListModel, siteRows, type SiteListDeps } from '../../../lib/overlay/options/siteListModel';

function setUp(granted: string[], compose: string[], removeGranted = true) {
  const state = { granted: new Set(granted), compose: [...compose] };
  const deps: SiteListDeps = {
    grantedSites: async () => [...state.granted],
    composeSites: async () => state.compose,
    hasAccess: async (origin) => state.granted.has(origin) || (origin.endsWith('.wide.test/*') && state.granted.has('https://*.wide.test/*')),
    setComposeSites: async (next) => void (state.compose = next),
    removeAccess: vi.fn(async (origin: string) => (removeGranted && state.granted.delete(origin), removeGranted)),
  };
  return { deps, state, model: createSiteListModel(deps) };
}

describe('options: the sites list (issue #19)', () => {
  it('lists every granted site and every launcher site, sorted by host, saying what runs on each', () => {
    expect(siteRows(['https://crm.zeta.io/*', 'http://mail.acme.net/*'], ['http://mail.acme.net/*', 'https://gone.example.com/*'], ['http://mail.acme.net/*'])).toEqual([
      { origin: 'https://crm.zeta.io/*', host: 'crm.zeta.io', granted: true, launcher: false },
      { origin: 'https://gone.example.com/*', host: 'gone.example.com', granted: false, launcher: false },
      { origin: 'http://mail.acme.net/*', host: 'mail.acme.net', granted: true, launcher: true },
    ]);
  });

  it('turns the launcher off and keeps the badge; removing a site gives its access back too', async () => {
    const { model, state, deps } = setUp(['http://mail.acme.net/*', 'https://crm.zeta.io/*'], ['http://mail.acme.net/*', 'https://crm.zeta.io/*']);
    await model.load();
    expect(model.state.value).toMatchObject({ kind: 'ready', sites: [{ launcher: true }, { launcher: true }] });
    await model.turnLauncherOff('http://mail.acme.net/*');
    expect(state.compose).toEqual(['https://crm.zeta.io/*']);
    expect(state.granted.has('http://mail.acme.net/*')).toBe(true);
    await model.remove('https://crm.zeta.io/*');
    expect(deps.removeAccess).toHaveBeenCalledWith('https://crm.zeta.io/*');
    expect(state.compose).toEqual([]);
    expect(model.state.value).toEqual({ kind: 'ready', sites: [{ origin: 'http://mail.acme.net/*', host: 'mail.acme.net', granted: true, launcher: false }] });
    expect(model.error.value).toBeNull();
  });

  it('a launcher site covered by a wider grant counts as granted', async () => {
    const { model } = setUp(['https://*.wide.test/*'], ['https://crm.wide.test/*']);
    await model.load();
    expect(model.state.value).toMatchObject({ kind: 'ready', sites: [{ host: '*.wide.test' }, { host: 'crm.wide.test', granted: true, launcher: true }] });
  });

  it('says so when the browser keeps the access, and when the list cannot be read', async () => {
    const { model } = setUp(['https://crm.zeta.io/*'], [], false);
    await model.load();
    await model.remove('https://crm.zeta.io/*');
    expect(model.error.value).toBe('sitesRemoveRefused');
    const broken = createSiteListModel({ ...setUp([], []).deps, grantedSites: async () => Promise.reject(new Error('no')) });
    await broken.load();
    expect(broken.state.value).toEqual({ kind: 'failed' });
  });
});
