import { describe, expect, it, vi } from 'vitest';
import { createSiteOverlayModel, type SiteOverlayDeps } from '../../../lib/overlay/panel/siteOverlayModel';
import { originPermissionFor } from '../../../lib/permissions/originPermission';

function setUp(grant: boolean) {
  const granted = new Set<string>();
  let sites: string[] = [];
  const deps: SiteOverlayDeps = {
    originFor: originPermissionFor,
    hasAccess: async (origin) => granted.has(origin),
    requestAccess: vi.fn(async (origin: string) => (grant && granted.add(origin), grant)),
    composeSites: async () => sites,
    setComposeSites: async (next) => void (sites = next),
  };
  return { deps, model: createSiteOverlayModel(deps), sites: () => sites };
}

describe('side panel: on this website', () => {
  it('asks for this one site in the click, then shows the badge and the launcher as on', async () => {
    const { deps, model, sites } = setUp(true);
    await model.check('https://www.acme.com/pricing');
    expect(model.state.value).toEqual({ origin: 'https://www.acme.com/*', badge: false, compose: false });
    const pending = model.setCompose(true);
    expect(deps.requestAccess).toHaveBeenCalledWith('https://www.acme.com/*');
    await pending;
    expect(sites()).toEqual(['https://www.acme.com/*']);
    expect(model.state.value).toMatchObject({ badge: true, compose: true });
    await model.setCompose(false);
    expect(sites()).toEqual([]);
  });

  it('a refused prompt changes nothing and says so; browser pages get no section', async () => {
    const { model, sites } = setUp(false);
    await model.check('https://www.acme.com/');
    await model.setCompose(true);
    expect(sites()).toEqual([]);
    expect(model.error.value).toBe('scriptsSiteDenied');
    await model.check('chrome://extensions');
    expect(model.state.value).toBeNull();
  });
});

describe('side panel: the launcher on any site (issue #19)', () => {
  it('offers the launcher on a site that is no account, and none on the webmail hosts where it is built in', async () => {
    const { model, sites } = setUp(true);
    await model.check('http://intranet.example.org:8080/mail/?_task=mail');
    expect(model.state.value).toEqual({ origin: 'http://intranet.example.org/*', badge: false, compose: false });
    await model.setCompose(true);
    expect(sites()).toEqual(['http://intranet.example.org/*']);
    await model.check('https://mail.google.com/mail/u/0/#inbox');
    expect(model.state.value).toBeNull();
  });
});
