import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';

const HOUR = 3_600_000;

/** Issue #24 item 3: survey task → NPS/CSAT on the dashboard; a complaint → a 24 h response-plan task. */
describe('satisfaction: survey and complaint in the side panel → dashboard, in real Chromium', () => {
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

  async function answerSurvey(nps: string, csat: string, comment: string): Promise<void> {
    const surveyTask = panel.locator('[data-testid="task"][data-rule="satisfactionSurvey"]');
    await surveyTask.getByTestId('task-done').click();
    const form = panel.getByTestId('survey-form');
    await form.waitFor();
    // Keyboard only: the NPS field has the focus; digits, Tab, Enter.
    await panel.keyboard.type(nps);
    await panel.keyboard.press('Tab');
    await panel.keyboard.type(csat);
    await panel.keyboard.press('Tab');
    await panel.keyboard.type(comment);
    await panel.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
  }

  it('a won account\'s survey task records NPS and CSAT, with a clear error for an empty survey', async () => {
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('account-view').waitFor();
    // The account is a customer of Mei Chen's: written as another context (sync) would, then announced.
    await panel.evaluate(async () => {
      const request = indexedDB.open('leadkit');
      const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      const tx = db.transaction('accounts', 'readwrite');
      const store = tx.objectStore('accounts');
      const all: Array<Record<string, unknown>> = await new Promise((resolve) => {
        const read = store.getAll();
        read.onsuccess = () => resolve(read.result);
      });
      store.put({ ...all[0], stage: 'won', ownerId: 'Mei Chen', updatedAt: Date.now() });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      new BroadcastChannel('leadkit-db-changes').postMessage({ stores: ['accounts'] });
    });
    await panel.locator('.stage-bar__step--current', { hasText: 'Won' }).waitFor();
    // Delivery accepted starts the survey's clock.
    await panel.locator('[data-criterion="wonDeliveryAccepted"] input').click();
    const surveyTask = panel.locator('[data-testid="task"][data-rule="satisfactionSurvey"]');
    await surveyTask.waitFor();

    await surveyTask.getByTestId('task-done').click();
    await panel.getByTestId('survey-form').waitFor();
    await panel.keyboard.press('Enter');
    assert.equal(await panel.getByTestId('survey-error').textContent(), 'Give an NPS or a CSAT score (or both).');
    await panel.keyboard.press('Escape');
    await panel.getByTestId('survey-form').waitFor({ state: 'detached' });
    assert.equal(await surveyTask.count(), 1, 'cancelling leaves the task open');

    await answerSurvey('10', '5', 'Fast rollout');
    await panel.locator('[data-criterion="wonSatisfactionSurveyed"].checklist__item--met').waitFor();
    await panel.getByTestId('survey-scores').filter({ hasText: 'NPS 10 · CSAT 5' }).waitFor();
    assert.equal(await surveyTask.count(), 0);

    // Delivery of a second phase accepted: a new survey.
    // The checkbox shows the stored state: click, then wait for the write to come back.
    await panel.locator('[data-criterion="wonDeliveryAccepted"] input').click();
    await panel.locator('[data-criterion="wonDeliveryAccepted"]:not(.checklist__item--met)').waitFor();
    await panel.locator('[data-criterion="wonDeliveryAccepted"] input').click();
    await panel.locator('[data-criterion="wonDeliveryAccepted"].checklist__item--met').waitFor();
    await surveyTask.waitFor();
    await answerSurvey('5', '3', 'Invoices are confusing');
    await panel.getByTestId('survey-scores').filter({ hasText: 'NPS 5 · CSAT 3' }).waitFor();

    const surveys = (await readStore<{ kind: string; survey?: { nps?: number; csat?: number }; content: string }>(panel, 'activities')).filter((activity) => activity.kind === 'survey');
    assert.deepEqual(surveys.map((activity) => [activity.survey, activity.content]).sort(), [
      [{ nps: 10, csat: 5 }, 'Fast rollout'],
      [{ nps: 5, csat: 3 }, 'Invoices are confusing'],
    ]);
    const outbox = await readStore<{ entity: string; data: { kind?: string } | null }>(panel, 'outbox');
    assert.ok(outbox.some((entry) => entry.entity === 'activity' && entry.data?.kind === 'survey'), 'the survey waits in the outbox to sync');
    await saveScreenshot(panel, 'satisfaction-survey');
  });

  it('a complaint logged from the account view gets a response-plan task due in 24 h', async () => {
    await panel.getByTestId('quick-add').click();
    await panel.getByTestId('quick-add-form').waitFor();
    await panel.getByLabel('Kind').selectOption('complaint');
    await panel.getByLabel('What happened').fill('Invoice was wrong twice');
    await panel.getByLabel('What happened').press('Enter');
    const planTask = panel.locator('[data-testid="task"][data-rule="complaintResponsePlan"]');
    await planTask.waitFor();
    assert.equal(await planTask.getByTestId('task-title').textContent(), 'Give the customer a response plan for the complaint');
    const complaint = (await readStore<{ kind: string; at: number }>(panel, 'activities')).find((activity) => activity.kind === 'complaint');
    assert.equal(Number(await planTask.getAttribute('data-due-at')) - complaint!.at, 24 * HOUR);
    await saveScreenshot(panel, 'satisfaction-complaint');
  });

  it('the dashboard shows NPS 0 and CSAT 4.0 for the rep, the open complaint, and the detractor as a churn risk', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.getByTestId('satisfaction').and(page.locator('[data-state="ready"]')).waitFor();
    const row = page.locator('[data-testid="satisfaction-reps"] tr[data-rep="Mei Chen"]');
    const cell = async (column: string) => (await row.locator(`[data-col="${column}"]`).textContent())?.trim();
    assert.equal(await cell('surveys'), '2');
    // One promoter (10), one detractor (5): 50 % − 50 %.
    assert.equal(await cell('nps'), '0');
    assert.equal(await cell('csat'), '4.0 / 5');
    assert.equal(await cell('complaints'), '1');
    assert.equal(await cell('onTime'), '0 / 0 / 1');
    const risks = page.getByTestId('satisfaction-risks');
    await risks.waitFor();
    assert.match((await risks.textContent()) ?? '', /Mei Chen.*detractor NPS 5/);
    await saveScreenshot(page, 'satisfaction-dashboard');
    await page.close();
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(browser.errors, []);
  });
});
