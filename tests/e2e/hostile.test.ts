import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { ARTIFACTS_DIR, readStore, saveScreenshot, type ExtensionBrowser } from './browser';
import { openPanelSession, type PanelSession } from './panelSession';
import type { FixtureServer } from './fixtureServer';
import { openLauncherFor, overlayFrames, overlayTexts, waitForOverlayText } from './overlayProbe';

/**
 * Issue 9 item 2, in real Chromium: a page with XSS payloads in every field the extractor reads
 * must show up as plain text wherever LeadKit shows it (side panel, badge, compose chip,
 * dashboard, CSV), and a spy page that records every postMessage, DOM mutation and resource
 * probe must learn no account data, no token and nothing with the extension id.
 */

/** The name the rep keeps: a formula, markup that would run if parsed, a template injection. */
const NAME =
  `=cmd|' /C calc'!A0 "><svg onload=window.__pwned=1><img src=x onerror="window.__pwned=1;alert(1)">` +
  `<script>window.__pwned=1</script>{{constructor.constructor('window.__pwned=1')()}}`;
const TOKEN = 'lk_tok_SPY-9f8e7d6c5b4a3928-never-in-a-page';

/** What the payloads would create in a page that has scripts and images of its own. */
const PAYLOAD_MADE = 'img[src="x"], svg[onload], [onerror], [onload]';
/** Anything that markup in a payload could have created (our own pages have none of these). */
// Our own mark (BrandMark) is the one image the panel draws; a payload's [onerror]/[onload] still counts.
const ACTIVE = 'img:not(.brand__icon[src="/icon/32.png"]), script:not([src]), svg script, foreignObject, iframe, object, embed, [onerror], [onload], [onclick]';

const SPY_ACCOUNT = { name: 'Quillfeather Spy Holdings', email: 'deals@quillfeather-holdings.example', phone: '+1 415 555 0177' };

const NOW = Date.UTC(2025, 5, 2);
const meta = { createdAt: NOW, updatedAt: NOW, version: 0 };
/** The account the Gmail compose is written to (its recipients are at acme-robotics.cn). */
const MAIL_ACCOUNT = {
  ...meta,
  id: 'acct-spymail',
  name: 'Acme Robotics Spy Target',
  domain: 'acme-robotics.cn',
  stage: 'opportunity',
  tags: [],
  phones: ['+86 21 5555 0123'],
  emails: ['deals-desk@acme-robotics.cn'],
  ownerId: 'Ottoline Ownerwell',
  capturedAt: NOW,
  score: { score: 72, grade: 'B', reasons: [], scoredAt: NOW, ruleSetVersion: 1 },
};
const LI_WEI = { ...meta, id: 'contact-li-wei', accountId: MAIL_ACCOUNT.id, name: 'Li Wei', title: 'Head of Operations', email: 'li.wei@acme-robotics.cn' };
const SPY_SCRIPT = {
  ...meta,
  id: 'e2e-spy-greeting',
  kind: 'follow_up',
  locale: 'en',
  title: 'Zebra spy greeting',
  body: 'Hi {{contact.firstName}}, about {{account.name}}: see you soon.',
  stages: [],
  industries: [],
  usedCount: 0,
  workedCount: 0,
};

type SpyLog = {
  messages: Array<{ origin: string; data: string; ports: number }>;
  mutations: Array<Record<string, unknown> & { inEditable: boolean; target: string }>;
  events: Array<{ type: string; detail: string }>;
  probes: Array<{ url: string; fetched: string; image: string }>;
  resources: string[];
  storage: string[];
};

type CdpNode = { nodeName: string; nodeType: number; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] };

/** The element names inside every overlay's closed shadow root (read through DevTools, as the rep's eyes). */
async function overlayElementNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    const names: string[] = [];
    const walk = (node: CdpNode, inside: boolean) => {
      const here = inside || node.nodeName === 'LEADKIT-OVERLAY';
      // Our own overlay frame (#22) is named apart; what its document holds is added below.
      const src = node.attributes?.[node.attributes.indexOf('src') + 1] ?? '';
      const ours = node.nodeName === 'IFRAME' && /^chrome-extension:\/\/[^/]+\/overlay\.html\?kind=\w+#[0-9a-f]{32}$/.test(src);
      if (here && node.nodeType === 1) names.push(ours ? 'OVERLAY-FRAME' : node.nodeName);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, here);
    };
    walk(root, false);
    for (const frame of overlayFrames(page)) names.push(...(await frame.evaluate(() => [...document.body.querySelectorAll('*')].map((element) => element.nodeName))));
    return names;
  } finally {
    await cdp.detach();
  }
}

