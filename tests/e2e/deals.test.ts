import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';

/** Issue #24: a deal entered in the side panel shows in the dashboard's forecast. */
describe('deals: side panel entry → dashboard forecast, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  let session: PanelSession;

  before(async () => {
    session = await openPanelSession('acme');
    ({ browser, panel } = session);
  });

  after(async () => {
    await session?.close();
  });

  it('adds a deal from the keyboard, with a field error first, and lists it', async () => {
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('account-view').waitFor();
    await panel.getByTestId('deals-empty').waitFor();
    await panel.getByTestId('deal-add').click();
    const name = panel.getByLabel('Deal name');
    await name.fill('Robotics pilot');
    await panel.getByLabel('Amount').fill('12,345.6x');
    await panel.getByLabel('Amount').press('Enter');
    await panel.locator('#deal-amount-error').waitFor();
    await panel.getByLabel('Amount').fill('12,345.67');
    // This month's last day: the deal counts in this month's and this quarter's weighted forecast.
    const now = new Date();
    const monthEnd = new Date(Date.UTC(now.getFullYear(), now.getMonth() + 1, 0)).toISOString().slice(0, 10);
    await panel.getByLabel('Expected close date').fill(monthEnd);
    await panel.getByLabel('Probability (%)').fill('50');
    await panel.getByLabel('Probability (%)').press('Enter');
    await panel.getByTestId('deal-row').waitFor();
    assert.equal(await panel.getByTestId('deal-amount').textContent(), '$12,345.67');
    const [deal] = await readStore<{ amount: number; currency: string; probability: number; expectedCloseDate: string }>(panel, 'deals');
    assert.deepEqual([deal?.amount, deal?.currency, deal?.probability, deal?.expectedCloseDate], [1_234_567, 'USD', 50, monthEnd]);
    const outbox = await readStore<{ entity: string }>(panel, 'outbox');
    assert.ok(outbox.some((entry) => entry.entity === 'deal'), 'the deal waits in the outbox to sync');
    await saveScreenshot(panel, 'deals-panel');
  });

  it('shows the deal in the dashboard forecast: pipeline by stage and weighted this month', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const forecast = page.getByTestId('forecast');
    await forecast.and(page.locator('[data-state="ready"]')).waitFor();
    // 50% of $12,345.67, rounded to the cent.
    assert.match((await page.getByTestId('forecast-thisMonth').textContent()) ?? '', /\$6,172\.84/);
    assert.match((await page.getByTestId('forecast-thisQuarter').textContent()) ?? '', /\$6,172\.84/);
    assert.match((await page.getByTestId('forecast-stages').textContent()) ?? '', /Opportunity.*\$12,345\.67/);
    await saveScreenshot(page, 'deals-forecast');
    await page.close();
  });
});
