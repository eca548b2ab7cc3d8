import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixtureServer';

/** A browser with the extension, the fixture sites, one site tab and the side panel beside it. */
export interface PanelSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
  site: Page;
  panel: Page;
  /** The rep opens `url` in the site tab and looks at it: the panel follows the active tab. */
  show(url: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPanelSession(firstSite: string, options: { locale?: string } = {}): Promise<PanelSession> {
  const server = await startFixtureServer();
  const browser = await launchExtensionBrowser(options);
  const site = browser.context.pages()[0] ?? (await browser.context.newPage());
  await site.goto(server.url(firstSite));
  const panel = await browser.openSidePanel();
  await site.bringToFront();
  return {
    browser,
    server,
    site,
    panel,
    async show(url) {
      await site.goto(url);
      await site.bringToFront();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
