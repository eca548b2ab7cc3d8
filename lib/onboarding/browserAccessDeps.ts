import { browser } from 'wxt/browser';
import { accessReport } from './accessReport';
import type { AccessDeps } from './accessModel';

/** Where each browser lets the rep change an extension's shortcuts. */
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

export function createBrowserAccessDeps(): AccessDeps {
  return {
    async load() {
      const [commands, granted] = await Promise.all([browser.commands.getAll(), browser.permissions.getAll()]);
      return accessReport(commands, granted);
    },
    async openShortcutSettings() {
      await browser.tabs.create({ url: SHORTCUT_SETTINGS });
    },
    onChange(listener) {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
    },
  };
}
