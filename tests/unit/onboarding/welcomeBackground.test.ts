import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForInstall } from '../../../lib/onboarding/welcomeBackground';

describe('the welcome page opens on install (issue #26)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no manifest: the version the built extension would report.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'LeadKit', version: '0.1.0' });
  });

  const installed = (reason: string, previousVersion?: string) => fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion, temporary: false } as never);

  it('opens it on the first install of a profile, not on the next "install" of the same profile', async () => {
    listenForInstall();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await installed('install');
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/^chrome-extension:\/\/[^/]+\/welcome\.html$/);
    // Chromium fires "install" again on each start of a --load-extension browser, storage kept.
    await installed('install');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('opens nothing on an update with no announced release', async () => {
    listenForInstall();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await installed('update', '0.0.1');
    expect(create).not.toHaveBeenCalled();
  });
});
