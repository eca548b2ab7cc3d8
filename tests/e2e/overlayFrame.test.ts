import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './browser';
import { startFixtureServer } from './fixtureServer';
import { RECORD_META, testAccount, testContact } from './fixtureRecords';
import { seedAfterLibrary } from './seedLibrary';
import { openLauncherFor, overlayFrames, placeCaretAfter, waitForOverlayText } from './overlayProbe';

/**
 * #22 item 1: a page that hosts our overlay tries every way a script can read it, while the rep
 * searches, previews and inserts a script in Gmail. The picker, the chip and the badge's details
 * live in an extension frame; the page must learn nothing but the text the rep chose to insert.
 */
const meta = RECORD_META;
const ACCOUNT = testAccount({ id: 'acct-frame-spy', name: 'Quokka Dynamics', domain: 'acme-robotics.cn', ownerId: 'Mei Chen' });
const CONTACT = testContact({ id: 'contact-frame-spy', accountId: ACCOUNT.id, name: 'Li Wei', email: 'li.wei@acme-robotics.cn' });
const SCRIPT = {
  ...meta,
  id: 'e2e-frame-spy',
  kind: 'follow_up',
  locale: 'en',
  title: 'Wombat follow-up for the frame test',
  body: 'Hi {{contact.firstName}}, about {{account.name}}: the pilot.',
  stages: [],
  industries: [],
  usedCount: 0,
  workedCount: 0,
};
/** What only the extension knows: the account, its stage, the script's title and the filled preview. */
const SECRETS = [ACCOUNT.name, 'Opportunity', SCRIPT.title, 'Wombat', 'Hi Li, about Quokka'];
const TYPED = 'wombat';

type SpyEvent = { phase: string; type: string; on: string; key?: string; data?: string | null; target: string };
type SpyReport = {
  events: SpyEvent[];
  mutations: string[];
  finds: Record<string, boolean>;
  hostStyles: string[];
  selection: string;
};

