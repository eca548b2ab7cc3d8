import { definePrivateItem } from '../settings/privateItem';
import { browser } from 'wxt/browser';
import { OVERLAY_FILES, REGISTERED_IDS, type OverlayFile } from './overlayFiles';
import { WEBMAIL_MATCHES } from './webmailMatches';

/**
 * Sites where the rep turned the generic compose launcher on, as host permission patterns
 * (`https://crm.example.com/*`). Only honoured while the site's permission is granted. Kept where
 * content scripts cannot read it (#22): the list tells which tools the team works in.
 */
export const composeSitesItem = definePrivateItem<string[]>('composeSites', []);

const isSitePattern = (pattern: string): boolean =>
  /^https?:\/\/[^/]+\/\*$/.test(pattern) && !WEBMAIL_MATCHES.includes(pattern);

/** The origins the rep granted, as registerable match patterns (the webmail hosts excluded). */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter(isSitePattern);
}

async function register(id: string, file: OverlayFile, matches: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
    return;
  }
  const script = { id, js: [file], matches, runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** The sites the rep turned the generic launcher on for, while their permission is granted. */
export async function composeSitesGranted(): Promise<string[]> {
  // A site stays on the list after its permission is removed, but the launcher only runs while it is granted.
  const wanted = (await composeSitesItem.getValue()).filter(isSitePattern);
  const allowed = await Promise.all(wanted.map((site) => browser.permissions.contains({ origins: [site] })));
  return wanted.filter((_site, index) => allowed[index]);
}

/**
 * Keeps the registered overlays in step with what the rep granted: the badge on every granted
 * site (it shows only on a known account's site), the generic launcher where turned on.
 */
export async function syncSiteOverlays(): Promise<void> {
  const granted = await grantedSites();
  const compose = await composeSitesGranted();
  await register(REGISTERED_IDS.badge, OVERLAY_FILES.badge, granted);
  await register(REGISTERED_IDS.compose, OVERLAY_FILES.compose, compose);
}

/** Runs an overlay in a tab now (after a grant, or through activeTab after a capture). */
export async function injectOverlay(tabId: number, file: OverlayFile): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    return true;
  } catch {
    // No access to this tab (no grant, activeTab expired, a browser page): nothing to show.
    return false;
  }
}

/** Injects into the open tabs of newly granted sites, so the rep need not reload. */
export async function injectIntoOpenTabs(patterns: string[], file: OverlayFile): Promise<void> {
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : injectOverlay(tab.id, file))));
}