/** RFC 4180 parsing, enough for our own export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A stand-in team backend on localhost: records what reaches it, answers "unavailable". */
async function startRecordingBackend(): Promise<{ url: string; authorizations: string[]; close(): Promise<void> }> {
  const authorizations: string[] = [];
  const server: Server = createServer((request, response) => {
    authorizations.push(String(request.headers.authorization ?? ''));
    request.resume();
    response.writeHead(503, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(JSON.stringify({ error: { code: 'unavailable', message: 'down for the test' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://localhost:${port}`, authorizations, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('hostile pages, in real Chromium', () => {
  let session: PanelSession;
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let site: Page;
  let panel: Page;
  let backend: Awaited<ReturnType<typeof startRecordingBackend>>;
  const dialogs: string[] = [];
  const spyLogs: Record<string, SpyLog> = {};

  before(async () => {
    backend = await startRecordingBackend();
    session = await openPanelSession('xss');
    ({ browser, server, site, panel } = session);
    // Any alert/confirm/prompt anywhere means a payload ran.
    const watch = (page: Page) =>
      page.on('dialog', (dialog: Dialog) => {
        dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
    browser.context.pages().forEach(watch);
    browser.context.on('page', watch);
  });

  after(async () => {
    await session?.close();
    await backend?.close();
  });

  it('a team backend and its token are set up first (options page → Sync)', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#sync`);
    await options.getByLabel('Backend URL').fill(backend.url);
    await options.getByLabel('Access token').fill(TOKEN);
    await options.getByTestId('sync-save').click();
    await options.getByTestId('sync-settings-status').filter({ hasText: 'Saved.' }).waitFor();
    await options.close();
    await site.bringToFront();
  });

  describe('XSS payloads in every field the extractor reads', () => {
    let xssAccountId = '';

    it('the fixture itself runs none of them (baseline)', async () => {
      await session.show(server.url('xss'));
      await panel.getByRole('heading', { name: /xss\.test is not an account yet/ }).waitFor();
      assert.equal(await pwned(site), undefined);
      assert.equal(await site.locator(PAYLOAD_MADE).count(), 0, 'the fixture page parses none of its payloads into markup');
      assert.equal(await panel.locator(ACTIVE).count(), 0);
    });

    it('capture shows them in the form as plain text, and saving keeps the payload name as text', async () => {
      await panel.getByTestId('capture-button').click();
      await panel.getByTestId('capture-form').waitFor({ timeout: 20_000 });
      assert.equal(await panel.locator(ACTIVE).count(), 0, 'no element created from a payload in the form');
      const values = await panel.getByTestId('capture-form').evaluate((form) =>
        [...form.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value),
      );
      for (const value of values) {
        assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(value), `a bidi override reached the form: ${JSON.stringify(value)}`);
        assert.ok(!/^\s*javascript:/i.test(value), `a javascript: URL reached the form: ${value}`);
      }
      assert.ok(!(await panel.getByLabel('Website').inputValue()).includes('javascript'));
      assert.ok(values.some((value) => /<img|<svg|<script|\{\{constructor/.test(value)), `the payloads are shown as text: ${JSON.stringify(values)}`);

      // The rep keeps a payload as the name; the other fields are made valid so the form saves.
      await panel.getByLabel('Company name').fill(NAME);
      await panel.getByLabel('Website').fill('');
      if (!/^[a-z0-9.]+@xss\.test$/.test(await panel.getByLabel('Email').inputValue())) await panel.getByLabel('Email').fill('sales@xss.test');
      if ((await panel.getByLabel('Phone').inputValue()).length > 40) await panel.getByLabel('Phone').fill('+1 415 555 0142');
      await panel.getByTestId('save-lead').click();
      await panel.getByTestId('account-view').waitFor();
      assert.equal(await panel.getByTestId('account-name').textContent(), NAME);
      assert.equal(await panel.getByTestId('account-domain').textContent(), 'xss.test');
      assert.equal(await panel.locator(ACTIVE).count(), 0, 'no element created from a payload in the side panel');
      assert.equal(await pwned(panel), undefined);
      assert.equal(await pwned(site), undefined);
      await saveScreenshot(panel, 'hostile-xss-account');
      xssAccountId = (await readStore<{ id: string; domain: string }>(panel, 'accounts')).find((account) => account.domain === 'xss.test')?.id ?? '';
      assert.ok(xssAccountId);
    });

    it('the website badge shows the name as text', async () => {
      // In the test the panel is its own popup window, so the "inject into the active tab of the
      // last focused window" after saving may miss the site tab; the badge registered for granted
      // sites shows on the next load, as for a rep coming back to the site.
      await session.show(server.url('xss'));
      const badge = await waitForOverlayText(site, /LeadKit/, 10_000);
      assert.ok(badge.includes(NAME), `the badge shows ${JSON.stringify(badge)}`);
      const elements = await overlayElementNames(site);
      assert.deepEqual(elements.filter((name) => ['IMG', 'SVG', 'SCRIPT', 'IFRAME', 'OBJECT'].includes(name)), []);
      assert.equal(await pwned(site), undefined);
      await saveScreenshot(site, 'hostile-xss-badge');
    });

    it('the dashboard lists the customer by its name, as text, and the CSV keeps it inert', async () => {
      const dashboard = await browser.context.newPage();
      await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
      await dashboard.locator('[data-testid="dashboard"][data-state="ready"]').waitFor();
      // Won a week ago: a customer, so it is listed by name in the customers table.
      await dashboard.evaluate(async (id) => {
        const request = indexedDB.open('leadkit');
        const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
        const account: Record<string, unknown> = await new Promise((resolve) => {
          const get = db.transaction('accounts').objectStore('accounts').get(id);
          get.onsuccess = () => resolve(get.result);
        });
        const at = Date.now() - 7 * 86_400_000;
        // Straight into the stores: the account is marked for the dashboard's digest too (lib/db/dirtyAccounts.ts).
        const tx = db.transaction(['accounts', 'activities', 'digestDirty'], 'readwrite');
        tx.objectStore('digestDirty').put(1, id);
        tx.objectStore('accounts').put({ ...account, stage: 'won', updatedAt: at });
        tx.objectStore('activities').put({
          id: 'act-xss-won', createdAt: at, updatedAt: at, version: 0, accountId: id, kind: 'stage_change', at, content: '', result: 'won',
          stageChange: { accountId: id, from: 'lead', to: 'won', at, by: 'Rep', unmetCriteria: [] },
        });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      }, xssAccountId);
      await dashboard.reload();
      await dashboard.getByTestId('period-preset').selectOption('last90Days');
      await dashboard.getByTestId('dashboard-report').waitFor();
      const customer = dashboard.getByTestId('table-customers').locator(`tr[data-account="${xssAccountId}"] th`);
      await customer.waitFor();
      assert.equal(await customer.textContent(), NAME);
      assert.equal(await dashboard.locator(ACTIVE).count(), 0, 'no element created from a payload in the dashboard');
      assert.equal(await pwned(dashboard), undefined);
      await saveScreenshot(dashboard, 'hostile-xss-dashboard');

      const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-accounts').click()]);
      const body = (await readFile((await download.path())!)).toString('utf8').replace(/^\uFEFF/, '');
      const quoted = `"'${NAME.replace(/"/g, '""')}"`;
      assert.ok(body.includes(`,${quoted},`), `the name is one quoted text cell with the formula guard: ${body.slice(0, 600)}`);
      const rows = parseCsv(body);
      const header = rows[0]!;
      const row = rows.find((cells) => cells[header.indexOf('domain')] === 'xss.test');
      assert.ok(row, 'the account is exported');
      assert.equal(row[header.indexOf('name')], `'${NAME}`);
      for (const cells of rows) {
        for (const cell of cells) assert.ok(!/^[=+@\t\r]|^-(?![\d.])/.test(cell), `a cell would run as a formula: ${cell}`);
      }
      await dashboard.close();
    });

    it('the options page and the queue run nothing either', async () => {
      for (const path of ['options.html', 'queue.html']) {
        const page = await browser.context.newPage();
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(500);
        assert.equal(await page.locator(ACTIVE).count(), 0, path);
        assert.equal(await pwned(page), undefined, path);
        await page.close();
      }
      await site.bringToFront();
    });
  });

  describe('a spy page sees no account data, no token, no extension id', () => {
    before(async () => {
      const recorder = await readFile(join(import.meta.dirname, 'fixtures/spy/recorder.js'), 'utf8');
      // The attacker's best guess at the id is the real one (it is public for a store extension).
      await site.addInitScript((id) => ((window as unknown as { __spyGuess: string }).__spyGuess = id), browser.extensionId);
      await site.addInitScript({ content: recorder });
      await browser.worker.evaluate(async (records) => {
        const request = indexedDB.open('leadkit');
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['accounts', 'contacts', 'scripts', 'digestDirty'], 'readwrite');
        tx.objectStore('accounts').put(records.account);
        tx.objectStore('digestDirty').put(1, (records.account as { id: string }).id);
        tx.objectStore('contacts').put(records.contact);
        tx.objectStore('scripts').put(records.script);
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      }, { account: MAIL_ACCOUNT, contact: LI_WEI, script: SPY_SCRIPT });
    });

    it('while the rep captures the spy page and the badge shows', async () => {
      await session.show(server.url('spy'));
      assert.equal(await site.evaluate(() => typeof (window as unknown as { __spyLog?: unknown }).__spyLog), 'object');
      await panel.getByRole('heading', { name: /spy\.test is not an account yet/ }).waitFor();
      await panel.getByTestId('capture-button').click();
      await panel.getByTestId('capture-form').waitFor();
      await panel.getByLabel('Company name').fill(SPY_ACCOUNT.name);
      await panel.getByLabel('Email').fill(SPY_ACCOUNT.email);
      await panel.getByLabel('Phone').fill(SPY_ACCOUNT.phone);
      await panel.getByTestId('save-lead').click();
      await panel.getByTestId('account-view').waitFor();
      await session.show(server.url('spy'));
      await waitForOverlayText(site, new RegExp(SPY_ACCOUNT.name), 10_000);
      spyLogs.spy = (await site.evaluate(() => (window as unknown as { __spyProbe(): Promise<SpyLog> }).__spyProbe())) as SpyLog;
    });

    it('while the rep opens the compose picker in Gmail and inserts a script', async () => {
      await session.show(server.url('gmail'));
      const body = 'div[aria-label="Message Body"][contenteditable="true"] >> visible=true';
      await site.locator('div#\\:ab').evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.nodeValue ?? '').indexOf('Thanks for the call today.');
          if (at < 0) continue;
          (element as HTMLElement).focus();
          const range = document.createRange();
          range.setStart(node, at + 'Thanks for the call today.'.length);
          range.collapse(true);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
      });
      // The launcher starts when the rep first writes on the page (issue #3, item 6).
      await waitForOverlayText(site, /Acme Robotics Spy Target/);
      await openLauncherFor(site, body);
      await waitForOverlayText(site, /Zebra|Price too high/);
      await site.keyboard.type('zebra spy');
      await waitForOverlayText(site, /Hi Li, about Acme Robotics Spy Target/);
      await site.keyboard.press('Enter');
      await site.waitForFunction(() => document.getElementById(':ab')?.textContent?.includes('about Acme Robotics Spy Target'));
      spyLogs.gmail = (await site.evaluate(() => (window as unknown as { __spyProbe(): Promise<SpyLog> }).__spyProbe())) as SpyLog;
    });

    after(async () => {
      // Everything the spy recorded, for a human to read.
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await writeFile(join(ARTIFACTS_DIR, 'hostile-spy-log.json'), JSON.stringify(spyLogs, null, 2));
    });

    it('the token was really in use: the background sent it to the team backend', () => {
      assert.ok(backend.authorizations.includes(`Bearer ${TOKEN}`), `the backend saw ${JSON.stringify(backend.authorizations)}`);
    });

    it('no account data in any postMessage or in any mutation outside the compose body', () => {
      const secrets = [
        SPY_ACCOUNT.name, SPY_ACCOUNT.email, SPY_ACCOUNT.phone,
        MAIL_ACCOUNT.name, MAIL_ACCOUNT.ownerId, MAIL_ACCOUNT.phones[0]!, MAIL_ACCOUNT.emails[0]!,
        'Opportunity', 'opportunity', 'Grade B',
      ];
      for (const [where, log] of Object.entries(spyLogs)) {
        const visible = JSON.stringify({ messages: log.messages, mutations: log.mutations.filter((entry) => !entry.inEditable), events: log.events, storage: log.storage });
        for (const secret of secrets) assert.ok(!visible.includes(secret), `${where}: the page saw "${secret}": ${visible.slice(0, 2000)}`);
        assert.ok(!/\bLead\b/.test(visible), `${where}: the page saw the stage`);
        assert.deepEqual(log.messages, [], `${where}: nothing is posted to the window`);
      }
      // The inserted script is expected, and only inside the compose body.
      const inserted = spyLogs.gmail!.mutations.filter((entry) => entry.inEditable);
      assert.ok(JSON.stringify(inserted).includes('about Acme Robotics Spy Target'), 'the spy did watch the insertion (positive control)');
    });

    it('no token and no extension id in anything the page recorded', () => {
      for (const [where, log] of Object.entries(spyLogs)) {
        const probed = new Set(log.probes.map((probe) => probe.url));
        // WXT's script-started events are checked on their own below.
        const recorded = JSON.stringify({ ...log, events: [], probes: [], resources: log.resources.filter((name) => !probed.has(name)) });
        assert.ok(!recorded.includes(TOKEN), `${where}: the token reached the page`);
        assert.ok(!recorded.includes(browser.extensionId), `${where}: the page saw the extension id: ${recorded.slice(0, 2000)}`);
        assert.ok(!recorded.includes('chrome-extension://'), `${where}: the page loaded an extension resource`);
      }
    });

    it('a page that knows the id cannot tell which of our content scripts start (WXT announces them on document)', () => {
      // WXT's ContentScriptContext dispatches `<extension id>:<entrypoint>:wxt:content-script-started`
      // on document, with { contentScriptName, messageId }, whatever noScriptStartedPostMessage says.
      for (const [where, log] of Object.entries(spyLogs)) assert.deepEqual(log.events, [], `${where}: the page heard our content scripts start`);
    });

    it('no probe of the extension’s files succeeds: nothing is web-accessible', () => {
      for (const [where, log] of Object.entries(spyLogs)) {
        assert.ok(log.probes.length >= 20, `${where}: the probes ran`);
        const reached = log.probes.filter((probe) => !probe.fetched.startsWith('error') || probe.image === 'load');
        assert.deepEqual(reached, [], `${where}: the page reached extension files`);
      }
    });

    it('the compose chip shows a payload name as text too', async () => {
      // Li Wei now belongs to the XSS account: the chip names it.
      await browser.worker.evaluate(async (contact) => {
        const request = indexedDB.open('leadkit');
        const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
        const accounts: Array<{ id: string; domain: string }> = await new Promise((resolve) => {
          const all = db.transaction('accounts').objectStore('accounts').getAll();
          all.onsuccess = () => resolve(all.result);
        });
        const tx = db.transaction('contacts', 'readwrite');
        tx.objectStore('contacts').put({ ...contact, accountId: accounts.find((account) => account.domain === 'xss.test')!.id, updatedAt: Date.now() });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      }, LI_WEI);
      await session.show(server.url('gmail'));
      await site.locator('div#\\:ab').focus();
      const chip = await waitForOverlayText(site, /cmd\|/);
      assert.ok(chip.includes(NAME), `the chip shows ${JSON.stringify(chip)}`);
      const elements = await overlayElementNames(site);
      assert.deepEqual(elements.filter((name) => ['IMG', 'SVG', 'SCRIPT', 'IFRAME', 'OBJECT'].includes(name)), []);
      assert.equal(await pwned(site), undefined);
      assert.deepEqual(await site.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload]').length), 0);
    });

    it('a page that knows the id cannot switch the compose overlay off by faking that event', async () => {
      assert.ok((await overlayTexts(site)).some((text) => text.includes(NAME)));
      await site.evaluate((id) => {
        for (const name of ['compose', 'compose-launcher', 'account-badge', 'compose-picker']) {
          document.dispatchEvent(new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'page' } }));
        }
      }, browser.extensionId);
      await site.waitForTimeout(500);
      assert.ok((await overlayTexts(site)).some((text) => text.includes(NAME)), 'the chip is still there after the page’s fake event');
    });
  });

  it('no payload opened a dialog, and nothing failed but the expected refusals', () => {
    assert.deepEqual(dialogs, []);
    // Expected: Chrome refusing the spy's probes of chrome-extension:// (not web-accessible), and the
    // stand-in backend answering 503.
    const expected = (line: string) =>
      /chrome-extension:\/\/|web_accessible_resources/.test(line) ||
      /^http:\/\/(spy|gmail)\.test:\d+\/: Failed to load resource: net::ERR_FAILED$/.test(line) ||
      line.includes(backend.url) ||
      /status of 503/.test(line);
    assert.deepEqual(browser.errors.filter((line) => !expected(line)), []);
  });
});
