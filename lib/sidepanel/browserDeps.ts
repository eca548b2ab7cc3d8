import { browser } from 'wxt/browser';
import { changesForNewLead, changesForRecapture, clearDraft, readDraft } from '../capture';
import { commitChanges, findAccountsByDomain, getAccount, getDB, listActivities, listContacts, onDbChange } from '../db';
import { sendToBackground } from '../messaging/client';
import { originOfUrl } from '../messaging/sender';
import { originPermissionFor } from '../permissions/originPermission';
import type { PanelDeps } from './deps';
import type { TabInfo } from './state';

const ownOrigin = () => originOfUrl(browser.runtime.getURL('/')) ?? browser.runtime.getURL('/');

/**
 * The tab the panel is about: the active tab of the last focused normal window. The panel's own
 * pages are skipped, so a panel opened as a tab or popup still follows the rep's browsing.
 */
async function activeTab(): Promise<TabInfo | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => null);
  const tabs = await browser.tabs.query(window?.id !== undefined ? { active: true, windowId: window.id } : { active: true, lastFocusedWindow: true });
  const tab = tabs.find((candidate) => !candidate.url?.startsWith(ownOrigin()));
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

export function createBrowserPanelDeps(): PanelDeps {
  return {
    activeTab,
    onActiveTabChange(listener, signal) {
      const onActivated = () => listener();
      const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
        if (change.url !== undefined || change.status === 'complete') listener();
      };
      const onFocus = () => listener();
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.windows.onFocusChanged.addListener(onFocus);
      signal.addEventListener('abort', () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.windows.onFocusChanged.removeListener(onFocus);
      });
    },
    readDraft: (tabId) => readDraft(browser.storage.session, tabId),
    clearDraft: (tabId) => clearDraft(browser.storage.session, tabId),
    onDraftChange(listener, signal) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'session') return;
        for (const key of Object.keys(changes)) {
          const match = /^draft:(\d+)$/.exec(key);
          if (match) listener(Number(match[1]));
        }
      };
      browser.storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
    },
    requestCapture: (tabId) => sendToBackground('capture.tab', { tabId, mode: 'page' }),
    async requestSiteAccess(url) {
      const origin = originPermissionFor(url);
      return origin ? browser.permissions.request({ origins: [origin] }) : false;
    },
    findAccountsByDomain: async (domain) => findAccountsByDomain(await getDB(), domain),
    async accountDetails(accountId) {
      const db = await getDB();
      const account = await getAccount(db, accountId);
      if (!account) return null;
      const [contacts, activities] = await Promise.all([listContacts(db, accountId), listActivities(db, accountId)]);
      return { account, contacts, activities };
    },
    async saveNewLead(form, capturedFrom) {
      const { account, changes } = changesForNewLead(form, capturedFrom, Date.now());
      await commitChanges(await getDB(), changes);
      return account;
    },
    async addToExistingAccount(existing, form, capturedFrom) {
      const { account, changes } = changesForRecapture(existing, form, capturedFrom, Date.now());
      await commitChanges(await getDB(), changes);
      return account;
    },
    onDataChange: (listener, signal) => onDbChange(() => listener(), signal),
  };
}
