import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot } from './browser';
import { waitForOverlayText } from './overlayProbe';
import { openPanelSession, type PanelSession } from './panelSession';
import { testAccount, testContact } from './fixtureRecords';
import { seedAfterLibrary } from './seedLibrary';

/**
 * Issue #19 items 3 and 4 in real Chromium, on a webmail no adapter knows (tests/e2e/fixtures/
 * netmail): the open message sits in a same-origin preview iframe with its body in a nested srcdoc
 * frame; the compose has its recipients in rows labelled 收件人 outside any form and writes in a
 * design-mode iframe. Nothing here names the host: LeadKit finds it all by the page's structure.
 */
const ACME_ROBOTICS = testAccount({ id: 'acct-acme-robotics', name: 'Acme Robotics', domain: 'acme-robotics.cn' });
const LI_WEI = testContact({ id: 'contact-li-wei', accountId: ACME_ROBOTICS.id, name: 'Li Wei', email: 'li.wei@acme-robotics.cn' });

describe('a webmail no adapter knows, in real Chromium (#19)', () => {
  let session: PanelSession;

  before(async () => {
    session = await openPanelSession('netmail');
    await seedAfterLibrary(session.browser.worker, { accounts: [ACME_ROBOTICS], contacts: [LI_WEI], scripts: [] });
  });

  after(async () => {
    await session?.close();
  });

  it('capturing the page takes the open message’s sender and signature, not the webmail', async () => {
    const { panel, server } = session;
    await session.show(server.url('netmail'));
    await panel.getByRole('heading', { name: /netmail\.test is not an account yet/ }).waitFor();
    await panel.getByTestId('capture-button').click();
    await panel.getByTestId('capture-form').waitFor();
    assert.equal(await panel.getByLabel('Contact name').inputValue(), '王芳');
    assert.equal(await panel.getByLabel('Email').inputValue(), 'wangfang1988@163.com');
    assert.equal(await panel.getByLabel('Company name').inputValue(), '华信精密制造有限公司');
    // A free-mail sender: the company is the website the signature names, not the webmail's host.
    assert.equal(await panel.getByLabel('Domain').inputValue(), 'huaxin-mfg.cn');
    assert.match(await panel.getByLabel('Phone').inputValue(), /512.?6588.?1234/);
    // Where each value came from, in words, and no "personal mail" warning over a filled company domain.
    await panel.getByText('From the signature').first().waitFor();
    assert.equal(await panel.getByTestId('personal-domain-notice').count(), 0);
    const values = await panel.getByTestId('capture-form').locator('input, textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value).join(' '));
    for (const webmail of ['netmail', 'leadkit-demo', '网易式', 'favicon']) assert.ok(!values.includes(webmail), `the draft names the webmail: ${webmail} in ${values}`);
    await saveScreenshot(panel, 'capture-generic-webmail');
    await panel.getByRole('button', { name: 'Discard' }).click();
  });

  it('a compose outside any form, writing in an iframe: recipients read from the 收件人 row', async () => {
    const { panel, server, site } = session;
    await session.show(server.url('netmail', '/compose.html'));
    await panel.getByRole('heading', { name: /netmail\.test is not an account yet/ }).waitFor();
    await panel.getByTestId('site-compose-on').click();
    await panel.getByText('The script button is on for netmail.test.').waitFor();
    await site.reload();
    await site.bringToFront();
    await site.waitForFunction(() => (window as unknown as { __editorReady?: boolean }).__editorReady === true);
    const frame = (await (await site.locator('#editor').elementHandle())!.contentFrame())!;
    await frame.locator('body').click();
    await frame.locator('body').press('End');
    // The chip names the account of the address in the 收件人 row, outside the editor and any form.
    await waitForOverlayText(site, /Acme Robotics · Opportunity/, 10_000);
    await saveScreenshot(site, 'compose-generic-webmail');
  });

  it('a compose screen that is itself a frame, its editor a frame inside it: the same chip, on the page', async () => {
    const { server, site } = session;
    await session.show(server.url('netmail', '/write.html'));
    const composeFrame = (await (await site.locator('#mainFrame').elementHandle())!.contentFrame())!;
    await composeFrame.waitForFunction(() => (window as unknown as { __editorReady?: boolean }).__editorReady === true);
    const editor = (await (await composeFrame.locator('#editor').elementHandle())!.contentFrame())!;
    await editor.locator('body').click();
    await editor.locator('body').press('End');
    await waitForOverlayText(site, /Acme Robotics · Opportunity/, 10_000);
    // The launcher sits on the editor's box as the rep sees it: inside both frames' offsets.
    const [launcher, frameBox] = await Promise.all([
      site.evaluate(() => {
        const hosts = [...document.querySelectorAll('leadkit-overlay')] as HTMLElement[];
        const boxes = hosts.map((host) => host.getBoundingClientRect()).filter((box) => box.width > 0);
        return boxes.map((box) => ({ x: box.x, y: box.y }));
      }),
      composeFrame.locator('#editor').evaluate((frame) => {
        const inner = frame.getBoundingClientRect();
        const outer = (frame.ownerDocument.defaultView!.frameElement as HTMLElement).getBoundingClientRect();
        return { left: outer.left + inner.left, top: outer.top + inner.top, right: outer.left + inner.right, bottom: outer.top + inner.bottom };
      }),
    ]);
    assert.ok(
      launcher.some((box) => box.x >= frameBox.left - 40 && box.x <= frameBox.right + 40 && box.y >= frameBox.top - 40 && box.y <= frameBox.bottom + 40),
      `a launcher by the nested editor at ${JSON.stringify(frameBox)}: ${JSON.stringify(launcher)}`,
    );
    await saveScreenshot(site, 'compose-generic-webmail-nested');
  });
});
