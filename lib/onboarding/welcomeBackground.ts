import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { installAction, type InstalledDetails } from './installAction';

/** The page `installAction` chose, as an extension URL; "what's new" lists the notes' keys in the hash. */
export function welcomePagePath(action: NonNullable<ReturnType<typeof installAction>>): `/welcome.html${string}` {
  return action.page === 'welcome' ? '/welcome.html' : `/welcome.html#whats-new=${action.notes.map(encodeURIComponent).join(',')}`;
}

/** When this profile first opened the welcome page (0: never); see installAction's `welcomed`. */
export const welcomedAtItem = storage.defineItem<number>('local:welcomedAt', { fallback: 0 });

async function openWelcomeFor(details: InstalledDetails): Promise<void> {
  const action = installAction(details, browser.runtime.getManifest().version, (await welcomedAtItem.getValue()) > 0);
  if (!action) return;
  if (action.page === 'welcome') await welcomedAtItem.setValue(Date.now());
  await browser.tabs.create({ url: browser.runtime.getURL(welcomePagePath(action)) });
}

/**
 * Issue #26: opens the welcome page on install (and "what's new" on an announced update). Must be
 * registered synchronously when the service worker starts, or the first onInstalled is missed.
 */
export function listenForInstall(): void {
  browser.runtime.onInstalled.addListener((details) => openWelcomeFor(details).catch((error: unknown) => console.warn('[leadkit] could not open the welcome page', error)));
}
