import { browser } from 'wxt/browser';
import { platform } from '../platform';
import { accessReport } from './accessReport';
import type { AccessDeps } from './accessModel';

export function createBrowserAccessDeps(): AccessDeps {
  return {
    async load() {
      const [commands, granted] = await Promise.all([browser.commands.getAll(), browser.permissions.getAll()]);
      return accessReport(commands, granted);
    },
    async openShortcutSettings() {
      await browser.tabs.create({ url: platform.shortcutSettingsUrl });
    },
    onChange(listener) {
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
    },
  };
}
