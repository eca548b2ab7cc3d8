import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { captureTab } from '../lib/background/captureTab';
import { createBrowserCaptureDeps } from '../lib/background/browserCapture';
import { createContextMenus, listenForCaptureGestures } from '../lib/background/gestures';
import { createMessageListener, originOfUrl } from '../lib/messaging';

export default defineBackground(() => {
  const captureDeps = createBrowserCaptureDeps();
  const capture = (tabId: number, mode: 'page' | 'selection') => captureTab(captureDeps, tabId, mode);

  browser.runtime.onInstalled.addListener(createContextMenus);
  listenForCaptureGestures(capture);
  browser.runtime.onMessage.addListener(
    createMessageListener(
      { 'capture.tab': ({ tabId, mode }) => capture(tabId, mode) },
      { runtimeId: browser.runtime.id, extensionOrigin: originOfUrl(browser.runtime.getURL('/')) ?? '' },
    ),
  );
});
