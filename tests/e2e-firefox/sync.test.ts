import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/fixtureServer';
import { startSyncServer, type Rep, type SyncServer } from '../sync-fault/syncServer';
import { clickTestId, fillLabel, launchFirefoxExtension, valueOfLabel, saveFirefoxScreenshot, waitForTestId, type FirefoxExtension } from './firefox';

/**
 * Issue #27: the Firefox build's sync, end to end: the options page saves the settings, A captures
 * and pushes to the real reference server, B (another Firefox profile of the same team) pulls.
 */
describe('Firefox: options page and a sync round trip through the real server', () => {
  let fixtures: FixtureServer;
  let server: SyncServer;
  let a: FirefoxExtension;
  let b: FirefoxExtension;
  let repA: Rep;
  let repB: Rep;

  before(async () => {
    fixtures = await startFixtureServer();
    a = await launchFirefoxExtension();
    b = await launchFirefoxExtension();
    // Each profile has its own add-on UUID, so its own origin for the server's CORS list.
    server = await startSyncServer({ allowedOrigins: [a.origin, b.origin] });
    repA = await server.createRep(undefined, 'Ann');
    repB = await server.createRep(repA.teamId, 'Bo');
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    await fixtures?.close();
  });

  /** The rep's way: options page → Sync tab → URL and token → Save. */
  async function configure(firefox: FirefoxExtension, rep: Rep): Promise<Page> {
    const options = await firefox.openPage('options.html', 'sync');
    await fillLabel(options, 'Backend URL', server.url);
    await fillLabel(options, 'Access token', rep.token);
    await clickTestId(options, 'sync-save');
    await waitForTestId(options, 'sync-settings-status', 'Saved.');
    return options;
  }

  async function syncNow(panel: Page): Promise<void> {
    await clickTestId(panel, 'sync-now');
    await waitForTestId(panel, 'sync-line', /Last synced/);
  }

  async function panelOn(firefox: FirefoxExtension, site: string): Promise<Page> {
    const tab = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    await tab.goto(fixtures.url(site));
    const panel = await firefox.openPanel();
    await tab.bringToFront();
    return panel;
  }

  it('the options page saves the sync settings, and its connection test reaches the server', async () => {
    const options = await configure(a, repA);
    await clickTestId(options, 'sync-test');
    await waitForTestId(options, 'sync-settings-status', /Connected/);
    await saveFirefoxScreenshot(options, 'options-sync-saved');
    await options.close();
    // Saved, not only shown: a page opened afresh reads the settings back.
    const reopened = await a.openPage('options.html', 'sync');
    await reopened.waitForFunction((url) => (document.querySelector('#sync-url') as HTMLInputElement | null)?.value === url, {}, server.url);
    assert.equal(await valueOfLabel(reopened, 'Backend URL'), server.url);
    await reopened.close();
  });

  it('A captures an account and pushes it: the server holds it', async () => {
    const panel = await panelOn(a, 'acme');
    await clickTestId(panel, 'capture-button');
    await waitForTestId(panel, 'capture-form');
    await fillLabel(panel, 'Company name', 'Acme Robotics');
    await clickTestId(panel, 'save-lead');
    await waitForTestId(panel, 'account-name', 'Acme Robotics');
    await syncNow(panel);
    await panel.waitForSelector('[data-testid="sync-pending"][data-count="0"]');
    const { rows } = await server.db().query<{ data: { name: string; domain: string } }>(
      "SELECT data::json AS data FROM records WHERE team_id = $1 AND entity = 'account' AND NOT deleted",
      [repA.teamId],
    );
    assert.deepEqual(rows.map((row) => [row.data.name, row.data.domain]), [['Acme Robotics', 'acme.test']]);
    await saveFirefoxScreenshot(panel, 'sidebar-synced');
  });

  it('B, of the same team, pulls it: the account shows in its sidebar', async () => {
    await (await configure(b, repB)).close();
    const panel = await panelOn(b, 'acme');
    await syncNow(panel);
    await waitForTestId(panel, 'account-name', 'Acme Robotics');
    const accounts = await panel.evaluate(async () => {
      const request = indexedDB.open('leadkit');
      const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      const all: Array<{ name: string; version: number }> = await new Promise((resolve) => {
        const read = db.transaction('accounts').objectStore('accounts').getAll();
        read.onsuccess = () => resolve(read.result);
      });
      db.close();
      return all.map((account) => [account.name, account.version]);
    });
    assert.deepEqual(accounts, [['Acme Robotics', 1]]);
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual([...a.errors, ...b.errors], []);
  });
});
