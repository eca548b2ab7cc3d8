import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';
import type { FixtureServer } from './fixtureServer';

type Fixtures = FixtureServer;

describe('capture → side panel, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let server: Fixtures;
  let site: Page;
  let panel: Page;

  let session: PanelSession;

  before(async () => {
    session = await openPanelSession('acme');
    ({ browser, server, site, panel } = session);
  });

  after(async () => {
    await session?.close();
  });

  const show = (url: string) => session.show(url);

  it('offers capture on a site that is not an account yet', async () => {
    await show(server.url('acme'));
    await panel.getByRole('heading', { name: /acme\.test is not an account yet/ }).waitFor();
    await saveScreenshot(panel, 'sidepanel-unknown-site');
  });

  it('fills the form from the page, and saving makes it an account', async () => {
    await panel.getByTestId('capture-button').click();
    const form = panel.getByTestId('capture-form');
    await form.waitFor();
    assert.equal(await panel.getByLabel('Company name').inputValue(), 'Acme Robotics Inc.');
    assert.equal(await panel.getByLabel('Domain').inputValue(), 'acme.test');
    assert.equal(await panel.getByLabel('Email').inputValue(), 'sales@acme.test');
    assert.match(await panel.getByLabel('Phone').inputValue(), /\+?1.?415.?555.?0134/);
    assert.match(await panel.getByLabel('Address').inputValue(), /500 Market St/);
    await saveScreenshot(panel, 'capture-form');

    await panel.getByLabel('Company name').fill('Acme Robotics');
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('account-view').waitFor();
    assert.equal(await panel.getByTestId('account-name').textContent(), 'Acme Robotics');
    assert.equal(await panel.getByTestId('account-domain').textContent(), 'acme.test');
    assert.equal(await panel.getByTestId('stage-badge').textContent(), 'Lead');
    assert.match((await panel.getByTestId('timeline').textContent()) ?? '', /Captured/);
    await saveScreenshot(panel, 'sidepanel-account');
  });

  it('follows the active tab: another page of the same company shows the account', async () => {
    await show(server.url('acme', '/contact.html'));
    await panel.getByTestId('account-name').filter({ hasText: 'Acme Robotics' }).waitFor();
    await show(server.url('globex'));
    await panel.getByRole('heading', { name: /globex\.test is not an account yet/ }).waitFor();
  });

  it('capturing the same company again offers the existing account instead of a duplicate', async () => {
    await show(server.url('acme', '/contact.html'));
    await panel.getByTestId('account-view').waitFor();
    const result = await browser.worker.evaluate(async (tabUrl) => {
      const [tab] = await chrome.tabs.query({ url: tabUrl });
      return tab?.id;
    }, server.url('acme', '/contact.html'));
    assert.ok(result !== undefined);
    // The same message the panel's capture button sends; the toolbar icon runs the same capture.
    await panel.evaluate(async (tabId) => chrome.runtime.sendMessage({ type: 'capture.tab', payload: { tabId, mode: 'page' } }), result);
    await panel.getByTestId('duplicate-notice').waitFor();
    await saveScreenshot(panel, 'capture-duplicate');
    await panel.getByTestId('add-to-existing').click();
    await panel.getByTestId('account-view').waitFor();
    const stored = await readStore<{ domain: string; emails: string[] }>(panel, 'accounts');
    assert.equal(stored.length, 1, 'still one account');
    assert.ok(stored[0]!.emails.includes('partners@acme.test'), 'the new email was added to it');
  });

  it('Chinese company page: name and hotline come from the page', async () => {
    await show(server.url('globex'));
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    assert.match(await panel.getByLabel('Company name').inputValue(), /环球智造/);
    assert.match(await panel.getByLabel('Phone').inputValue(), /400.?800.?1234/);
    await panel.getByRole('button', { name: 'Discard' }).click();
    await panel.getByTestId('capture-button').waitFor();
  });

  it('broken markup and hostile page globals still give a draft', async () => {
    for (const [name, email] of [['broken', 'hello@broken.test'], ['hostile', 'owner@hostile.test']] as const) {
      await show(server.url(name));
      await panel.getByTestId('capture-button').click();
      await panel.getByTestId('capture-form').waitFor();
      assert.equal(await panel.getByLabel('Email').inputValue(), email, name);
      await panel.getByRole('button', { name: 'Discard' }).click();
      await panel.getByTestId('capture-button').waitFor();
    }
  });

  it('a 10 MB page is captured without freezing', async () => {
    await show(server.url('bigcorp', '/big.html'));
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor({ timeout: 20_000 });
    assert.match(await panel.getByLabel('Company name').inputValue(), /Bigcorp/);
    await panel.getByRole('button', { name: 'Discard' }).click();
  });

  it('browser pages and PDFs get a clear message, not a crash', async () => {
    await show(server.url('bigcorp', '/brochure.pdf'));
    await panel.getByRole('heading', { name: /bigcorp\.test is not an account yet/ }).waitFor();
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-error').waitFor();
    assert.equal(await panel.getByTestId('capture-error').textContent(), "This kind of page can't be captured.");
    await show('about:blank');
    await panel.getByRole('heading', { name: "LeadKit can't read this page" }).waitFor();
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(browser.errors, []);
  });
});

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
