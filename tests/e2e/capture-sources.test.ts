import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';
import type { FixtureServer } from './fixtureServer';

type Fixtures = FixtureServer;
type Stored = { accounts: Array<{ id: string; name: string; domain: string; emails: string[] }>; contacts: Array<{ accountId: string; name: string; title?: string; email?: string; phone?: string }>; activities: Array<{ accountId: string; kind: string }> };

/** Issue 3: selection capture, webmail sender capture, contacts, duplicates and merging, in real Chromium. */
describe('capture sources → contacts, duplicates, merge', () => {
  let browser: ExtensionBrowser;
  let server: Fixtures;
  let site: Page;
  let panel: Page;

  let session: PanelSession;

  before(async () => {
    session = await openPanelSession('signature');
    ({ browser, server, site, panel } = session);
  });

  after(async () => {
    await session?.close();
  });

  const show = (url: string) => session.show(url);

  /** The message the toolbar icon, context menu or panel button sends, for the tab showing `url`. */
  async function capture(url: string, mode: 'page' | 'selection' | 'sender'): Promise<unknown> {
    const tabId = await browser.worker.evaluate(async (tabUrl) => (await chrome.tabs.query({ url: tabUrl }))[0]?.id, url);
    assert.ok(tabId !== undefined);
    return panel.evaluate(async ({ tabId, mode }) => chrome.runtime.sendMessage({ type: 'capture.tab', payload: { tabId, mode } }), { tabId, mode });
  }

  async function stored(): Promise<Stored> {
    const [accounts, contacts, activities] = await Promise.all([
      readStore<Stored['accounts'][number]>(panel, 'accounts'),
      readStore<Stored['contacts'][number]>(panel, 'contacts'),
      readStore<Stored['activities'][number]>(panel, 'activities'),
    ]);
    return { accounts, contacts, activities };
  }

  it('selection: only the selected signature’s fields, and saving creates the account and the contact', async () => {
    const url = server.url('signature');
    await show(url);
    await site.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('signature')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    assert.deepEqual(await capture(url, 'selection').then((result) => (result as { ok: boolean }).ok), true);
    await panel.getByTestId('capture-form').waitFor();
    assert.equal(await panel.getByLabel('Contact name').inputValue(), 'Maria Lopez');
    assert.equal(await panel.getByLabel('Job title').inputValue(), 'Head of Operations');
    assert.equal(await panel.getByLabel('Email').inputValue(), 'maria.lopez@northwind.test');
    assert.match(await panel.getByLabel('Phone').inputValue(), /\+?49.?40.?5550.?1234/);
    assert.equal(await panel.getByLabel('Domain').inputValue(), 'northwind.test');
    assert.equal(await panel.getByLabel('Company name').inputValue(), 'Northwind Logistics GmbH');
    const form = (await panel.getByTestId('capture-form').textContent()) ?? '';
    assert.doesNotMatch(form, /press@signature\.test|555.?0100/, 'nothing from the page footer');
    await saveScreenshot(panel, 'capture-selection');
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('capture-button').waitFor();
    const data = await stored();
    assert.deepEqual(data.accounts.map((a) => [a.name, a.domain]), [['Northwind Logistics GmbH', 'northwind.test']]);
    assert.deepEqual(data.contacts.map(({ name, title, email, phone, accountId }) => ({ name, title, email, phone, own: accountId === data.accounts[0]!.id })), [
      { name: 'Maria Lopez', title: 'Head of Operations', email: 'maria.lopez@northwind.test', phone: '+494055501234', own: true },
    ]);
  });

  it('re-capturing the same person updates the contact instead of duplicating it (through the merge view)', async () => {
    const url = server.url('signature');
    await capture(url, 'selection');
    await panel.getByTestId('duplicate-notice').waitFor();
    assert.match((await panel.getByTestId('duplicate-reasons').textContent()) ?? '', /Same domain/);
    await panel.getByLabel('Job title').fill('COO');
    await panel.getByTestId('merge-into-existing').click();
    await panel.getByTestId('merge-view').waitFor();
    await panel.getByTestId('merge-confirm').click();
    await panel.getByTestId('capture-button').waitFor();
    const data = await stored();
    assert.equal(data.accounts.length, 1);
    assert.deepEqual(data.contacts.map((c) => [c.name, c.title]), [['Maria Lopez', 'COO']]);
  });

  it('sender of an open message on a Gmail-like page on any host: person, title, company, sender’s domain', async () => {
    const url = server.url('mailbox');
    await show(url);
    await panel.getByTestId('capture-button').waitFor();
    await capture(url, 'sender');
    await panel.getByTestId('capture-form').waitFor();
    assert.equal(await panel.getByLabel('Contact name').inputValue(), '王芳');
    assert.equal(await panel.getByLabel('Job title').inputValue(), '采购经理');
    assert.equal(await panel.getByLabel('Company name').inputValue(), '华信精密制造有限公司');
    assert.equal(await panel.getByLabel('Domain').inputValue(), 'huaxin-mfg.cn');
    assert.equal(await panel.getByLabel('Email').inputValue(), 'wang.fang@huaxin-mfg.cn');
    await saveScreenshot(panel, 'capture-sender');
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('capture-button').waitFor();
    const data = await stored();
    const huaxin = data.accounts.find((a) => a.domain === 'huaxin-mfg.cn');
    assert.ok(huaxin);
    assert.ok(data.contacts.some((c) => c.accountId === huaxin.id && c.name === '王芳' && c.phone === '+8651265881234'));
  });

  it('a free-mail sender never becomes an account: the form says so, the rep adds them to a company found by name', async () => {
    const url = server.url('mailbox', '/personal.html');
    await show(url);
    await capture(url, 'sender');
    await panel.getByTestId('personal-domain-notice').waitFor();
    assert.equal(await panel.getByLabel('Domain').inputValue(), '');
    await panel.getByLabel('Domain').fill('qq.com');
    await panel.getByTestId('save-lead').click();
    await panel.getByText('This is a personal mail domain', { exact: false }).waitFor();
    await panel.getByLabel('Company name').fill('华信精密制造');
    await panel.getByTestId('duplicate-notice').waitFor();
    await panel.getByTestId('add-to-existing').click();
    await panel.getByTestId('capture-button').waitFor();
    const data = await stored();
    assert.ok(!data.accounts.some((a) => a.domain === 'qq.com'));
    const huaxin = data.accounts.find((a) => a.domain === 'huaxin-mfg.cn')!;
    assert.ok(data.contacts.some((c) => c.accountId === huaxin.id && c.email === 'wangfang1988@qq.com'));
  });

  it('merging two existing accounts keeps both histories', async () => {
    for (const name of ['acme', 'acmeeu']) {
      await show(server.url(name));
      await panel.getByTestId('capture-button').click();
      await panel.getByTestId('capture-form').waitFor();
      await panel.getByTestId('save-lead').click();
      await panel.getByTestId('account-view').waitFor();
    }
    // A visit to each account's site (behaviour signals, stored apart from the synced records).
    const before = await stored();
    const visitIds = await panel.evaluate(async (ids) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('leadkit');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('visits', 'readwrite');
      ids.forEach((accountId, index) => tx.objectStore('visits').put({ id: `visit-${index}`, accountId, startedAt: Date.now() - 60_000, seconds: 60 }));
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return ids.map((_, index) => `visit-${index}`);
    }, before.accounts.filter((a) => /acme/i.test(a.name)).map((a) => a.id));
    assert.equal(visitIds.length, 2);
    await capture(server.url('acmeeu'), 'page');
    await panel.getByTestId('merge-accounts-offer').waitFor();
    await panel.getByTestId('merge-accounts').click();
    await panel.getByTestId('merge-view').waitFor();
    // Keyboard only: focus the kept name, arrow to the other account's.
    await panel.getByTestId('merge-row-name').getByRole('radio').first().focus();
    await panel.keyboard.press('ArrowDown');
    assert.equal(await panel.getByTestId('merge-row-name').getByRole('radio').nth(1).isChecked(), true);
    await saveScreenshot(panel, 'capture-merge');
    await panel.getByTestId('merge-confirm').click();
    await panel.getByTestId('capture-form').waitFor();
    await panel.getByRole('button', { name: 'Discard' }).click();
    const data = await stored();
    const acmes = data.accounts.filter((a) => /acme/i.test(a.name));
    assert.equal(acmes.length, 1, 'one account left');
    assert.equal(data.activities.filter((a) => a.accountId === acmes[0]!.id && a.kind === 'capture').length, 2, 'both capture histories');
    assert.ok(data.activities.every((a) => data.accounts.some((account) => account.id === a.accountId)), 'no activity points at the deleted account');
    const visits = await readStore<{ id: string; accountId: string }>(panel, 'visits');
    assert.deepEqual(visits.filter((v) => visitIds.includes(v.id)).map((v) => v.accountId), [acmes[0]!.id, acmes[0]!.id], 'both accounts’ visits count for the one left');
  });

  it('on Gmail the panel offers to capture the sender', async () => {
    await show(server.url('gmail'));
    await panel.getByTestId('capture-sender-button').waitFor();
    assert.equal(await panel.getByTestId('capture-sender-button').textContent(), 'Capture the sender of this email');
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(browser.errors, []);
  });
});

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
