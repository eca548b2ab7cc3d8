import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Worker } from 'playwright-core';
import { CAPTURE_STEP_TIMEOUT_MS } from '../../lib/background/captureTab';
import { overlayTexts } from './overlayProbe';
import { openPanelSession, type PanelSession } from './panelSession';

/**
 * #22: the background checks a page, then injects. A navigation in that gap must not land our
 * script on the next page. The e2e build holds the injection at exactly that point
 * (lib/background/e2eInjectionGate.ts) while the test navigates the tab.
 */
type GateName = 'launcher' | 'capture';

async function holdInjection(worker: Worker, name: GateName): Promise<void> {
  await worker.evaluate((gate) => {
    const scope = globalThis as unknown as { leadkitE2eGates?: Record<string, object> };
    scope.leadkitE2eGates = { ...scope.leadkitE2eGates, [gate]: { held: true } };
  }, name);
}

/** Waits until the background has checked the page and stopped at the gate. */
async function untilHeld(worker: Worker, name: GateName): Promise<void> {
  await worker.evaluate(async (gate) => {
    const scope = globalThis as unknown as { leadkitE2eGates: Record<string, { waiting?: boolean }> };
    for (let tries = 0; !scope.leadkitE2eGates[gate]!.waiting; tries += 1) {
      if (tries > 200) throw new Error(`the ${gate} injection never reached its gate`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, name);
}

/** Lets the held injection run, and returns what executeScript did: 'injected' or its error. */
async function releaseInjection(worker: Worker, name: GateName): Promise<string> {
  return worker.evaluate(async (gate) => {
    const held = (globalThis as unknown as { leadkitE2eGates: Record<string, { release(): void; settled?: Promise<string> }> }).leadkitE2eGates[gate]!;
    held.release();
    for (let tries = 0; !held.settled; tries += 1) {
      if (tries > 200) throw new Error(`the ${gate} injection did not start`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return held.settled;
  }, name);
}

/** Scripts of ours the page's renderer parses from now on, in any world. */
async function watchOurScripts(page: Page, extensionId: string): Promise<{ parsed: string[]; stop(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const ours = `chrome-extension://${extensionId}/`;
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(ours)) parsed.push(url.slice(ours.length));
  });
  await cdp.send('Debugger.enable');
  return { parsed, stop: () => cdp.detach() };
}

describe('injection pinned to the document that asked, in real Chromium (#22)', () => {
  let session: PanelSession;

  before(async () => {
    session = await openPanelSession('acme');
  });

  after(async () => {
    await session?.close();
  });

  it('a webmail tab that navigates after asking for the launcher does not get it on the next site', async () => {
    const { browser, server } = session;
    const tab = await browser.context.newPage();
    try {
      await holdInjection(browser.worker, 'launcher');
      await tab.goto(server.url('gmail'));
      await tab.waitForLoadState('load');
      // The rep focuses the draft: the stub asks for the launcher, the background checks Gmail's URL…
      await tab.locator('div#\\:ab').focus();
      await untilHeld(browser.worker, 'launcher');
      // …and before it injects, the tab is on another site (one the e2e build holds access to).
      await tab.goto(server.url('globex'));
      await tab.waitForLoadState('load');
      const scripts = await watchOurScripts(tab, browser.extensionId);
      try {
        const outcome = await releaseInjection(browser.worker, 'launcher');
        assert.match(outcome, /no document with id/i, 'Chrome refused the injection into the old document');
        assert.deepEqual(scripts.parsed.filter((url) => url.includes('compose-launcher')), [], 'compose-launcher.js never ran on globex.test');
        assert.deepEqual(await overlayTexts(tab), []);
      } finally {
        await scripts.stop();
      }
    } finally {
      await tab.close();
    }
  });

  it('a capture whose tab navigates before the extractor runs captures nothing, and the panel says why', async () => {
    const { browser, server, site, panel } = session;
    await session.show(server.url('acme'));
    await panel.getByRole('heading', { name: /acme\.test is not an account yet/ }).waitFor();
    await holdInjection(browser.worker, 'capture');
    await panel.getByTestId('capture-button').click();
    await untilHeld(browser.worker, 'capture');
    await site.goto(server.url('globex'));
    await site.waitForLoadState('load');
    // Longer than the injection's own deadline: a slow machine's navigation must not turn the
    // held capture into a time-out (the hold is the test's time, not the page's).
    await new Promise((resolve) => setTimeout(resolve, CAPTURE_STEP_TIMEOUT_MS + 500));
    const outcome = await releaseInjection(browser.worker, 'capture');
    assert.match(outcome, /no document with id/i);
    await panel.getByTestId('capture-error').filter({ hasText: /moved to another page/ }).waitFor();
    assert.equal(await panel.getByTestId('capture-form').count(), 0, 'no draft of globex.test');
    // The tab is the rep's as before: a capture now reads globex.test.
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    assert.equal(await panel.getByLabel('Domain').inputValue(), 'globex.test');
  });
});
