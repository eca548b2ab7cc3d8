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
    async topDocument(tabId) {
      // The URL from the document itself, with the id of that document (Chrome 106+), in one step.
      const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => location.href });
      const documentId = (frame as { documentId?: unknown } | undefined)?.documentId;
      return { url: typeof frame?.result === 'string' ? frame.result : undefined, ...(typeof documentId === 'string' ? { documentId } : {}) };
    },
    async injectExtractor(tabId, mode, documentId) {
      const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
      const [frame] = await browser.scripting.executeScript({ target, files: [EXTRACTOR_FILE[mode]] });
      return frame?.result;
    },
    session: browser.storage.session,
  };
}
