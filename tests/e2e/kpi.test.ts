import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, privateSetting, saveScreenshot, type ExtensionBrowser } from './browser';
import { seed, seedRecords } from './dashboardSeed';

/** Won deals of two reps, closed today (the dashboard's default period is this month). */
function wonDeals(today: string) {
  const deal = (id: string, accountId: string, ownerId: string, amount: number, collected: number) => ({
    id, createdAt: 1, updatedAt: 1, version: 0, accountId, name: `Deal ${id}`, amount, currency: 'USD', expectedCloseDate: today,
    stage: 'won', probability: 100, ownerId, status: 'won', closedOn: today, grossMargin: Math.round(amount / 4), collected,
  });
  return [deal('k1', 'a1', 'Li', 2_000_000, 500_000), deal('k2', 'a4', 'Ann', 500_000, 500_000)];
}

async function seedDeals(page: Page, deals: object[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('leadkit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('deals', 'readwrite');
    for (const record of records) tx.objectStore('deals').put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, deals);
}

/** Issue #24 item 4: the KPI scorecard from won deals, its weights form and its CSV export. */
describe('KPI scorecard, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  before(async () => {
    browser = await launchExtensionBrowser();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.locator('[data-testid="dashboard"][data-state="ready"]').waitFor();
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await seed(page, seedRecords(now.getTime()));
    await seedDeals(page, wonDeals(today));
    await page.reload();
  });

  after(async () => {
    await browser?.close();
  });

  it("shows each rep's revenue and its contribution, best total first", async () => {
    const table = page.getByTestId('scorecard-table');
    await table.waitFor();
    const li = table.locator('tr[data-rep="Li"]');
    const ann = table.locator('tr[data-rep="Ann"]');
    assert.match((await li.locator('td[data-part="revenue"]').textContent()) ?? '', /\$20,000\.00.*of \$50,000\.00/);
    assert.match((await ann.locator('td[data-part="revenue"]').textContent()) ?? '', /\$5,000\.00/);
    // Default month plan: revenue weighs 20% against $50,000, re-based over the weight of the
    // parts that had data (no survey was answered here, so never 100).
    for (const [row, attainment] of [[li, 0.4], [ann, 0.1]] as const) {
      const counted = Number(await row.getAttribute('data-weight-counted'));
      assert.ok(counted > 0 && counted < 100, `weight counted ${counted}`);
      const contribution = Number(await row.locator('td[data-part="revenue"]').getAttribute('data-contribution'));
      assert.equal(contribution.toFixed(2), ((20 * attainment * 100) / counted).toFixed(2));
    }
    assert.equal(await table.locator('tbody tr').first().getAttribute('data-rep'), 'Li');
    await saveScreenshot(page, 'kpi-scorecard');
    assert.deepEqual(browser.errors, []);
  });

  it('refuses weights that add up to 90%, saving nothing', async () => {
    const form = page.getByTestId('kpi-settings');
    await page.getByText('KPI weights and targets').click();
    const revenue = form.locator('#kpi-weights-revenue');
    assert.equal(await revenue.inputValue(), '20');
    await revenue.fill('10');
    await revenue.press('Enter');
    const error = page.getByTestId('kpi-settings-error');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /The monthly weights add up to 90%; they must add up to 100%\. Nothing was saved\./);
    assert.equal(await privateSetting(page, 'kpiScorecard'), undefined);
  });

  it('exports the table as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scorecard-export').click()]);
    assert.match(download.suggestedFilename(), /^leadkit-scorecard-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path())!)).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.match(lines[0]!, /^Rep,Revenue: measured,Revenue: target,Revenue: points,Gross profit: measured/);
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^Li,20000,50000,/);
    assert.match(lines[2]!, /^Ann,5000,50000,/);
  });
});
