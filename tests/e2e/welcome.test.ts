import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, privateSetting, readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { startSyncServer, type SyncServer } from '../sync-fault/syncServer';

/** Issue #26, end to end: the first five minutes of a new rep, in a fresh profile of real Chromium. */
describe('welcome: from install to a first captured lead', () => {
  let profile: string;
  let browser: ExtensionBrowser;
  let welcome: Page;
  let server: SyncServer;

  before(async () => {
    profile = await mkdtemp(join(tmpdir(), 'leadkit-e2e-welcome-'));
    browser = await launchExtensionBrowser({ profile });
    server = await startSyncServer({ allowedOrigins: [`chrome-extension://${browser.extensionId}`] });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('a fresh profile gets the welcome page, in the browser language, with the shortcut and permissions', async () => {
    const isWelcome = (page: Page) => page.url().startsWith(`chrome-extension://${browser.extensionId}/welcome.html`);
    welcome = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', isWelcome));
    await welcome.getByRole('heading', { name: 'Welcome to LeadKit' }).waitFor();
    await welcome.getByTestId('capture-shortcut').filter({ hasText: 'Capture shortcut: Alt+Shift+L.' }).waitFor();
    const permissions = await welcome.getByTestId('permission-list').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-permission')));
    for (const name of ['storage', 'activeTab', 'scripting', 'sidePanel']) assert.ok(permissions.includes(name), `${name} is listed: ${permissions.join(', ')}`);
    assert.match((await welcome.getByTestId('site-list').textContent()) ?? '', /https:\/\/mail\.google\.com\/\*/);
    await saveScreenshot(welcome, 'welcome-en');
  });

  it('the language can be switched on the page', async () => {
    await welcome.getByTestId('welcome-language').selectOption('zh_CN');
    await welcome.getByRole('heading', { name: '欢迎使用 LeadKit' }).waitFor();
    await saveScreenshot(welcome, 'welcome-zh');
    await welcome.getByTestId('welcome-language').selectOption('auto');
    await welcome.getByRole('heading', { name: 'Welcome to LeadKit' }).waitFor();
  });

  it('the sample company is captured offline and the lead lands in the queue', async () => {
    // The empty queue says what to do next; the welcome page's step 2 does the same.
    const emptyQueue = await browser.context.newPage();
    await emptyQueue.goto(`chrome-extension://${browser.extensionId}/queue.html`);
    await emptyQueue.getByTestId('empty-try-sample').waitFor();
    await emptyQueue.close();
    const opened = browser.context.waitForEvent('page', (page) => page.url().includes('/sample-company.html'));
    await welcome.getByTestId('open-sample').click();
    const sample = await opened;
    await sample.getByTestId('sample-capture').waitFor();
    await browser.context.setOffline(true);
    const panel = await browser.openSidePanel();
    await sample.bringToFront();
    await sample.getByTestId('sample-capture').click();
    await sample.getByTestId('sample-status').filter({ hasText: 'Captured.' }).waitFor();
    await panel.getByTestId('capture-form').waitFor();
    assert.equal(await panel.getByLabel('Company name').inputValue(), 'Northwind Robotics');
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('account-view').waitFor();
    await panel.getByTestId('account-name').filter({ hasText: 'Northwind Robotics' }).waitFor();
    const accounts = await readStore<{ name: string; domain: string }>(panel, 'accounts');
    assert.deepEqual(accounts.map((account) => [account.name, account.domain]), [['Northwind Robotics', 'northwind-robotics.example']]);

    const queue = await browser.context.newPage();
    await queue.goto(`chrome-extension://${browser.extensionId}/queue.html`);
    await queue.getByTestId('queue-row').filter({ hasText: 'Northwind Robotics' }).waitFor();
    await saveScreenshot(queue, 'welcome-first-lead-queue');
    await browser.context.setOffline(false);
    await Promise.all([queue.close(), panel.close(), sample.close()]);
  });

  it('the options page shows the shortcut and permissions, and opens the shortcut settings', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#access`);
    await options.getByTestId('capture-shortcut').filter({ hasText: 'Capture shortcut: Alt+Shift+L.' }).waitFor();
    await options.locator('[data-permission="tabs"]').waitFor();
    // chrome:// pages cannot be opened by a link: the button asks the browser for a tab.
    const shortcuts = browser.context.waitForEvent('page', (page) => page.url().startsWith('chrome://extensions/shortcuts'));
    await options.getByTestId('change-shortcut').click();
    await (await shortcuts).close();
    await options.close();
  });

  it('"work on this device only" is kept, and no backend is set', async () => {
    await welcome.bringToFront();
    await welcome.getByTestId('mode-device').click();
    await welcome.getByTestId('mode-device-done').waitFor();
    const stored = await browser.worker.evaluate(async () => (await chrome.storage.local.get('workMode')).workMode);
    assert.equal(stored, 'device');
    const settings = (await privateSetting(welcome, 'settings')) as { backendUrl?: string } | undefined;
    assert.equal(settings?.backendUrl, undefined, 'local only: no backend');
  });

  it('"connect to my team" tests the URL and token on the spot against the reference server', async () => {
    const rep = await server.createRep(undefined, 'Ann');
    await welcome.getByTestId('mode-team').click();
    await welcome.getByLabel('Backend URL').fill(server.url);
    await welcome.getByLabel('Access token').fill('lk_not-a-token');
    await welcome.getByTestId('sync-test').click();
    await welcome.getByTestId('sync-settings-status').filter({ hasText: 'Could not connect' }).waitFor();
    await welcome.getByLabel('Access token').fill(rep.token);
    await welcome.getByTestId('sync-test').click();
    await welcome.getByTestId('sync-settings-status').filter({ hasText: 'Ann' }).waitFor();
    await welcome.getByTestId('sync-save').click();
    await welcome.getByTestId('sync-settings-status').filter({ hasText: 'Saved.' }).waitFor();
    await saveScreenshot(welcome, 'welcome-team');
  });

  it('the manager checklist reads the real state', async () => {
    await welcome.getByTestId('open-manager').click();
    const item = (id: string) => welcome.locator(`[data-testid="checklist-item"][data-item="${id}"]`);
    await item('team').and(welcome.locator('[data-state="done"]')).waitFor();
    assert.equal(await item('server').getAttribute('data-state'), 'done');
    assert.equal(await item('rules').getAttribute('data-state'), 'todo');
    assert.equal(await item('reps').getAttribute('data-state'), 'unknown');
    assert.match((await item('team').textContent()) ?? '', /Connected as Ann/);
    await saveScreenshot(welcome, 'welcome-manager-checklist');
  });

  it('a second start of the same profile does not open the welcome page again', async () => {
    assert.deepEqual(browser.errors, []);
    // The rep is done with it; a browser restoring its last session would otherwise bring it back.
    await welcome.close();
    await browser.close();
    browser = await launchExtensionBrowser({ profile });
    // The worker has started and answered: onInstalled, had it fired, would have opened its tab by now.
    const open = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.url ?? ''));
    assert.equal(open.filter((url) => url.includes('/welcome.html')).length, 0, open.join(', '));
    assert.equal(browser.context.pages().filter((page) => page.url().includes('/welcome.html')).length, 0);
  });
});

