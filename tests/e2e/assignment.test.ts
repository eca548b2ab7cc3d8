import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { privateSetting, readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';

/** Issue #24 item 5 in real Chromium: the manager's rule, then a capture is assigned and its rep told. */
describe('lead assignment: rule → capture → owner, timeline, notification', () => {
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

  it('the manager sets a rule in the settings, by keyboard', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#general`);
    await options.locator('#rep-name').fill('Bo');
    await options.locator('#rep-name').press('Tab');
    for (let tries = 0; ((await privateSetting(options, 'settings')) as { repName?: string } | undefined)?.repName !== 'Bo'; tries += 1) {
      if (tries > 100) throw new Error('the rep name was not saved');
      await options.waitForTimeout(50);
    }
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#assignment`);
    await options.getByTestId('assignment-empty').waitFor();
    // No backend here: the reps are typed, as on a team without a server.
    await options.getByTestId('assignment-no-members').waitFor();
    await options.getByTestId('assignment-add').focus();
    await options.keyboard.press('Enter');
    await options.getByLabel('Name').fill('Everyone, grade any');
    await options.getByTestId('assignment-rule-reps').fill('Bo, Li');
    await options.getByTestId('assignment-rule-reps').press('Tab');
    await options.getByTestId('assignment-save').focus();
    await options.keyboard.press('Enter');
    await options.getByTestId('assignment-status').filter({ hasText: 'Saved' }).waitFor();
    await options.getByTestId('assignment-preview-empty').waitFor();
    await saveScreenshot(options, 'assignment-rule-editor');
    // Stored as the team's synced record (every rep's install pulls it), waiting in the outbox.
    const [stored] = await readStore<{ id: string; value: { rules: Array<{ name: string; reps: string[] }> } }>(options, 'teamSettings');
    assert.equal(stored?.id, 'team-setting-assignmentRules');
    assert.deepEqual(stored.value.rules.map((rule) => [rule.name, rule.reps]), [['Everyone, grade any', ['Bo', 'Li']]]);
    const outbox = await readStore<{ entity: string; entityId: string }>(options, 'outbox');
    assert.ok(outbox.some((entry) => entry.entity === 'teamSetting' && entry.entityId === 'team-setting-assignmentRules'));
    await options.close();
  });

  it('a captured lead gets its owner, an assignment entry in the timeline, and a notification', async () => {
    await session.site.bringToFront();
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    await panel.getByTestId('save-lead').click();
    await panel.getByTestId('account-view').waitFor();
    const [account] = await readStore<{ id: string; ownerId?: string }>(panel, 'accounts');
    assert.equal(account?.ownerId, 'Bo');
    const entry = panel.getByTestId('assignment-entry').first();
    await entry.waitFor();
    assert.equal(await entry.textContent(), "Assigned to Bo by rule 'Everyone, grade any'");
    const activities = await readStore<{ kind: string; result?: string; accountId: string }>(panel, 'activities');
    assert.deepEqual(activities.filter((activity) => activity.kind === 'assignment').map((activity) => [activity.accountId, activity.result]), [[account!.id, 'Bo']]);

    const id = `leadkit-account:${account!.id}`;
    let shown: Record<string, unknown> = {};
    for (let tries = 0; !shown[id]; tries += 1) {
      if (tries > 100) break;
      shown = await browser.worker.evaluate(async () => chrome.notifications.getAll());
      if (!shown[id]) await panel.waitForTimeout(100);
    }
    assert.ok(shown[id], `notification shown: ${JSON.stringify(shown)}`);
    await saveScreenshot(panel, 'assignment-timeline');
  });
});

/** Evaluated in the extension's service worker, where `chrome` is the extension API. */
declare const chrome: { notifications: { getAll(): Promise<Record<string, unknown>> } };
