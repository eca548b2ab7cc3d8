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

  it('many overdue actions raise one Firefox notification: the count in its title, the top items in its text', async () => {
    // Seeded as another context would write them, then announced on the channel commitChanges uses.
    await panel.evaluate(async (now) => {
      const request = indexedDB.open('leadkit');
      const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      const accountId: string = await new Promise((resolve) => {
        const all = db.transaction('accounts').objectStore('accounts').getAll();
        all.onsuccess = () => resolve((all.result[0] as { id: string }).id);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('tasks', 'readwrite');
        for (let index = 0; index < 6; index++) {
          const task = { id: `seeded-${index}`, createdAt: now, updatedAt: now, version: 0, accountId, title: `Call back about quote ${index}`, dueAt: now - (50 + index) * 3_600_000, status: 'open', priority: 'high' };
          tx.objectStore('tasks').put(task);
        }
        tx.oncomplete = resolve;
      });
      db.close();
      new BroadcastChannel('leadkit-db-changes').postMessage({ stores: ['tasks'] });
    }, Date.now());
    type Shown = Record<string, { type?: string; title?: string; message?: string; items?: unknown }>;
    const grouped = await panel.waitForFunction(
      async () => {
        const all = (await (globalThis as unknown as { browser: { notifications: { getAll(): Promise<Shown> } } }).browser.notifications.getAll()) as Shown;
        const group = Object.entries(all).find(([id]) => id.startsWith('leadkit-group:'));
        return group ? group[1] : false;
      },
      { timeout: 15_000, polling: 200 },
    );
    const options = (await grouped.jsonValue()) as Shown[string];
    assert.equal(options.type, 'basic');
    assert.ok(!options.items, 'no list items: Firefox has no list type');
    assert.match(options.title ?? '', /^\d+ actions are due$/);
    const lines = (options.message ?? '').split('\n');
    assert.equal(lines.length, 5, 'the five earliest');
    assert.match(lines[0]!, /^Acme Robotics · Call back about quote 5$/);
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(firefox.errors, []);
  });
});

