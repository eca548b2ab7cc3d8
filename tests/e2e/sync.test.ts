import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { startFixtureServer } from './fixtureServer';
import { startSyncServer, type Rep, type SyncServer } from '../sync-fault/syncServer';

type Fixtures = Awaited<ReturnType<typeof startFixtureServer>>;

/** Chrome logs a refused connection as a console error; while the server is down that is expected. */
const OFFLINE_NOISE = /ERR_CONNECTION_REFUSED|Failed to fetch/;

/**
 * Issue #7, end to end: two browser profiles of the same team and the real reference server.
 * A is set up and captures while the server is down; the server comes up, A pushes, B pulls and
 * shows the account.
 */
describe('sync between two browser profiles through the real server', () => {
  let fixtures: Fixtures;
  let server: SyncServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let repA: Rep;
  let repB: Rep;
  let panelA: Page;

  before(async () => {
    fixtures = await startFixtureServer();
    [a, b] = await Promise.all([launchExtensionBrowser(), launchExtensionBrowser()]);
    assert.equal(a.extensionId, b.extensionId, 'unpacked from the same path: the same extension id');
    // Data in memory (or DATABASE_URL's PostgreSQL); the port is reserved, but nothing answers yet.
    server = await startSyncServer({ allowedOrigins: [`chrome-extension://${a.extensionId}`], startStopped: true });
    repA = await server.createRep(undefined, 'Ann');
    repB = await server.createRep(repA.teamId, 'Bo');
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    await fixtures?.close();
  });

  /** The rep's way: options page → Sync tab → URL and token → Save (asks for that origin only). */
  async function configure(browser: ExtensionBrowser, rep: Rep): Promise<Page> {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#sync`);
    await options.getByLabel('Backend URL').fill(server.url);
    await options.getByLabel('Access token').fill(rep.token);
    await options.getByTestId('sync-save').click();
    await options.getByTestId('sync-settings-status').filter({ hasText: 'Saved.' }).waitFor();
    return options;
  }

  async function syncNow(panel: Page): Promise<void> {
    await panel.getByTestId('sync-now').click();
    await panel.getByTestId('sync-line').filter({ hasNotText: 'Syncing' }).waitFor();
  }

  it('A is connected in the options page while the server is down: the test says so plainly', async () => {
    const options = await configure(a, repA);
    await options.getByTestId('sync-test').click();
    await options.getByTestId('sync-settings-status').filter({ hasText: "Could not connect: Can't reach the server" }).waitFor();
    await saveScreenshot(options, 'sync-settings-offline');
    await options.close();
  });

  it('A captures an account offline: it is kept, waiting, with the reason shown', async () => {
    const site = a.context.pages()[0] ?? (await a.context.newPage());
    await site.goto(fixtures.url('acme'));
    panelA = await a.openSidePanel();
    await site.bringToFront();
    await panelA.getByTestId('capture-button').click();
    await panelA.getByTestId('capture-form').waitFor();
    await panelA.getByLabel('Company name').fill('Acme Robotics');
    await panelA.getByTestId('save-lead').click();
    await panelA.getByTestId('account-view').waitFor();

    await syncNow(panelA);
    await panelA.getByTestId('sync-line').filter({ hasText: "Can't reach the server" }).waitFor();
    const pending = Number(await panelA.getByTestId('sync-pending').getAttribute('data-count'));
    assert.ok(pending >= 1, `the capture waits in the outbox (${pending})`);
    await saveScreenshot(panelA, 'sync-panel-offline');
  });

  it('the server comes up: A pushes, and the server holds the account', async () => {
    await server.start();
    await syncNow(panelA);
    await panelA.getByTestId('sync-line').filter({ hasText: 'Last synced' }).waitFor();
    await panelA.locator('[data-testid="sync-pending"][data-count="0"]').waitFor();
    const { rows } = await server.db().query<{ data: { name: string; domain: string } }>(
      "SELECT data::json AS data FROM records WHERE team_id = $1 AND entity = 'account' AND NOT deleted",
      [repA.teamId],
    );
    assert.deepEqual(rows.map((row) => [row.data.name, row.data.domain]), [['Acme Robotics', 'acme.test']]);
    await saveScreenshot(panelA, 'sync-panel-synced');
  });

  it('B, of the same team, pulls it: the account is in its store and its side panel', async () => {
    (await configure(b, repB)).close();
    const site = b.context.pages()[0] ?? (await b.context.newPage());
    await site.goto(fixtures.url('acme'));
    const panelB = await b.openSidePanel();
    await site.bringToFront();
    await syncNow(panelB);
    await panelB.getByTestId('sync-line').filter({ hasText: 'Last synced' }).waitFor();
    await panelB.getByTestId('account-name').filter({ hasText: 'Acme Robotics' }).waitFor();
    assert.equal(await panelB.getByTestId('sync-conflicts').count(), 0, 'nothing to decide: B changed nothing A did');
    const stored = {
      accounts: await readStore<{ name: string; version: number }>(panelB, 'accounts'),
      outbox: await readStore<{ entity: string }>(panelB, 'outbox'),
    };
    assert.deepEqual(stored.accounts.map((account) => [account.name, account.version]), [['Acme Robotics', 1]]);
    assert.equal(stored.outbox.filter((entry) => entry.entity === 'account').length, 0, 'pulled records are not pushed back');
    await saveScreenshot(panelB, 'sync-second-profile');
  });

  it('saw no page or extension errors (besides the refused connections while offline)', () => {
    assert.deepEqual(a.errors.filter((error) => !OFFLINE_NOISE.test(error)), []);
    assert.deepEqual(b.errors, []);
  });
});
