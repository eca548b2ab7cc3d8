import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { loadConnectionForm, saveConnection } from './connectionStore';
import type { SyncSettingsDeps } from './settingsModel';

/** The options page's real edges: the permission prompt, storage, and the background for the test. */
export function createBrowserSyncSettingsDeps(): SyncSettingsDeps {
  return {
    load: loadConnectionForm,
    requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
    test: (input) => sendToBackground('sync.test', input),
    save: saveConnection,
  };
}
