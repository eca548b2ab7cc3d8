import { browser } from 'wxt/browser';

/**
 * The e2e build's way into its own pages in Firefox (issue #27): WebDriver BiDi refuses to navigate
 * a tab to a moz-extension:// address, so a test opens `http://leadkit-e2e.test:<port>/open/<page>#<hash>`
 * and the extension itself moves that tab to its page (an extension may open its own pages). The
 * host is one of the loopback fixture hosts only the e2e build can reach; in every other build this
 * does nothing (Vite drops the rest).
 */
export const E2E_OPEN_HOST = 'leadkit-e2e.test';
const PAGES = new Set(['sidepanel.html', 'options.html', 'dashboard.html', 'queue.html']);

export function listenForE2ePageRequests(): void {
  if (import.meta.env.MODE !== 'e2e') return;
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const wanted = URL.parse(change.url);
    if (wanted?.protocol !== 'http:' || wanted.hostname !== E2E_OPEN_HOST || !wanted.pathname.startsWith('/open/')) return;
    const page = wanted.pathname.slice('/open/'.length);
    if (!PAGES.has(page)) return;
    const pageUrl = (browser.runtime.getURL as (path: string) => string)(`/${page}${wanted.search}${wanted.hash}`);
    browser.tabs.update(tabId, { url: pageUrl }).catch((error: unknown) => console.warn('[leadkit] e2e: could not open', page, error));
  });
}
