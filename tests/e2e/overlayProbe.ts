import type { Frame, Page } from 'playwright-core';

/**
 * The overlays live in closed shadow roots, out of reach of page scripts and of Playwright's
 * locators alike; the DevTools protocol still sees them (DOM.getDocument with pierce), which
 * is how these tests read and click them, like the rep's eyes and mouse.
 */
type CdpNode = { nodeId: number; nodeType: number; nodeName: string; nodeValue?: string; children?: CdpNode[]; shadowRoots?: CdpNode[]; attributes?: string[] };

export type OverlayView = { hostIndex: number; text: string };

async function documentTree(page: Page): Promise<{ root: CdpNode; send: (method: string, params: object) => Promise<unknown>; detach(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return { root, send: (method, params) => cdp.send(method as never, params as never), detach: () => cdp.detach() };
}

function hostsIn(node: CdpNode, found: CdpNode[] = []): CdpNode[] {
  if (node.nodeName === 'LEADKIT-OVERLAY') found.push(node);
  for (const child of node.children ?? []) hostsIn(child, found);
  return found;
}

/**
 * A frame's session, from its URL's fragment: the iframe's `src` is the dynamic URL
 * (`use_dynamic_url`), the frame's own URL the extension's; both end with the session.
 */
const sessionOf = (url: string): string => url.slice(url.indexOf('#') + 1);

/** Text of an overlay host; an overlay frame (#22) counts with the text its document shows (`frames`, by session). */
function textOf(node: CdpNode, frames: ReadonlyMap<string, string> = new Map()): string {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'IFRAME') {
    const attributes = node.attributes ?? [];
    const src = attributes[attributes.indexOf('src') + 1];
    return (src && frames.get(sessionOf(src))) ?? '';
  }
  const inner = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map((child) => textOf(child, frames)).join('');
  return node.nodeName === 'LI' ? `${inner}\n` : inner;
}

function findByText(node: CdpNode, pattern: RegExp, tag: string): CdpNode | null {
  if (node.nodeName === tag && pattern.test(textOf(node))) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const match = findByText(child, pattern, tag);
    if (match) return match;
  }
  return null;
}

/** The picker's, chip's and badge's extension frames (entrypoints/overlay), which Playwright reaches as frames. */
export function overlayFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => /^chrome-extension:\/\/[^/]+\/overlay\.html/.test(frame.url()));
}

async function frameText(frame: Frame): Promise<string> {
  try {
    return await frame.evaluate(() => document.body.innerText);
  } catch {
    return '';
  }
}

/** The text each overlay host shows (its frames' included), in document order; empty hosts are left out. */
export async function overlayTexts(page: Page): Promise<string[]> {
  const tree = await documentTree(page);
  try {
    const frames = overlayFrames(page);
    const texts = new Map(await Promise.all(frames.map(async (frame) => [sessionOf(frame.url()), await frameText(frame)] as const)));
    return hostsIn(tree.root).map((host) => textOf(host, texts)).filter((text) => text !== '');
  } finally {
    await tree.detach();
  }
}

export async function waitForOverlayText(page: Page, pattern: RegExp, timeout = 5_000): Promise<string> {
  const end = Date.now() + timeout;
  let last: string[] = [];
  while (Date.now() < end) {
    last = await overlayTexts(page);
    const hit = last.find((text) => pattern.test(text));
    if (hit !== undefined) return hit;
    await page.waitForTimeout(100);
  }
  throw new Error(`no overlay shows ${pattern}; overlays show ${JSON.stringify(last)}`);
}

/** Clicks the element (by tag) whose text matches, inside any overlay, with the real mouse. */
export async function clickInOverlay(page: Page, pattern: RegExp, tag = 'BUTTON', nth = 0): Promise<void> {
  for (const frame of overlayFrames(page)) {
    const target = frame.locator(tag.toLowerCase()).filter({ hasText: pattern });
    if ((await target.count()) > nth) return target.nth(nth).click();
  }
  const tree = await documentTree(page);
  try {
    const matches = hostsIn(tree.root)
      .map((host) => findByText(host, pattern, tag))
      .filter((node): node is CdpNode => node !== null);
    const node = matches[nth];
    if (!node) throw new Error(`no ${tag} matching ${pattern} in the overlays`);
    const { model } = (await tree.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await tree.detach();
  }
}

/** Clicks the launcher placed by the given compose box (the one nearest its bottom-right corner). */
export async function openLauncherFor(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  const tree = await documentTree(page);
  try {
    const candidates: Array<{ x: number; y: number; distance: number }> = [];
    for (const host of hostsIn(tree.root)) {
      const button = findByText(host, /./, 'BUTTON');
      if (!button) continue;
      const { model } = (await tree.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      candidates.push({ x: (x1 + x3) / 2, y: (y1 + y3) / 2, distance: Math.hypot(box.x + box.width - x3, box.y + box.height - y3) });
    }
    const nearest = candidates.sort((a, b) => a.distance - b.distance)[0];
    if (!nearest) throw new Error(`no launcher by ${selector}`);
    await page.mouse.click(nearest.x, nearest.y);
  } finally {
    await tree.detach();
  }
}

/**
 * Puts the caret right after `text` inside `element` (as a click there would). Runs in the page:
 * passed to a driver's evaluate (Playwright here, puppeteer in tests/e2e-firefox), so it is self-contained.
 */
export function caretAfterInPage(element: Element, text: string): void {
  if (element instanceof HTMLTextAreaElement) {
    element.focus();
    const at = element.value.indexOf(text) + text.length;
    element.setSelectionRange(at, at);
    return;
  }
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node.nodeValue ?? '').indexOf(text);
    if (index < 0) continue;
    (element as HTMLElement).focus();
    const range = document.createRange();
    range.setStart(node, index + text.length);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`no "${text}" in the draft`);
}

/** Puts the caret right after `text` inside the element (as a click there would). */
export async function placeCaretAfter(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().evaluate(caretAfterInPage, text);
}
