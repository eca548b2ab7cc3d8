import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const ARTIFACTS_DIR = join(import.meta.dirname, '../../test-results/e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every page error and console error seen in any page or the service worker. */
  errors: string[];
  /** Opens the side panel page in its own popup window, as Chrome shows it beside the page. */
  openSidePanel(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  /** A profile directory to start from (a second start of the same browser); kept on close. */
  profile?: string;
  /**
   * A fresh profile opens the welcome page on install (#26). It is closed once open, so that it
   * never becomes the active tab at some moment of another test; `keep` leaves it for the test.
   */
  welcome?: 'close' | 'keep';
  viewport?: { width: number; height: number };
  /** An unpacked build other than the e2e one (the zipped package's test). */
  extensionDir?: string;
}

/** Debian's Chromium with the built extension loaded, as CI and a developer run it. */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'leadkit-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon|ERR_FILE_NOT_FOUND|404/.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  worker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`service worker: ${message.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  if (!options.profile && options.welcome !== 'keep') {
    const isWelcome = (page: Page) => page.url().startsWith(`chrome-extension://${extensionId}/welcome.html`);
    const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', isWelcome));
    await welcome.close();
  }

  return {
    context,
    extensionId,
    worker,
    errors,
    async openSidePanel() {
      const opened = context.waitForEvent('page', (page) => page.url().includes('sidepanel.html'));
      await worker.evaluate(async (url) => {
        await chrome.windows.create({ url, type: 'popup', width: 420, height: 900, focused: false });
      }, `chrome-extension://${extensionId}/sidepanel.html`);
      const panel = await opened;
      await panel.setViewportSize({ width: 400, height: 860 });
      await panel.waitForLoadState('domcontentloaded');
      return panel;
    },
    async close() {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Reads one object store of the extension's IndexedDB from one of its pages or its service worker.
 * (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
 */
export function readStore<T>(context: Page | Worker, store: string): Promise<T[]> {
  return (context as Page).evaluate(async (name) => {
    const request = indexedDB.open('leadkit');
    const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    const records: unknown[] = await new Promise((resolve) => {
      const all = db.transaction(name).objectStore(name).getAll();
      all.onsuccess = () => resolve(all.result);
    });
    db.close();
    return records;
  }, store) as Promise<T[]>;
}

/**
 * One value of the extension's IndexedDB `meta` store, where the settings content scripts must not
 * read live (lib/settings/privateItem.ts: key `private:<name>`), and, with `value`, writes it the
 * way the options page does (the value, then `<name>ChangedAt` in storage.local for listeners).
 */
export function privateSetting(context: Page | Worker, name: string, ...value: [unknown?]): Promise<unknown> {
  return (context as Page).evaluate(
    async ([key, write]) => {
      const request = indexedDB.open('leadkit');
      const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      const store = db.transaction('meta', write.length ? 'readwrite' : 'readonly').objectStore('meta');
      const result: unknown = await new Promise((resolve) => {
        const step = write.length ? store.put(write[0], `private:${key}`) : store.get(`private:${key}`);
        step.onsuccess = () => resolve(write.length ? undefined : step.result);
      });
      db.close();
      if (write.length) await (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ [`${key}ChangedAt`]: Date.now() });
      return result;
    },
    [name, value] as const,
  );
}

/**
 * A screenshot is an artifact of a step whose assertions already passed, so it never fails the
 * test: on a busy machine a page in a background window can wait longer than any timeout for a
 * frame to paint. It is tried once more, then skipped with a warning (not brought to front: the
 * side panel follows the active tab, and a later step may rely on which one that is).
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  try {
    await page.screenshot({ path, fullPage: true, timeout: 15_000 });
  } catch {
    try {
      await page.screenshot({ path, fullPage: true, timeout: 15_000 });
    } catch (error) {
      console.warn(`[e2e] screenshot ${name} skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
}

declare const chrome: { windows: { create(options: object): Promise<unknown> } };