describe('welcome: a Chinese browser', () => {
  let browser: ExtensionBrowser;
  after(async () => browser?.close());

  it('gets the welcome page in Simplified Chinese', async () => {
    browser = await launchExtensionBrowser({ locale: 'zh-CN', welcome: 'keep' });
    const welcome = browser.context.pages().find((page) => page.url().includes('/welcome.html')) ?? (await browser.context.waitForEvent('page', (page) => page.url().includes('/welcome.html')));
    await welcome.getByRole('heading', { name: '欢迎使用 LeadKit' }).waitFor();
    await welcome.getByTestId('capture-shortcut').filter({ hasText: '采集快捷键：Alt+Shift+L。' }).waitFor();
    await saveScreenshot(welcome, 'welcome-zh-browser');
    assert.deepEqual(browser.errors, []);
  });

  it("the side panel's own Capture button works on the sample company page", async () => {
    const opened = browser.context.waitForEvent('page', (page) => page.url().includes('/sample-company.html'));
    await browser.context.pages().find((page) => page.url().includes('/welcome.html'))!.getByTestId('open-sample').click();
    const sample = await opened;
    await sample.getByTestId('sample-capture').waitFor();
    const panel = await browser.openSidePanel();
    await sample.bringToFront();
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    await sample.getByTestId('sample-status').filter({ hasText: '已采集' }).waitFor();
    assert.deepEqual(browser.errors, []);
  });
});

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(info: object): Promise<{ url?: string }[]> };
};
