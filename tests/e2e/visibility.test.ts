import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Which compose boxes get a launcher (issue #19), decided with real layout: happy-dom has none,
 * and the cases that fooled us (a webmail's recipients proxy at opacity 0, 5,000 px off screen)
 * are about layout. lib/sites/visibility.ts is bundled as it is and run in Debian's Chromium.
 */
const PAGE = `<!doctype html><html><head><style>
  body { margin: 20px; font: 14px sans-serif; }
  textarea, [contenteditable] { display: block; width: 400px; height: 80px; margin: 8px 0; }
</style></head><body>
  <textarea id="plain">Dear Li,</textarea>
  <div id="rich" contenteditable="true">Notes</div>
  <textarea id="proxy" style="opacity:0; position:absolute; left:-5000px; top:0">li.wei@acme-robotics.cn</textarea>
  <textarea id="transparent" style="opacity:0">x</textarea>
  <div style="opacity:0"><textarea id="in-transparent">x</textarea></div>
  <textarea id="invisible" style="visibility:hidden">x</textarea>
  <div aria-hidden="true"><textarea id="aria-hidden">x</textarea></div>
  <textarea id="none" style="display:none">x</textarea>
  <textarea id="zero" style="width:0; height:0; padding:0; border:0">x</textarea>
  <textarea id="pixel" style="width:1px; height:1px; padding:0; border:0">x</textarea>
  <textarea id="above" style="position:absolute; top:-4000px; left:20px">x</textarea>
  <div style="height:3000px"></div>
  <textarea id="below-fold">x</textarea>
</body></html>`;

describe('compose boxes a rep can see and write in, with real layout', () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.setContent(PAGE);
    const bundle = await build({
      stdin: { contents: "import { isVisibleElement } from './lib/sites/visibility'; (window as any).__isVisible = isVisibleElement;", resolveDir: join(import.meta.dirname, '../..'), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
    });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  });

  after(async () => {
    await browser?.close();
  });

  const visible = (id: string) =>
    page.evaluate((target) => (window as unknown as { __isVisible(element: Element): boolean }).__isVisible(document.getElementById(target)!), id);

  it('takes the boxes on the page, below the fold too', async () => {
    for (const id of ['plain', 'rich', 'below-fold']) assert.equal(await visible(id), true, id);
  });

  it('skips hidden proxies: transparent, invisible, aria-hidden, undisplayed, zero or one pixel, off screen', async () => {
    for (const id of ['proxy', 'transparent', 'in-transparent', 'invisible', 'aria-hidden', 'none', 'zero', 'pixel', 'above']) {
      assert.equal(await visible(id), false, id);
    }
  });
});
