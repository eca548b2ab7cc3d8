import { browser } from 'wxt/browser';
import { getDB, onDbChange } from '../db';
import { resolveLocale } from '../i18n/locale';
import { openPanel } from '../platform';
import { loadSettings } from '../settings/settingsStore';
import { seedDefaultScripts } from '../scripts/scriptStore';
import { e2eInjectionGate } from '../background/e2eInjectionGate';
import { injectionTarget } from './launcherInjection';
import { OVERLAY_FILES } from './overlayFiles';
import type { OverlayDeps } from './overlayHandlers';
import { composeSitesGranted, composeSitesItem, grantedSites, injectIntoOpenTabs, injectOverlay, syncSiteOverlays } from './siteOverlays';
import { E2E_WEBMAIL_MATCHES, WEBMAIL_MATCHES } from './webmailMatches';

/** The e2e build also serves the saved webmail DOM (http://gmail.test…); Vite drops this in production. */
const WEBMAIL_PAGES: readonly string[] = import.meta.env.MODE === 'e2e' ? [...WEBMAIL_MATCHES, ...E2E_WEBMAIL_MATCHES] : WEBMAIL_MATCHES;

const warn = (what: string) => (error: unknown) => console.warn(`[leadkit] ${what}`, error);

export function createBrowserOverlayDeps(): OverlayDeps {
  return {
    db: getDB,
    async rep() {
      const settings = await loadSettings();
      return { name: settings.repName, locale: resolveLocale(settings.locale, navigator.language) };
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    async injectPicker(target) {
      await e2eInjectionGate('picker', () => browser.scripting.executeScript({ target: injectionTarget(target), files: [OVERLAY_FILES.picker] }));
    },
    launcherSites: async () => [...WEBMAIL_PAGES, ...(await composeSitesGranted())],
    async injectLauncher(target) {
      await e2eInjectionGate('launcher', () => browser.scripting.executeScript({ target: injectionTarget(target), files: [OVERLAY_FILES.launcher] }));
    },
    openSidePanel: openPanel,
    sendToOwner: ({ tabId, frameId, documentId }, command) =>
      browser.tabs.sendMessage(tabId, command, documentId ? { documentId } : { frameId }),
    now: Date.now,
  };
}

/** The active tab of the focused window, where the rep just captured (activeTab still holds). */
async function injectBadgeIntoActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id !== undefined && /^https?:/.test(tab.url ?? '')) await injectOverlay(tab.id, OVERLAY_FILES.badge);
}

/**
 * The background's part of issue 6: seeds the scripts library once, keeps the badge and the
 * generic launcher registered for the sites the rep granted, and shows the badge as soon as a
 * capture makes the current site an account. Listeners are added synchronously at start.
 */
export function startOverlayBackground(): void {
  const seed = () => void getDB().then((db) => seedDefaultScripts(db)).catch(warn('seeding the scripts library failed'));
  const sync = () => syncSiteOverlays().catch(warn('registering the site overlays failed'));
  browser.runtime.onInstalled.addListener(() => {
    seed();
    void sync();
  });
  browser.runtime.onStartup.addListener(seed);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void sync().then(async () => {
      const sites = (await grantedSites()).filter((site) => origins.includes(site));
      await injectIntoOpenTabs(sites, OVERLAY_FILES.badge);
    });
  });
  browser.permissions.onRemoved.addListener(() => void sync());
  composeSitesItem.watch((next, previous) => {
    const added = (next ?? []).filter((site) => !(previous ?? []).includes(site));
    void sync().then(() => injectIntoOpenTabs(added, OVERLAY_FILES.compose)).catch(warn('turning the launcher on failed'));
  });
  onDbChange((change) => {
    if (change.stores.includes('accounts')) void injectBadgeIntoActiveTab().catch(() => {});
  });
}
