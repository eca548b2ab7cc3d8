import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../e2e/browser';

/** The Firefox e2e build (`wxt build -b firefox --mode e2e`). */
export const FIREFOX_EXTENSION_DIR = join(import.meta.dirname, '../../.output/firefox-mv3-e2e');
const ADDON_ID = 'leadkit@leadkit.dev';
/** The host the e2e build turns into its own pages (lib/background/e2ePageOpener.ts). */
const OPEN_HOST = 'leadkit-e2e.test';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://<uuid>, fixed per run through the profile (the CORS origin of its requests). */
  origin: string;
  /** Every page error and console error seen in the pages the test opened. */
  errors: string[];
  /** One of the extension's pages in a tab of its own (`hash` without '#'). */
  openPage(page: 'sidepanel.html' | 'options.html' | 'queue.html' | 'dashboard.html', hash?: string): Promise<Page>;
  /**
   * The sidebar's page in a window of its own, at the sidebar's width: BiDi sees tabs only, not
   * Firefox's sidebar, so the test drives the same document there. Like the sidebar it follows the
   * active tab of the last focused normal window (lib/sidepanel/browserDeps.ts).
   */
  openPanel(): Promise<Page>;
  /**
   * A site in a tab of its own, in front and with the focus (its errors watched). Firefox sends no
   * focus or focusin into a document without it (a background tab, an unfocused window; Chromium's
   * headless pages always have it), and the compose stub waits for exactly those
   * (lib/overlay/composeActivation.ts). `browser.pages()[0]` is no such tab: it never gets the focus.
   */
  openSite(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's firefox-esr, headless, driven through WebDriver BiDi, with the Firefox build installed as
 * a temporary add-on. Everything stays on loopback: every host name resolves to 127.0.0.1 (the
 * `*.test` fixture sites and the sync server alike), and the features that call home are off.
 */
export async function launchFirefoxExtension(options: { locale?: string } = {}): Promise<FirefoxExtension> {
  // The add-on's internal UUID is otherwise random per profile; fixing it gives the test its origin.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.dns_first_for_single_words': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // Firefox's own alert windows, not the desktop's notification service (none in a headless
      // run): the notification stays listed in notifications.getAll for the test to read.
      'alerts.useSystemBackend': false,
      // A permission prompt is browser UI, which BiDi cannot click: requests are granted without one
      // (the production code still asks; the Chromium suite gets the same through its e2e manifest).
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': options.locale ?? 'en-US',
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
  const origin = `moz-extension://${uuid}`;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon|404/.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  // A blank page to start from: the background moves the tab as soon as its address is set.
  const blank = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>LeadKit e2e</title>'));
  await new Promise<void>((resolve) => blank.listen(0, '127.0.0.1', resolve));
  const blankPort = (blank.address() as { port: number }).port;
  const open = async (page: Page, name: string, hash?: string) => {
    watch(page);
    // The address is replaced by the extension page, so this navigation may end as aborted.
    await page.goto(`http://${OPEN_HOST}:${blankPort}/open/${name}${hash ? `#${hash}` : ''}`, { waitUntil: 'domcontentloaded' }).catch(() => {});
    // BiDi reports no navigation the extension makes to its own page: ask the document instead.
    const at = () => page.evaluate(() => (document.readyState === 'complete' ? location.origin : '')).catch(() => '');
    for (let tries = 0; (await at()) !== origin; tries++) {
      if (tries > 150) throw new Error(`the extension did not open ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return page;
  };
  return {
    browser,
    origin,
    errors,
    openPage: async (name, hash) => open(await browser.newPage(), name, hash),
    async openPanel() {
      const page = await browser.newPage({ type: 'window', windowBounds: { width: 420, height: 900 }, background: true });
      await page.setViewport({ width: 400, height: 860 });
      return open(page, 'sidepanel.html');
    },
    async openSite(url) {
      const page = await browser.newPage();
      watch(page);
      await page.goto(url);
      await page.bringToFront();
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => blank.close(resolve));
    },
  };
}

/** Waits for `[data-testid=id]` (and, with `text`, for it to contain that text); returns its text. */
export async function waitForTestId(page: Page, id: string, text?: string | RegExp, timeout = 15_000): Promise<string> {
  const handle = await page
    .waitForFunction(
      (testId, source, flags) => {
        const pattern = source === null ? null : new RegExp(source, flags);
        for (const element of document.querySelectorAll(`[data-testid="${testId}"]`)) {
          const content = element.textContent ?? '';
          if (!pattern || pattern.test(content)) return content;
        }
        return false;
      },
      { timeout },
      id,
      text === undefined ? null : typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source,
      text instanceof RegExp ? text.flags : '',
    )
    .catch(async (error: unknown) => {
      // A CI log shows only the failure: say what the page showed instead of the text waited for.
      const shown = await page
        .evaluate((testId) => [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((element) => element.textContent ?? ''), id)
        .catch(() => ['(page gone)']);
      throw new Error(`[data-testid="${id}"] never showed ${String(text ?? 'up')}; it showed ${JSON.stringify(shown)} (${error instanceof Error ? error.message : String(error)})`);
    });
  return (await handle.jsonValue()) as string;
}

export async function clickTestId(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="${id}"]`).click();
}

/** The value of the form control labelled `label` (its <label>'s text, or aria-label). */
export async function valueOfLabel(page: Page, label: string): Promise<string> {
  return page.evaluate((wanted) => {
    const byLabel = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim().startsWith(wanted));
    const control = (byLabel?.control ?? document.querySelector(`[aria-label="${wanted}"]`)) as HTMLInputElement | null;
    if (!control) throw new Error(`no control labelled ${wanted}`);
    return control.value;
  }, label);
}

/** Types `value` into the control labelled `label`, replacing what it held, as the rep would. */
export async function fillLabel(page: Page, label: string, value: string): Promise<void> {
  const id = await page.evaluate((wanted) => {
    const byLabel = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim().startsWith(wanted));
    const control = (byLabel?.control ?? document.querySelector(`[aria-label="${wanted}"]`)) as HTMLElement | null;
    if (!control) throw new Error(`no control labelled ${wanted}`);
    control.dataset.e2eFill = 'target';
    return 'target';
  }, label);
  const selector = `[data-e2e-fill="${id}"]`;
  await page.locator(selector).fill(value);
  await page.evaluate((css) => document.querySelector<HTMLElement>(css)?.removeAttribute('data-e2e-fill'), selector);
}

/** Saves a screenshot next to the Chromium suite's, as an artifact of a step that already passed. */
export async function saveFirefoxScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  try {
    await page.screenshot({ path: join(ARTIFACTS_DIR, `firefox-${name}.png`) as `${string}.png`, fullPage: true });
  } catch (error) {
    console.warn(`[e2e-firefox] screenshot ${name} skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Asserts the document has the focus, so that a missing launcher is not mistaken for a focusless tab. */
export async function assertFocused(page: Page): Promise<void> {
  if (!(await page.evaluate(() => document.hasFocus()))) throw new Error(`${page.url()} has no focus: Firefox fires no focusin there (bringToFront it first)`);
}

/**
 * The overlay frame of `kind` (entrypoints/overlay: picker, chip, badge) showing `text`, and its text.
 * Firefox's BiDi reports an extension frame's URL as about:blank, so each frame is asked where it is.
 */
export async function waitForOverlayFrame(page: Page, kind: 'picker' | 'chip' | 'badge', text: RegExp, timeout = 15_000): Promise<{ frame: Frame; text: string }> {
  const end = Date.now() + timeout;
  for (;;) {
    const seen: string[] = [];
    for (const frame of page.frames()) {
      const shown = await frame.evaluate(() => [location.href, document.body?.innerText ?? ''] as const).catch(() => null);
      if (!shown || !URL.canParse(shown[0]) || !new URL(shown[0]).search.includes(`kind=${kind}`)) continue;
      if (text.test(shown[1])) return { frame, text: shown[1] };
      seen.push(shown[1]);
    }
    if (Date.now() > end) throw new Error(`no ${kind} frame shows ${text}; ${kind} frames show ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Clicks the launcher button of the compose box `selector` with the mouse, as the rep does. The
 * launcher lives in a closed shadow root (out of BiDi's reach too): its host is the one nearest the
 * box's bottom-right corner, and its button is the host's first item, at its left edge.
 */
export async function clickLauncherFor(page: Page, selector: string): Promise<void> {
  const point = await page.$eval(selector, (box) => {
    const corner = box.getBoundingClientRect();
    // (No named functions in here: tsx would wrap them in a helper the page lacks.)
    const nearest = [...document.querySelectorAll('leadkit-overlay')]
      .map((host) => host.getBoundingClientRect())
      .filter((rect) => rect.width > 0)
      .map((rect) => ({ rect, distance: Math.hypot(corner.right - rect.right, corner.bottom - rect.bottom) }))
      .sort((a, b) => a.distance - b.distance)[0]?.rect;
    return nearest ? { x: nearest.left + 12, y: nearest.top + nearest.height / 2 } : null;
  });
  if (!point) throw new Error(`no launcher by ${selector}`);
  await page.mouse.click(point.x, point.y);
}
