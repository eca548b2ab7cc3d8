import { browser } from 'wxt/browser';
import type { LeadKitDatabase } from '../db';
import { getAccount } from '../scoring/store/scoredAccounts';
import { accountDomainFor } from '../match/domain';
import type { Account } from '../model';
import { openPanel } from '../platform';
import { accountUrl } from '../pipeline/panel/accountUrl';
import { notificationTarget } from './notificationIds';

/**
 * Brings the account's site to the front (an open tab of its domain, else a new one); the side
 * panel follows the active tab, so it then shows that account.
 */
export async function focusAccountTab(account: Account): Promise<number | undefined> {
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url !== undefined && accountDomainFor(tab.url) === account.domain);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return open.windowId;
  }
  const created = await browser.tabs.create({ url: accountUrl(account), active: true });
  return created.windowId;
}

/**
 * A click on a reminder. The panel is opened first, synchronously inside the click (the browsers allow
 * opening it only within the gesture), in the window last focused if known; then the account's
 * tab is brought forward. A grouped reminder opens the queue page.
 */
export function handleNotificationClick(id: string, db: () => Promise<LeadKitDatabase>, lastWindowId: number | undefined): Promise<void> {
  const target = notificationTarget(id);
  if (!target) return Promise.resolve();
  void browser.notifications.clear(id);
  if (target.kind === 'group') return browser.tabs.create({ url: browser.runtime.getURL('/queue.html') }).then(() => {});
  openPanel(lastWindowId);
  return (async () => {
    const store = await db();
    const accountId = target.kind === 'account' ? target.accountId : (await store.get('tasks', target.taskId))?.accountId;
    const account = accountId ? await getAccount(store, accountId) : null;
    if (!account) return;
    const windowId = await focusAccountTab(account);
    if (lastWindowId === undefined) openPanel(windowId);
  })();
}
