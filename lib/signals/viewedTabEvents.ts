import { browser } from 'wxt/browser';
import type { ViewedTab, VisitTracker } from './visitTracker';

type Tab = { id?: number; url?: string; active?: boolean; windowId?: number };

const viewedFrom = (tab: Tab | undefined | null): ViewedTab | null => (tab?.id === undefined ? null : { tabId: tab.id, url: tab.url });

/**
 * Feeds the tracker from the browser's tab and window events (the `tabs` permission reveals
 * URLs). Registered synchronously at worker start so the event that woke the worker is seen.
 * Leaving the browser (no focused window) ends the visit: time elsewhere is not time on page.
 */
export function listenForViewedTab(tracker: VisitTracker): void {
  const observe = (viewed: ViewedTab | null) => void tracker.observe(viewed);
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then((tab) => observe(viewedFrom(tab)), () => observe(null));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tab.active && (change.url !== undefined || change.status === 'complete')) observe(viewedFrom({ ...tab, id: tabId }));
  });
  browser.tabs.onRemoved.addListener((tabId) => void tracker.tabClosed(tabId));
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return observe(null);
    browser.tabs.query({ active: true, windowId }).then(([tab]) => observe(viewedFrom(tab)), () => observe(null));
  });
}
