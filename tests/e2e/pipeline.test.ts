import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { privateSetting, readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';
import type { FixtureServer } from './fixtureServer';

type Fixtures = FixtureServer;
const HOUR = 3_600_000;


describe('pipeline: stage, next actions and reminders, in real Chromium', () => {
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

  it('capture → a first-contact action appears with a 48 h deadline', async () => {
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('account-view').waitFor();
    const firstContact = panel.locator('[data-testid="task"][data-rule="leadFirstContact"]');
    await firstContact.waitFor();
    const [account] = await readStore<{ capturedAt: number; stage: string }>(panel, 'accounts');
    const dueAt = Number(await firstContact.getAttribute('data-due-at'));
    assert.equal(dueAt - account!.capturedAt, 48 * HOUR);
    assert.equal(await firstContact.getByTestId('task-title').textContent(), 'Make first contact with this lead');
    assert.match((await firstContact.getByTestId('task-due').textContent()) ?? '', /^Due in (48|47) hours$/);
    const tasks = await readStore<{ ruleId?: string }>(panel, 'tasks');
    assert.equal(tasks.filter((task) => task.ruleId === 'leadFirstContact').length, 1, 'panel and background wrote one task, not two');
    await saveScreenshot(panel, 'pipeline-first-contact');
  });

  it('mark done → the next action appears', async () => {
    await panel.locator('[data-rule="leadFirstContact"]').getByTestId('task-done').click();
    await panel.locator('[data-testid="task"][data-rule="bookNeedsMeeting"]').waitFor();
    assert.equal(await panel.locator('[data-rule="leadFirstContact"]').count(), 0);
    // The timeline re-reads its activities after the task list does: wait for the call rather than read at once.
    await panel.getByTestId('timeline').filter({ hasText: /Call.*Make first contact with this lead/ }).waitFor();
    // The logged call meets the "first contact made" exit criterion.
    await panel.locator('[data-criterion="leadFirstContact"].checklist__item--met').waitFor();
    await saveScreenshot(panel, 'pipeline-next-action');
  });

  it('moving on with unmet criteria asks for a reason, kept in the stage history', async () => {
    await panel.getByTestId('move-prospect').click();
    const form = panel.getByTestId('move-reason-form');
    await form.waitFor();
    assert.match((await form.textContent()) ?? '', /exit criteria are not met/);
    await panel.getByLabel('Reason (kept in the stage history)').press('Enter');
    await panel.getByTestId('stage-error').waitFor();
    await panel.getByLabel('Reason (kept in the stage history)').fill('Budget holder asked for a demo next week');
    await saveScreenshot(panel, 'pipeline-move-reason');
    await panel.getByLabel('Reason (kept in the stage history)').press('Enter');
    await panel.locator('.stage-bar__step--current', { hasText: 'Prospect' }).waitFor();
    const change = panel.getByTestId('stage-change').first();
    assert.match((await change.textContent()) ?? '', /Lead → Prospect/);
    assert.match((await panel.getByTestId('timeline').textContent()) ?? '', /Reason: Budget holder asked for a demo next week/);
    const activities = await readStore<{ kind: string; stageChange?: { from: string; to: string; unmetCriteria: string[]; reason?: string } }>(panel, 'activities');
    const stored = activities.find((activity) => activity.kind === 'stage_change');
    assert.equal(stored?.stageChange?.from, 'lead');
    assert.equal(stored?.stageChange?.to, 'prospect');
    assert.ok((stored?.stageChange?.unmetCriteria.length ?? 0) > 0);
  });

  it('quick add from the keyboard only: n, type, Enter; Esc cancels', async () => {
    await panel.locator('body').click({ position: { x: 5, y: 5 } });
    await panel.keyboard.press('n');
    await panel.getByTestId('quick-add-form').waitFor();
    await panel.waitForFunction(() => document.activeElement?.id === 'quick-add-kind');
    await panel.keyboard.press('ArrowDown'); // call → email
    await panel.keyboard.press('Tab');
    await panel.keyboard.type('Sent the case study');
    await panel.keyboard.press('Tab');
    await panel.keyboard.type('Opened');
    await panel.keyboard.press('Enter');
    await panel.getByTestId('quick-add-form').waitFor({ state: 'detached' });
    await panel.getByTestId('timeline-entry').first().filter({ hasText: /Email.*Sent the case study.*Result: Opened/ }).waitFor();
    await panel.keyboard.press('n');
    await panel.getByTestId('quick-add-form').waitFor();
    await panel.keyboard.press('Escape');
    await panel.getByTestId('quick-add-form').waitFor({ state: 'detached' });
  });

  it('an overdue action raises a notification and the badge', async () => {
    const [account] = await readStore<{ id: string }>(panel, 'accounts');
    const now = Date.now();
    // Seeded as another context would write it, then announced on the channel commitChanges uses.
    await panel.evaluate(async ({ accountId, now }) => {
      const request = indexedDB.open('leadkit');
      const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      const task = { id: 'seeded-overdue', createdAt: now, updatedAt: now, version: 0, accountId, title: 'Call back about the quote', dueAt: now - 50 * 3_600_000, status: 'open', priority: 'high' };
      await new Promise((resolve) => {
        const tx = db.transaction('tasks', 'readwrite');
        tx.objectStore('tasks').put(task);
        tx.oncomplete = resolve;
      });
      new BroadcastChannel('leadkit-db-changes').postMessage({ stores: ['tasks'] });
    }, { accountId: account!.id, now });

    const deadline = Date.now() + 10_000;
    let shown: { notifications: Record<string, unknown>; badge: string } = { notifications: {}, badge: '' };
    while (Date.now() < deadline) {
      shown = await browser.worker.evaluate(async () => ({ notifications: await chrome.notifications.getAll(), badge: await chrome.action.getBadgeText({}) }));
      if (shown.badge === '1' && shown.notifications['leadkit-task:seeded-overdue']) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(shown.notifications['leadkit-task:seeded-overdue'], `notification shown: ${JSON.stringify(shown)}`);
    assert.equal(shown.badge, '1');
    const alarm = await browser.worker.evaluate(async () => chrome.alarms.get('leadkit-reminders'));
    assert.ok(alarm && alarm.scheduledTime > now, 'the next reminder alarm is set');
    const overdue = panel.locator('[data-testid="task"]', { hasText: 'Call back about the quote' });
    await overdue.waitFor();
    assert.match((await overdue.getByTestId('task-due').textContent()) ?? '', /^Overdue by 2 days$/);
    await saveScreenshot(panel, 'pipeline-overdue');
  });

  it('my queue lists the open actions, most urgent first, and filters by stage', async () => {
    // The panel's header opens the queue in a tab.
    const opened = browser.context.waitForEvent('page', (page) => page.url().includes('queue.html'));
    await panel.getByTestId('open-queue').click();
    const queue = await opened;
    const rows = queue.getByTestId('queue-row');
    await rows.first().waitFor();
    assert.match((await rows.first().textContent()) ?? '', /Acme Robotics.*Call back about the quote/);
    assert.equal(await rows.count(), 2);
    await queue.getByLabel('Stage').selectOption('won');
    await queue.getByRole('heading', { name: 'Nothing to do right now.' }).waitFor();
    await queue.getByLabel('Stage').selectOption('');
    await rows.first().waitFor();
    await saveScreenshot(queue, 'pipeline-queue');
    await queue.close();
  });

  it('options refuse an invalid playbook with the exact path and keep the one in force', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#playbook`);
    await options.getByLabel('Deadline of leadFirstContact').fill('0');
    await options.getByLabel('Holidays').fill('2025-10-01\n2025-13-01');
    await options.getByTestId('save-playbook').click();
    const errors = options.getByTestId('playbook-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    assert.match(text, /calendar\.holidays\[1\]/);
    assert.match(text, /playbook\.rules\[0\]\.due\.amount/);
    const stored = await options.evaluate(async () => chrome.storage.local.get(['playbook', 'workCalendar']));
    assert.deepEqual(stored, {}, 'nothing in storage.local');
    assert.deepEqual([await privateSetting(options, 'playbook'), await privateSetting(options, 'workCalendar')], [undefined, undefined], 'nothing half-saved');
    await saveScreenshot(options, 'pipeline-playbook-invalid');
    await options.close();
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(browser.errors, []);
  });
});

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
};
