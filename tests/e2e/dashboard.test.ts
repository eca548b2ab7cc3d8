import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './browser';
import { seed, seedRecords } from './dashboardSeed';

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').trim();

describe('dashboard, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  before(async () => {
    browser = await launchExtensionBrowser();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the empty state before there is any data', async () => {
    await page.locator('[data-testid="dashboard"][data-state="ready"]').waitFor();
    await page.getByText('No data yet').waitFor();
  });

  it('computes the funnel, KPIs and service levels of seeded data in its worker', async () => {
    await seed(page, seedRecords(Date.now()));
    await page.reload();
    await page.getByTestId('period-preset').selectOption('last90Days');
    await page.getByTestId('dashboard-report').waitFor();
    assert.equal(await text(page, 'kpi-lead-to-won-value'), '25%'); // a1 of a1–a4
    assert.equal(await text(page, 'kpi-cycle-value'), '20.0 days');
    assert.equal(await text(page, 'kpi-win-rate-value'), '50%'); // a1 won, a2 lost
    assert.match(await text(page, 'funnel-count-lead'), /^4 · /);
    assert.match(await text(page, 'funnel-conversion-lead'), /75% \(3 of 4\)/);
    assert.match(await text(page, 'funnel-conversion-prospect'), /33\.3% \(1 of 3\)/);
    const firstContact = page.getByTestId('table-sla').locator('tr[data-level="firstContact"] td');
    assert.deepEqual(await firstContact.allTextContents(), ['2', '1', '0', '66.7%']);
    assert.equal(await page.getByTestId('table-reps').locator('tbody tr').count(), 2);
    assert.match(await text(page, 'outcome-summary'), /1 won, 1 lost, 0 disqualified/);
    assert.match((await page.getByTestId('table-reasons').textContent()) ?? '', /Price too high/);
    // Every chart is also a table, and an accessible image with a title.
    assert.equal(await page.locator('svg[role="img"] > title').count(), await page.locator('svg[role="img"]').count());
    await saveScreenshot(page, 'dashboard');
    assert.deepEqual(browser.errors, []);
  });

  it('raises an alert on the dashboard once the manager’s threshold is breached', async () => {
    await page.getByTestId('alert-settings').locator('summary').click();
    await page.getByLabel('Only alert when at least this many accounts are counted').fill('1');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await page.getByTestId('alert-banner').waitFor();
    assert.match(await text(page, 'alert-banner'), /First contact on time: 66\.7% \(alert below 90%\)/);
  });

  it('imports leads from a CSV with Chinese headers, and reports the duplicate it skipped', async () => {
    const csv = '\uFEFF公司名称,网址,邮箱,电话\r\n"上海某某科技有限公司","www.mou-tech.cn","sales@mou-tech.cn",021-62345678\r\nGlobex again,https://a2.test,,\r\n"Acme, ""the"" company",acme-import.test,,\r\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-mapping').waitFor();
    assert.equal(await page.getByTestId('map-name').inputValue(), '0');
    assert.equal(await page.getByTestId('map-website').inputValue(), '1');
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report').waitFor();
    assert.match(await text(page, 'import-summary'), /Imported 2 of 3 rows/);
    assert.match(await text(page, 'import-skipped'), /Row 3: already an account \(Globex Ltd\)/);
    // The import's writes reach the worker; the funnel now counts the new leads.
    await page.waitForFunction(() => /^6 · /.test(document.querySelector('[data-testid="funnel-count-lead"]')?.textContent ?? ''));
  });

  it('exports accounts as CSV that Excel opens cleanly: BOM, CRLF, quoted commas', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-accounts').click()]);
    const bytes = await readFile((await download.path())!);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const body = bytes.subarray(3).toString('utf8');
    assert.match(body, /^id,name,domain,/);
    assert.match(body, /\r\n/);
    assert.match(body, /华信精密制造有限公司/);
    assert.match(body, /"Acme, ""the"" company"/);
    assert.match(download.suggestedFilename(), /^leadkit-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

describe('dashboard in Chinese, in real Chromium', () => {
  let browser: ExtensionBrowser;

  after(async () => {
    await browser?.close();
  });

  it('reads naturally in zh_CN, with the same numbers', async () => {
    browser = await launchExtensionBrowser({ locale: 'zh-CN' });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.getByText('暂无数据').waitFor();
    await seed(page, seedRecords(Date.now()));
    await page.reload();
    await page.getByTestId('period-preset').selectOption('last90Days');
    await page.getByTestId('dashboard-report').waitFor();
    assert.match(await text(page, 'kpi-lead-to-won'), /^线索成交率25%/);
    assert.equal(await text(page, 'kpi-cycle-value'), '20.0 天');
    assert.match(await text(page, 'funnel-conversion-lead'), /75%（4 中的 3）/);
    await saveScreenshot(page, 'dashboard-zh');
    assert.deepEqual(browser.errors, []);
  });
});
