import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/fixtureServer';
import { clickTestId, fillLabel, launchFirefoxExtension, saveFirefoxScreenshot, valueOfLabel, waitForTestId, type FirefoxExtension } from './firefox';

describe('Firefox: capture → sidebar, grade and next action', () => {
  let firefox: FirefoxExtension;
  let server: FixtureServer;
  let site: Page;
  let panel: Page;

  before(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxExtension();
    site = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    await site.goto(server.url('acme'));
    panel = await firefox.openPanel();
    await site.bringToFront();
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('the installed build uses the sidebar_action of Firefox, not the side panel of Chrome', async () => {
    const manifest = await panel.evaluate(() => (globalThis as unknown as { browser: { runtime: { getManifest(): Record<string, unknown> } } }).browser.runtime.getManifest());
    const sidebar = manifest.sidebar_action as Record<string, unknown>;
    assert.equal(sidebar.default_panel, `${firefox.origin}/sidepanel.html`);
    assert.equal(sidebar.open_at_install, false);
    assert.equal(manifest.side_panel, undefined);
    assert.ok(!(manifest.permissions as string[]).includes('sidePanel'));
  });

  it('the sidebar offers capture for a site that is not an account yet', async () => {
    await panel.waitForSelector('::-p-text(acme.test is not an account yet)');
    await saveFirefoxScreenshot(panel, 'sidebar-unknown-site');
  });

  it('capture fills the form from the page; saving shows the account, its grade and its next action', async () => {
    await clickTestId(panel, 'capture-button');
    await waitForTestId(panel, 'capture-form');
    assert.equal(await valueOfLabel(panel, 'Company name'), 'Acme Robotics Inc.');
    assert.equal(await valueOfLabel(panel, 'Email'), 'sales@acme.test');
    await fillLabel(panel, 'Company name', 'Acme Robotics');
    await clickTestId(panel, 'save-lead');
    assert.equal(await waitForTestId(panel, 'account-name', 'Acme Robotics'), 'Acme Robotics');
    assert.equal(await waitForTestId(panel, 'stage-badge'), 'Lead');
    await panel.waitForSelector('[data-testid="grade-section"] [data-grade="unscored"]');
    assert.equal(await waitForTestId(panel, 'grade-badge'), 'Not graded yet');
    await panel.waitForSelector('[data-testid="task"][data-rule="leadFirstContact"]');
    assert.equal(await waitForTestId(panel, 'task-title'), 'Make first contact with this lead');
    assert.match(await waitForTestId(panel, 'task-due'), /^Due in (48|47) hours$/);
    await saveFirefoxScreenshot(panel, 'sidebar-account');
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(firefox.errors, []);
  });
});

