import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { NOTIFICATION_ICON, OVERDUE_NOTIFICATION_ICON } from '../../lib/reminders/reminderNotifications';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './browser';

const ROOT = join(import.meta.dirname, '../..');

/** What a store (or a team's admin) installs: `wxt zip`'s Chrome package, unpacked into a fresh folder. */
async function unzipChromePackage(): Promise<{ dir: string; version: string }> {
  // The production build, zipped as `npm run zip` does (the e2e build beside it is not touched).
  execFileSync('npx', ['wxt', 'zip', '-b', 'chrome'], { cwd: ROOT, stdio: 'ignore' });
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zip = await JSZip.loadAsync(await readFile(join(ROOT, `.output/leadkit-${version}-chrome.zip`)));
  const dir = await mkdtemp(join(tmpdir(), 'leadkit-zipped-'));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const path = join(dir, entry.name);
    assert.ok(path.startsWith(dir + '/'), `zip entry outside the folder: ${entry.name}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await entry.async('nodebuffer'));
  }
  return { dir, version };
}

describe('the zipped Chrome package, loaded in real Chromium', () => {
  let browser: ExtensionBrowser;
  let unpacked: { dir: string; version: string };

  before(async () => {
    unpacked = await unzipChromePackage();
    browser = await launchExtensionBrowser({ extensionDir: unpacked.dir });
  });
  after(async () => {
    await browser?.close();
    if (unpacked) await rm(unpacked.dir, { recursive: true, force: true });
  });

  it('starts its service worker with package.json’s version and the production permissions', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.version, unpacked.version);
    assert.ok(!manifest.host_permissions?.some((host) => host.includes('.test')), 'the e2e fixture hosts must not ship');
    assert.equal(await browser.worker.evaluate(() => chrome.i18n.getMessage('extName')), 'LeadKit');
  });

  it('renders the side panel, and every icon it declares resolves to an image of its size', async () => {
    const panel = await browser.openSidePanel();
    await panel.locator('#app > *').first().waitFor();
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    const declared = { ...manifest.icons, ...manifest.action?.default_icon };
    const favicons = await panel.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    assert.ok(favicons.length > 0, 'the side panel has a favicon');
    const images = [
      ...Object.entries(declared).map(([size, path]) => ({ url: `chrome-extension://${browser.extensionId}/${path}`, size: Number(size) })),
      ...favicons.map((url) => ({ url, size: Number(/(\d+)\.png$/.exec(url)?.[1]) })),
      ...[NOTIFICATION_ICON, OVERDUE_NOTIFICATION_ICON].map((path) => ({ url: `chrome-extension://${browser.extensionId}/${path}`, size: 128 })),
    ];
    for (const { url, size } of images) {
      const natural = await panel.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return [image.naturalWidth, image.naturalHeight];
      }, url);
      assert.deepEqual(natural, [size, size], url);
    }
    // Chrome refuses a notification whose image does not load ("Unable to download all specified images").
    for (const iconUrl of [NOTIFICATION_ICON, OVERDUE_NOTIFICATION_ICON]) {
      const id = await browser.worker.evaluate((icon) => chrome.notifications.create({ type: 'basic', iconUrl: icon, title: 'LeadKit', message: icon }), iconUrl);
      assert.ok(id, iconUrl);
    }
    await saveScreenshot(panel, 'zipped-sidepanel');
    assert.deepEqual(browser.errors, []);
  });
});

/** The part of the worker's `chrome` these checks read. */
interface Manifest {
  version: string;
  host_permissions?: string[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}
declare const chrome: {
  runtime: { getManifest(): Manifest };
  i18n: { getMessage(name: string): string };
  notifications: { create(options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string> };
};
