import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/fixtureServer';
import { RECORD_META, testAccount, testContact } from '../e2e/fixtureRecords';
import { caretAfterInPage } from '../e2e/overlayProbe';
import { seedAfterLibrary } from '../e2e/seedLibrary';
import { assertFocused, clickLauncherFor, clickTestId, launchFirefoxExtension, saveFirefoxScreenshot, waitForOverlayFrame, type FirefoxExtension } from './firefox';

/** The recipient of the fixture form (li.wei@acme-robotics.cn) as a known contact, so variables fill. */
const ACME = testAccount({ id: 'acct-acme-robotics', name: 'Acme Robotics', domain: 'acme-robotics.cn' });
const LI_WEI = testContact({ id: 'contact-li-wei', accountId: ACME.id, name: 'Li Wei', title: 'Head of Operations', email: 'li.wei@acme-robotics.cn' });
/** A manager's script: variables to fill, and HTML that must arrive as text. */
const GREETING = {
  ...RECORD_META,
  id: 'e2e-greeting',
  kind: 'follow_up',
  locale: 'en',
  title: 'Zebra greeting for tests',
  body: 'Hi {{contact.firstName}}, about {{account.name}}: <b>bold</b>',
  stages: [],
  industries: [],
  usedCount: 0,
  workedCount: 0,
};
const FILLED = 'Hi Li, about Acme Robotics: <b>bold</b>';

describe('Firefox: the compose launcher on a site the rep turned it on for, and on webmail', () => {
  let firefox: FirefoxExtension;
  let server: FixtureServer;
  let page: Page;

  before(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxExtension();
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  const draftOf = (selector: string) => page.$eval(selector, (element) => (element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText));

  /** The rep opens the launcher of `selector`, searches the picker (the extension frame) and takes the script with Enter. */
  async function insertGreeting(selector: string, screenshot: string): Promise<void> {
    await clickLauncherFor(page, selector);
    // The picker's search box takes the focus as the frame loads: the rep's keys go there.
    await waitForOverlayFrame(page, 'picker', /Zebra greeting for tests/);
    await page.keyboard.type('zebra');
    const picker = await waitForOverlayFrame(page, 'picker', /Hi Li, about Acme Robotics/);
    assert.match(picker.text, /Zebra greeting for tests/);
    await saveFirefoxScreenshot(page, screenshot);
    await page.keyboard.press('Enter');
  }

  it('the rep turns the launcher on for the site from the sidebar', async () => {
    page = await firefox.openSite(server.url('plainform'));
    const panel = await firefox.openPanel();
    await seedAfterLibrary(panel, { accounts: [ACME], contacts: [LI_WEI], scripts: [GREETING] });
    await page.bringToFront();
    await clickTestId(panel, 'site-compose-on');
    await panel.waitForSelector('::-p-text(The script button is on for plainform.test.)');
    await panel.close();
    await page.bringToFront();
  });

  it('textarea: the launcher comes at the caret; the picked script goes in there, filled, and Ctrl+Z takes it out', async () => {
    await page.reload();
    await assertFocused(page);
    const before = await draftOf('#plain');
    await page.$eval('#plain', caretAfterInPage, 'Dear Li,');
    // The recipient beside the box is a known contact: the launcher's chip names the account.
    await waitForOverlayFrame(page, 'chip', /Acme Robotics · Opportunity/);
    await saveFirefoxScreenshot(page, 'compose-launcher');
    await insertGreeting('#plain', 'compose-picker');
    await page.waitForFunction(() => (document.querySelector('#plain') as HTMLTextAreaElement).value.includes('about Acme Robotics'));
    assert.equal(await draftOf('#plain'), before.replace('Dear Li,', `Dear Li,${FILLED}`), 'at the caret, as text, the rest kept');
    await saveFirefoxScreenshot(page, 'compose-textarea-inserted');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    assert.equal(await draftOf('#plain'), before, 'the browser’s own undo takes the script out');
  });

  it('contenteditable: the same, inserted as text at the caret, and Ctrl+Z takes it out', async () => {
    const before = await draftOf('#rich');
    await page.$eval('#rich', caretAfterInPage, 'Draft notes.');
    await insertGreeting('#rich', 'compose-rich-picker');
    await page.waitForFunction(() => document.querySelector('#rich')?.textContent?.includes('about Acme Robotics'));
    assert.equal(await draftOf('#rich'), before.replace('Draft notes.', `Draft notes.${FILLED}`));
    assert.equal(await page.$$eval('#rich b, #rich img', (found) => found.length), 0, 'HTML in a script is inserted as text');
    await saveFirefoxScreenshot(page, 'compose-rich-inserted');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    assert.equal(await draftOf('#rich'), before);
  });

  it('Gmail (the stub declared in the manifest): the chip, the script in at the caret, Ctrl+Z takes it out', async () => {
    await page.goto(server.url('gmail'));
    await assertFocused(page);
    const body = 'div#\\:ab';
    const before = await draftOf(body);
    await page.$eval(body, caretAfterInPage, 'Thanks for the call today.');
    await waitForOverlayFrame(page, 'chip', /Acme Robotics · Opportunity/);
    await insertGreeting(body, 'compose-gmail-picker');
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('about Acme Robotics'), {}, body);
    const after = await draftOf(body);
    assert.ok(after.includes(`Thanks for the call today.${FILLED}`), `at the caret: ${after}`);
    assert.match(after, /Rep Demo \| LeadKit Demo/, 'the signature is kept');
    assert.equal(await page.$$eval(`${body} b, ${body} img`, (found) => found.length), 0, 'HTML in a script is inserted as text');
    await saveFirefoxScreenshot(page, 'compose-gmail-inserted');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    assert.equal(await draftOf(body), before);
  });

  it('saw no page or extension errors', () => {
    assert.deepEqual(firefox.errors, []);
  });
});
