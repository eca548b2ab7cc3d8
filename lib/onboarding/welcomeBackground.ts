import { browser } from 'wxt/browser';
import { installAction } from './installAction';

/** The page `installAction` chose, as an extension URL; "what's new" lists the notes' keys in the hash. */
export function welcomePagePath(action: NonNullable<ReturnType<typeof installAction>>): `/welcome.html${string}` {
  return action.page === 'welcome' ? '/welcome.html' : `/welcome.html#whats-new=${action.notes.map(encodeURIComponent).join(',')}`;
}

/**
 * Issue #26: opens the welcome page on install (and "what's new" on an announced update). Must be
 * registered synchronously when the service worker starts, or the first onInstalled is missed.
 */
export function listenForInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    const action = installAction(details, browser.runtime.getManifest().version);
    if (!action) return;
    browser.tabs.create({ url: browser.runtime.getURL(welcomePagePath(action)) }).catch((error: unknown) => console.warn('[leadkit] could not open the welcome page', error));
  });
}