/** Installed in the page's own world: capture listeners, a MutationObserver and window.find. */
function installSpy(page: Page): Promise<void> {
  return page.evaluate(() => {
    const scope = window as unknown as { __spy: { phase: string; events: SpyEvent[]; mutations: string[] } };
    scope.__spy = { phase: 'before', events: [], mutations: [] };
    const spy = scope.__spy;
    for (const on of [window, document] as EventTarget[]) {
      for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'select', 'selectionchange']) {
        on.addEventListener(
          type,
          (event) => {
            const target = event.target as Element | null;
            spy.events.push({
              phase: spy.phase,
              type,
              on: on === window ? 'window' : 'document',
              key: (event as KeyboardEvent).key,
              data: (event as InputEvent).data,
              target: target?.nodeName ?? '',
            });
          },
          true,
        );
      }
    }
    new MutationObserver((records) => {
      for (const record of records) {
        const nodes = [...record.addedNodes].map((node) => `${node.nodeName}:${node.textContent ?? ''}`);
        const target = record.target as Element;
        const attribute = record.attributeName ? `${record.attributeName}=${target.getAttribute?.(record.attributeName) ?? ''}` : '';
        spy.mutations.push(`${record.type} ${target.nodeName} ${attribute} ${nodes.join('|')} ${record.type === 'characterData' ? target.textContent : ''}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** What the spy learned so far: window.find for every secret and a wrong guess, the hosts' styles. */
function spyReport(page: Page, guesses: string[]): Promise<SpyReport> {
  return page.evaluate((words) => {
    const spy = (window as unknown as { __spy: { events: SpyEvent[]; mutations: string[] } }).__spy;
    const finds: Record<string, boolean> = {};
    for (const word of words) {
      // Case-insensitive, whole document, wrapping, into shadow roots (Chromium searches closed ones too).
      finds[word] = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(word, false, false, true);
    }
    const hostStyles = [...document.querySelectorAll('leadkit-overlay')].map((host) => {
      const style = getComputedStyle(host);
      const box = host.getBoundingClientRect();
      return `${host.shadowRoot === null ? 'closed' : 'OPEN'} ${style.width}x${style.height} ${Math.round(box.width)}x${Math.round(box.height)} ${host.textContent}`;
    });
    return { events: spy.events, mutations: spy.mutations, finds, hostStyles, selection: String(getSelection()) };
  }, guesses);
}

const setPhase = (page: Page, phase: string) => page.evaluate((value) => ((window as unknown as { __spy: { phase: string } }).__spy.phase = value), phase);

describe('a page hosting the overlay learns nothing from it (#22 item 1), in real Chromium', () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let page: Page;

  before(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await seedAfterLibrary(browser.worker, { accounts: [ACCOUNT], contacts: [CONTACT], scripts: [SCRIPT] });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('while the rep searches, previews and inserts a script in Gmail', async () => {
    await page.goto(server.url('gmail'));
    await page.waitForLoadState('load');
    await installSpy(page);
    // Positive control: window.find does find text the page shows.
    const control = await spyReport(page, ['Thanks for the call today']);
    assert.equal(control.finds['Thanks for the call today'], true, 'window.find works on this page');

    const body = 'div#\\:ab';
    await placeCaretAfter(page, body, 'Thanks for the call today.');
    // The chip (an extension frame) names the account: the rep sees it, the page must not.
    await waitForOverlayText(page, new RegExp(`${ACCOUNT.name} · Opportunity`));
    await setPhase(page, 'picker');
    await openLauncherFor(page, body);
    await waitForOverlayText(page, /Price too high|Wombat/);
    // Focus moved into the picker's frame as it opened: the rep types there.
    await page.keyboard.type(TYPED);
    await waitForOverlayText(page, /Hi Li, about Quokka Dynamics: the pilot\./);
    await saveScreenshot(page, 'overlay-frame-picker');
    const searching = await spyReport(page, [...SECRETS, 'Globex Industrial', TYPED]);
    // The same layout whatever the picker shows: a search with no hits changes nothing the page can measure.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('zzzz-nothing-matches');
    await waitForOverlayText(page, /No script matches/);
    const empty = await spyReport(page, []);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(TYPED);
    await waitForOverlayText(page, /Hi Li, about Quokka Dynamics/);
    await setPhase(page, 'insert');
    await page.keyboard.press('Enter');
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('about Quokka Dynamics'), body);
    await page.waitForFunction(() => document.querySelectorAll('leadkit-overlay').length === 1);
    const inserted = await spyReport(page, [SCRIPT.title, 'Opportunity', 'Globex Industrial']);

    // The insert landed at the caret with the variables filled: the rep's choice, now on the page.
    const draft = await page.locator(body).evaluate((element) => (element as HTMLElement).innerText);
    assert.match(draft, /Thanks for the call today\.Hi Li, about Quokka Dynamics: the pilot\./);

    // window.find: the right guesses are as unknown as a wrong one.
    for (const [word, found] of Object.entries(searching.finds)) assert.equal(found, false, `window.find found "${word}" while the picker was open`);
    assert.equal(inserted.finds[SCRIPT.title], false);
    assert.equal(inserted.finds.Opportunity, false, 'the chip’s stage is not findable');
    // No key, input or selection event of the picker reached the page's capture listeners.
    const heard = searching.events.concat(empty.events).filter((event) => event.phase === 'picker');
    assert.deepEqual(heard, [], 'the page heard the picker');
    // The insert itself is the page's to see (the editor's own input events), nothing typed before it.
    // The Enter key goes down in the frame; focus is back in the draft when it comes up, so the page
    // hears that one keyup (which says nothing the inserted text does not).
    const atInsert = inserted.events.filter((event) => event.phase === 'insert');
    const keys = atInsert.filter((event) => /^key/.test(event.type));
    assert.ok(keys.every((event) => event.type === 'keyup' && event.key === 'Enter'), JSON.stringify(keys));
    assert.ok(atInsert.filter((event) => /input/.test(event.type)).every((event) => event.data === null || /^Hi Li, about Quokka/.test(event.data ?? '')), JSON.stringify(atInsert));
    // Mutations and styles: nothing of the account or the scripts outside the draft.
    const seen = JSON.stringify({ mutations: inserted.mutations.filter((line) => !line.includes('about Quokka')), styles: [searching.hostStyles, empty.hostStyles, inserted.hostStyles], selection: [searching.selection, inserted.selection] });
    for (const secret of [...SECRETS, TYPED]) assert.ok(!seen.includes(secret), `the page saw "${secret}": ${seen.slice(0, 1500)}`);
    assert.ok(!seen.includes(browser.extensionId), 'the page saw the extension id');
    assert.ok(searching.hostStyles.every((line) => line.startsWith('closed ')), searching.hostStyles.join('\n'));
    assert.deepEqual(empty.hostStyles, searching.hostStyles, 'the hosts measure the same whatever the picker shows');
    assert.equal(overlayFrames(page).filter((frame) => frame.url().includes('kind=picker')).length, 0, 'the picker frame is gone after the insert');
  });

  it('Escape in the picker closes it and gives the compose box its focus back', async () => {
    const body = 'div#\\:ab';
    await openLauncherFor(page, body);
    await waitForOverlayText(page, /Price too high|Wombat/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('leadkit-overlay').length === 1);
    await page.waitForFunction(() => document.activeElement?.id === ':ab');
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(browser.errors, []);
  });
});
