import { browser } from 'wxt/browser';
import type { CaptureMode } from '../messaging/protocol';
import type { CaptureDeps } from './captureTab';

/** Built by WXT from entrypoints/extract-*.content.ts (registration: 'runtime'). */
const EXTRACTOR_FILE = {
  page: '/content-scripts/extract-page.js',
  selection: '/content-scripts/extract-selection.js',
  sender: '/content-scripts/extract-sender.js',
} as const satisfies Record<CaptureMode, string>;

export function createBrowserCaptureDeps(): CaptureDeps {
  return {
    async getTabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    async injectExtractor(tabId, mode) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [EXTRACTOR_FILE[mode]] });
      return frame?.result;
    },
    session: browser.storage.session,
  };
}
