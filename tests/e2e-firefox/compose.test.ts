import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/fixtureServer';
import { clickTestId, launchFirefoxExtension, saveFirefoxScreenshot, type FirefoxExtension } from './firefox';

describe('Firefox: the compose launcher on a site the rep turned it on for', () => {
  let firefox: FirefoxExtension;
  let server: FixtureServer;
  let page: Page;

  before(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxExtension();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('the rep turns the launcher on for the site from the sidebar', async () => {
    await page.goto(server.url('plainform'));
    const panel = await firefox.openPanel();
    await page.bringToFront();
    await clickTestId(panel, 'site-compose-on');
    await panel.waitForSelector('::-p-text(The script button is on for plainform.test.)');
    await panel.close();
  });

  // Not yet working in Firefox (issue #27, left open): no launcher host appears after the caret is
  // placed in the textarea, where Chromium shows one. Not diagnosed yet: the stub's request for the
  // launcher (compose.loadLauncher) or its injection may be refused in Firefox. Kept as a todo so the
  // suite states the gap; the insert-and-undo steps follow once the launcher comes.
  it('textarea: the launcher comes when the rep places the caret', { todo: 'the compose launcher does not appear in Firefox yet' }, async () => {
    await page.reload();
    await page.$eval('#plain', (element) => {
      const area = element as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange('Dear Li,'.length, 'Dear Li,'.length);
    });
    await page.waitForFunction(() => [...document.querySelectorAll('leadkit-overlay')].some((host) => host.getBoundingClientRect().width > 0), { timeout: 15_000 });
    await saveFirefoxScreenshot(page, 'compose-launcher');
  });
});
