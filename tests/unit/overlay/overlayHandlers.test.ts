import { describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import type { Contact } from '../../../lib/model';
import { createOverlayHandlers, type OverlayDeps } from '../../../lib/overlay/overlayHandlers';
import { OVERLAY_MESSAGES } from '../../../lib/overlay/overlayMessages';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { getScript, saveScript } from '../../../lib/scripts/scriptStore';
import { account } from '../db/fixtures';
import { makeScript } from '../scripts/makeScript';

const ACME = account({
  id: 'acme',
  name: 'Acme Robotics',
  domain: 'acme-robotics.cn',
  stage: 'opportunity',
  ownerId: 'Mei Chen',
  notesSecret: undefined,
  score: { score: 70, grade: 'B', reasons: [{ ruleId: 'r', label: { en: 'secret reason', zh_CN: '原因' }, points: 70 }], scoredAt: 1, ruleSetVersion: 1 },
} as never);
const OTHER = account({ id: 'other', name: 'Globex', domain: 'globex.com', stage: 'lead' });
const LI: Contact = { id: 'li', createdAt: 1, updatedAt: 1, version: 0, accountId: 'acme', name: 'Li Wei', email: 'li.wei@acme-robotics.cn' };
const GREETING = makeScript({ id: 'greet', title: 'Greeting', body: 'Hi {{contact.firstName}} at {{account.name}}, <b>{{rep.name}}</b> {{value.roi}}', kind: 'follow_up' });

async function setUp(overrides: Partial<OverlayDeps> = {}) {
  const db = await getDB();
  await commitChanges(db, [
    { store: 'accounts', op: 'put', record: ACME },
    { store: 'accounts', op: 'put', record: OTHER },
    { store: 'contacts', op: 'put', record: LI },
  ]);
  await storeScores(db, [{ accountId: ACME.id, derivedFromUpdatedAt: ACME.updatedAt, score: ACME.score! }], 1);
  await saveScript(db, GREETING);
  const deps: OverlayDeps = {
    db: getDB,
    rep: async () => ({ name: 'Alex', locale: 'en' }),
    tabUrl: async () => 'https://www.acme-robotics.cn/products',
    injectPicker: vi.fn(async () => undefined),
    launcherSites: async () => ['https://mail.google.com/*', 'https://crm.example.com/*'],
    injectLauncher: vi.fn(async () => undefined),
    openSidePanel: vi.fn(),
    now: () => 10,
    ...overrides,
  };
  return { deps, handlers: createOverlayHandlers(deps) };
}

const tab = { id: 'ext', url: 'https://www.acme-robotics.cn/', frameId: 0, tab: { id: 7, windowId: 3 } };

describe('overlay handlers', () => {
  it('names the recipient’s account by contact email, then by email domain; nothing for strangers', async () => {
    const { handlers } = await setUp();
    // What the chip shows (name · stage · grade): the owner is the badge's, on the account's own site (#22).
    expect(await handlers['compose.recipient']({ recipients: ['someone@else.org', 'li.wei@acme-robotics.cn'] }, tab)).toEqual({
      name: 'Acme Robotics',
      stage: 'opportunity',
      grade: 'B',
    });
    expect((await handlers['compose.recipient']({ recipients: ['buyer@acme-robotics.cn'] }, tab))?.name).toBe('Acme Robotics');
    expect(await handlers['compose.recipient']({ recipients: ['x@unknown.example'] }, tab)).toBeNull();
  });

  it('tells the launcher the language the rep chose, as the protocol allows', async () => {
    const { handlers } = await setUp({ rep: async () => ({ name: 'Alex', locale: 'zh_CN' }) });
    const answer = await handlers['compose.locale']({}, tab);
    expect(answer).toEqual({ locale: 'zh_CN' });
    expect(OVERLAY_MESSAGES['compose.locale'].response.safeParse(answer).success).toBe(true);
    expect(OVERLAY_MESSAGES['compose.locale'].request.safeParse({ locale: 'en' }).success).toBe(false);
  });

  it('fills a script for the recipient as plain text; a stranger at the company gets no greeting guessed', async () => {
    const { handlers } = await setUp();
    const filled = await handlers['compose.fill']({ scriptId: 'greet', recipients: ['li.wei@acme-robotics.cn'] }, tab);
    expect(filled?.text).toBe('Hi Li at Acme Robotics, <b>Alex</b> [value.roi]');
    expect(filled?.missing).toEqual(['value.roi']);
    const stranger = await handlers['compose.fill']({ scriptId: 'greet', recipients: ['buyer@acme-robotics.cn'] }, tab);
    expect(stranger?.text).toBe('Hi [contact.firstName] at Acme Robotics, <b>Alex</b> [value.roi]');
    expect(await handlers['compose.fill']({ scriptId: 'missing', recipients: [] }, tab)).toBeNull();
  });

  it('the picker gets the library and the recipient’s stage, never other accounts or contacts', async () => {
    const { handlers } = await setUp();
    const answer = await handlers['compose.scripts']({ recipients: ['li.wei@acme-robotics.cn'] }, tab);
    expect(OVERLAY_MESSAGES['compose.scripts'].response.safeParse(answer).success).toBe(true);
    expect(answer.stage).toBe('opportunity');
    const text = JSON.stringify(answer);
    for (const leak of ['Globex', 'li.wei@', 'secret reason', 'acme-robotics.cn', 'Mei Chen']) expect(text).not.toContain(leak);
  });

  it('the badge learns only about the sender tab’s own site', async () => {
    const { handlers } = await setUp();
    expect(await handlers['badge.account']({}, tab)).toEqual({ name: 'Acme Robotics', stage: 'opportunity', grade: 'B', owner: 'Mei Chen' });
    const unknown = await setUp({ tabUrl: async () => 'https://news.example.com/' });
    expect(await unknown.handlers['badge.account']({}, tab)).toBeNull();
    expect(await handlers['badge.account']({}, { ...tab, tab: undefined })).toBeNull();
  });

  it('counts an inserted script as used, and loads the picker into the sender’s tab only', async () => {
    const { deps, handlers } = await setUp();
    const before = (await getScript(await getDB(), 'greet'))?.usedCount ?? 0;
    expect(await handlers['compose.openPicker']({}, tab)).toEqual({ ok: true });
    expect(deps.injectPicker).toHaveBeenCalledWith({ tabId: 7, frameId: 0 });
    await handlers['compose.fill']({ scriptId: 'greet', recipients: [] }, tab);
    expect(await handlers['compose.used']({ scriptId: 'greet' }, tab)).toEqual({ ok: true });
    expect((await getScript(await getDB(), 'greet'))?.usedCount).toBe(before + 1);
    await handlers['badge.openPanel']({}, tab);
    expect(deps.openSidePanel).toHaveBeenCalledWith(3);
  });

  it('loads the compose launcher into the asking frame of a webmail tab, nowhere else (issue #3)', async () => {
    const gmail = { id: 'ext', url: 'https://mail.google.com/mail/u/0/#inbox', frameId: 0, tab: { id: 7, windowId: 3 } };
    const inGmail = await setUp({ tabUrl: async () => 'https://mail.google.com/mail/u/0/#inbox?compose=new' });
    expect(await inGmail.handlers['compose.loadLauncher']({}, gmail)).toEqual({ ok: true });
    expect(inGmail.deps.injectLauncher).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameId: 0 });

    // A site the rep turned the launcher on for (and grants) is a page it is for, too.
    const crm = await setUp({ tabUrl: async () => 'https://crm.example.com/deals/1' });
    expect(await crm.handlers['compose.loadLauncher']({}, { ...gmail, url: 'https://crm.example.com/deals/1' })).toEqual({ ok: true });

    const refused = await setUp({ tabUrl: async () => 'https://www.acme-robotics.cn/products' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await refused.handlers['compose.loadLauncher']({}, tab)).toEqual({ ok: false });
    expect(await refused.handlers['compose.loadLauncher']({}, gmail)).toEqual({ ok: false });
    expect(await refused.handlers['compose.loadLauncher']({}, { ...gmail, tab: undefined })).toEqual({ ok: false });
    expect(refused.deps.injectLauncher).not.toHaveBeenCalled();
    // The tab's URL cannot be read (the tab closed): refused, not thrown.
    const gone = await setUp({ tabUrl: async () => Promise.reject(new Error('No tab with id: 7')) });
    expect(await gone.handlers['compose.loadLauncher']({}, gmail)).toEqual({ ok: false });
    expect(gone.deps.injectLauncher).not.toHaveBeenCalled();
    // The injection fails (the page navigated to a browser error page): the stub hears no.
    const failing = await setUp({ tabUrl: async () => gmail.url, injectLauncher: vi.fn(async () => Promise.reject(new Error('Cannot access contents'))) });
    expect(await failing.handlers['compose.loadLauncher']({}, gmail)).toEqual({ ok: false });
    expect(warn).toHaveBeenCalled();
  });

  it('compose.used counts only a script the picker loaded into that tab just filled, once per fill (#22)', async () => {
    const { handlers } = await setUp();
    const used = async () => (await getScript(await getDB(), 'greet'))?.usedCount ?? 0;
    const start = await used();
    // No gesture, no picker: a content script alone cannot write a use.
    expect(await handlers['compose.used']({ scriptId: 'greet' }, tab)).toEqual({ ok: false });
    // A fill without a picker loaded in that tab does not count either.
    await handlers['compose.fill']({ scriptId: 'greet', recipients: [] }, tab);
    expect(await handlers['compose.used']({ scriptId: 'greet' }, tab)).toEqual({ ok: false });
    await handlers['compose.openPicker']({}, tab);
    await handlers['compose.fill']({ scriptId: 'greet', recipients: [] }, tab);
    // Another tab cannot spend this tab's fill; this tab can, once.
    expect(await handlers['compose.used']({ scriptId: 'greet' }, { ...tab, tab: { id: 8 } })).toEqual({ ok: false });
    expect(await handlers['compose.used']({ scriptId: 'greet' }, tab)).toEqual({ ok: true });
    expect(await handlers['compose.used']({ scriptId: 'greet' }, tab)).toEqual({ ok: false });
    expect(await used()).toBe(start + 1);
  });

  it('request schemas refuse what a page could smuggle in', () => {
    expect(OVERLAY_MESSAGES['compose.loadLauncher'].request.safeParse({ tabId: 3 }).success).toBe(false);
    expect(OVERLAY_MESSAGES['compose.loadLauncher'].request.safeParse({ frameId: 2, url: 'https://mail.google.com/' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['compose.recipient'].request.safeParse({ recipients: ['a@b.co'], domain: 'x.com' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['badge.account'].request.safeParse({ url: 'https://x.com' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['compose.recipient'].request.safeParse({ recipients: Array(21).fill('a@b.co') }).success).toBe(false);
  });
});
