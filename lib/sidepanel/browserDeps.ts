import { browser } from 'wxt/browser';
import { changesForMergedCapture, changesForNewLead, changesForRecapture, clearDraft, planAccountMerge, readDraft, type CaptureChanges, type CaptureForm } from '../capture';
import { commitChanges, getDB, listActivities, listContacts, onDbChange, type LeadKitDatabase } from '../db';
import { duplicateCandidatesFor, findContactsByEmail, recordsOfAccount } from '../match/duplicateLookups';
import { findAccountsByDomain, getAccount } from '../scoring/store/scoredAccounts';
import { personFromForm } from '../capture/contactFromCapture';
import type { Contact } from '../model';
import { sendToBackground } from '../messaging/client';
import { originOfUrl } from '../messaging/sender';
import { originPermissionFor } from '../permissions/originPermission';
import type { PanelDeps } from './deps';
import { moveVisits } from '../signals/visitStore';
import { rescoreAccounts } from '../scoring/rescore/rescoreStored';
import { loadRuleSetState } from '../scoring/store/ruleSetStore';
import type { TabInfo } from './state';
import { isSamplePage, SAMPLE_SITE_URL } from '../onboarding/samplePageAddress';
import { sampleCaptureOf } from '../onboarding/sampleBridge';
import { assignStoredCapture } from '../assignment/captureAssignment';
import { notifyIfMine } from '../assignment/notifyAssigned';
import { loadSettings } from '../settings/settingsStore';

/** The contact the store already has for the captured person: same email, else same name on the account. */
async function existingContactFor(db: LeadKitDatabase, form: CaptureForm, accountId?: string): Promise<Contact | null> {
  const person = personFromForm(form);
  if (!person) return null;
  if (person.email) {
    const [byEmail] = await findContactsByEmail(db, person.email);
    if (byEmail) return byEmail;
  }
  if (!accountId) return null;
  const sameName = (await listContacts(db, accountId)).find((contact) => !contact.email && contact.name.trim().toLowerCase() === person.name.toLowerCase());
  return sameName ?? null;
}

/** Plans with the existing contact looked up, commits in one transaction, returns the account. */
async function commitCapture(plan: (db: LeadKitDatabase) => Promise<CaptureChanges>) {
  const db = await getDB();
  const { account, changes } = await plan(db);
  await commitChanges(db, changes);
  return account;
}

const ownOrigin = () => originOfUrl(browser.runtime.getURL('/')) ?? browser.runtime.getURL('/');

/**
 * The tab the panel is about: the active tab of the last focused normal window. The panel's own
 * pages are skipped, so a panel opened as a tab or popup still follows the rep's browsing.
 */
async function activeTab(): Promise<TabInfo | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => null);
  const tabs = await browser.tabs.query(window?.id !== undefined ? { active: true, windowId: window.id } : { active: true, lastFocusedWindow: true });
  // The sample company page (#26) is ours but stands for a company's site: the panel follows it
  // under the site's address, so its draft, and then its account, show as on any company page.
  const base = browser.runtime.getURL('/');
  const tab = tabs.find((candidate) => !candidate.url?.startsWith(ownOrigin()) || isSamplePage(candidate.url, base));
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: isSamplePage(tab.url, base) ? SAMPLE_SITE_URL : tab.url, title: tab.title };
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
    async requestCapture(tabId, mode) {
      // The sample company page (#26) captures itself: no extension may inject into it.
      const sample = sampleCaptureOf(browser.extension.getViews({ type: 'tab', tabId })[0]);
      if (!sample) return sendToBackground('capture.tab', { tabId, mode });
      const draft = await sample().then(() => readDraft(browser.storage.session, tabId), () => null);
      return draft ? { ok: true, draft } : { ok: false, error: 'extractionFailed' };
    },
    async requestSiteAccess(url) {
      const origin = originPermissionFor(url);
      return origin ? browser.permissions.request({ origins: [origin] }) : false;
    },
    findAccountsByDomain: async (domain) => findAccountsByDomain(await getDB(), domain),
    findDuplicateCandidates: async (probe) => duplicateCandidatesFor(await getDB(), probe),
    async accountDetails(accountId) {
      const db = await getDB();
      const account = await getAccount(db, accountId);
      if (!account) return null;
      const [contacts, activities] = await Promise.all([listContacts(db, accountId), listActivities(db, accountId)]);
      return { account, contacts, activities };
    },
    async saveNewLead(form, capturedFrom) {
      // A new lead is assigned where it is captured (issue #24 item 5), offline too.
      const db = await getDB();
      const now = Date.now();
      const [settings, ruleSet] = await Promise.all([loadSettings(), loadRuleSetState()]);
      const captured = changesForNewLead(form, capturedFrom, now, { existingContact: await existingContactFor(db, form) });
      const assigned = await assignStoredCapture(db, captured, { now, compiled: ruleSet.compiled, actor: settings.repName || undefined });
      await commitChanges(db, assigned.changes, now);
      await assigned.remember();
      await notifyIfMine([{ account: assigned.account, previousOwner: undefined }], settings);
      return assigned.account;
    },
    addToExistingAccount: (existing, form, capturedFrom) =>
      commitCapture(async (db) => changesForRecapture(existing, form, capturedFrom, Date.now(), { existingContact: await existingContactFor(db, form, existing.id) })),
    mergeCaptureInto: (existing, form, choices, capturedFrom) =>
      commitCapture(async (db) =>
        changesForMergedCapture(existing, form, choices, capturedFrom, Date.now(), { existingContact: await existingContactFor(db, form, existing.id) }),
      ),
    async mergeAccounts(kept, mergedAway, choices) {
      const db = await getDB();
      const [keptRecords, mergedRecords] = await Promise.all([recordsOfAccount(db, kept.id), recordsOfAccount(db, mergedAway.id)]);
      const { account, changes } = planAccountMerge({
        kept,
        mergedAway,
        choices,
        keptContacts: keptRecords.contacts,
        mergedContacts: mergedRecords.contacts,
        mergedActivities: mergedRecords.activities,
        mergedTasks: mergedRecords.tasks,
        now: Date.now(),
      });
      await commitChanges(db, changes);
      // Visits are local analytics, outside the synced merge: they follow it, then the kept account
      // is scored with both accounts' behaviour (the worker may have scored it before they moved).
      if ((await moveVisits(db, mergedAway.id, account.id)) > 0) await rescoreAccounts(db, (await loadRuleSetState()).compiled, [account.id], Date.now());
      return account;
    },
    onDataChange: (listener, signal) => onDbChange(() => listener(), signal),
  };
}
