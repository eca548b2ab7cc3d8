import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './browser';
import { seedScores } from './storedScores';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A small team month, relative to now so "last 90 days" holds all of it (numbers worked out below). */
function seedRecords(now: number) {
  const ago = (days: number, hours = 0) => now - days * DAY + hours * HOUR;
  const account = (id: string, capturedAt: number, grade: 'A' | 'B' | 'C', ownerId: string, stage: string, name: string) => ({
    id, createdAt: capturedAt, updatedAt: capturedAt, version: 0, name, domain: `${id}.test`, stage, tags: [], phones: [], emails: [], ownerId, capturedAt,
    score: { score: 50, grade, reasons: [], scoredAt: capturedAt, ruleSetVersion: 1 },
  });
  let n = 0;
  const activity = (accountId: string, kind: string, at: number, extra: Record<string, unknown> = {}) => ({ id: `act-${n++}`, createdAt: at, updatedAt: at, version: 0, accountId, kind, at, content: '', ...extra });
  const move = (accountId: string, from: string, to: string, at: number, by: string, reason?: string) =>
    activity(accountId, 'stage_change', at, { result: to, content: reason ?? '', stageChange: { accountId, from, to, at, by, unmetCriteria: [], ...(reason ? { reason } : {}) } });
  return {
    accounts: [
      account('a1', ago(30), 'A', 'Li', 'won', '华信精密制造有限公司'),
      account('a2', ago(25), 'B', 'Li', 'lost', 'Globex Ltd'),
      account('a3', ago(20), 'C', 'Ann', 'lead', 'Initech'),
      account('a4', ago(10), 'A', 'Ann', 'prospect', 'Umbrella'),
    ],
    activities: [
      activity('a1', 'call', ago(29)), // first contact after 24 h: on time
      move('a1', 'lead', 'prospect', ago(28), 'Li'),
      move('a1', 'prospect', 'opportunity', ago(20), 'Li'),
      move('a1', 'opportunity', 'negotiation', ago(15), 'Li'),
      move('a1', 'negotiation', 'won', ago(10), 'Li'), // cycle: 20 days
      activity('a2', 'email', ago(22)), // after 72 h: late
      move('a2', 'lead', 'prospect', ago(20), 'Li'),
      move('a2', 'prospect', 'lost', ago(12), 'Li', 'Price too high'),
      activity('a4', 'call', ago(10, 1)), // within the hour
      move('a4', 'lead', 'prospect', ago(8), 'Ann'),
    ],
    tasks: [],
  };
}

async function seed(page: Page, records: ReturnType<typeof seedRecords>): Promise<void> {
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('leadkit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Written straight into the stores, so the accounts are marked for the dashboard's digest here
    // (lib/db/dirtyAccounts.ts), in the same transaction, as the extension's own writes do.
    const tx = db.transaction(['accounts', 'activities', 'digestDirty'], 'readwrite');
    for (const record of data.accounts) tx.objectStore('accounts').put(record);
    for (const record of data.activities) tx.objectStore('activities').put(record);
    for (const record of data.accounts) tx.objectStore('digestDirty').put(1, record.id);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
  // Scores live apart from the account records (score pages), where re-scoring stores them.
  await seedScores(page, records.accounts.map(({ id, updatedAt, score }) => ({ accountId: id, derivedFromUpdatedAt: updatedAt, ...score })));
}

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
