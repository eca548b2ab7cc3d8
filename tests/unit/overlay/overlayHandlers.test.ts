import { describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import type { Contact } from '../../../lib/model';
import { createOverlayHandlers, type OverlayDeps } from '../../../lib/overlay/overlayHandlers';
import { OVERLAY_MESSAGES } from '../../../lib/overlay/overlayMessages';
import { SESSION_TTL_MS } from '../../../lib/overlay/overlaySessions';
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
    sendToOwner: vi.fn(async () => ({ ok: true })),
    now: () => 10,
    ...overrides,
  };
  return { deps, handlers: createOverlayHandlers(deps) };
}

const tab = { id: 'ext', url: 'https://www.acme-robotics.cn/', frameId: 0, documentId: 'doc-1', tab: { id: 7, windowId: 3 } };
/** Our overlay page in a frame of tab `tabId` (#22 item 1). */
const frameIn = (tabId: number) => ({ id: 'ext', url: 'chrome-extension://ext/overlay.html?kind=picker', frameId: 4, tab: { id: tabId, windowId: 3 } });

/** The picker content script opens a session for the launcher's recipients; its frame names it. */
async function pickerSession(handlers: Awaited<ReturnType<typeof setUp>>['handlers'], recipients: string[]): Promise<string> {
  const { session } = await handlers['picker.open']({ recipients }, tab);
  if (!session) throw new Error('no session');
  return session;
}

describe('overlay handlers', () => {
  it('names the recipient’s account by contact email, then by email domain, in the chip’s frame only; nothing for strangers', async () => {
    const { handlers } = await setUp();
    const chip = async (recipients: string[]) => {
      const { session } = await handlers['chip.open']({ recipients }, tab);
      // The launcher (in the page) learns only whether there is a chip, never what it says (#22).
      return session === null ? null : handlers['frame.chip']({ session }, frameIn(7));
    };
    // What the chip shows (name · stage · grade): the owner is the badge's, on the account's own site (#22).
    expect(await chip(['someone@else.org', 'li.wei@acme-robotics.cn'])).toEqual({ name: 'Acme Robotics', stage: 'opportunity', grade: 'B' });
    expect((await chip(['buyer@acme-robotics.cn']))?.name).toBe('Acme Robotics');
    expect(await handlers['chip.open']({ recipients: ['x@unknown.example'] }, tab)).toEqual({ session: null });
    const { session } = await handlers['chip.open']({ recipients: ['li.wei@acme-robotics.cn'] }, tab);
    expect(await handlers['frame.chip']({ session: session! }, frameIn(8))).toBeNull();
    // A compose box per chip: a second chip in the tab leaves the first one's session alone.
    await handlers['chip.open']({ recipients: ['buyer@acme-robotics.cn'] }, tab);
    expect((await handlers['frame.chip']({ session: session! }, frameIn(7)))?.name).toBe('Acme Robotics');
  });

  it('tells the launcher the language the rep chose, as the protocol allows', async () => {
    const { handlers } = await setUp({ rep: async () => ({ name: 'Alex', locale: 'zh_CN' }) });
    const answer = await handlers['compose.locale']({}, tab);
    expect(answer).toEqual({ locale: 'zh_CN' });
    expect(OVERLAY_MESSAGES['compose.locale'].response.safeParse(answer).success).toBe(true);
    expect(OVERLAY_MESSAGES['compose.locale'].request.safeParse({ locale: 'en' }).success).toBe(false);
  });

  it('fills a script for the session’s recipients as plain text; a stranger at the company gets no greeting guessed', async () => {
    const { handlers } = await setUp();
    const li = await pickerSession(handlers, ['li.wei@acme-robotics.cn']);
    const filled = await handlers['frame.pickerFill']({ session: li, scriptId: 'greet' }, frameIn(7));
    expect(filled?.text).toBe('Hi Li at Acme Robotics, <b>Alex</b> [value.roi]');
    expect(filled?.missing).toEqual(['value.roi']);
    expect(await handlers['frame.pickerFill']({ session: li, scriptId: 'missing' }, frameIn(7))).toBeNull();
    const buyer = await pickerSession(handlers, ['buyer@acme-robotics.cn']);
    const stranger = await handlers['frame.pickerFill']({ session: buyer, scriptId: 'greet' }, frameIn(7));
    expect(stranger?.text).toBe('Hi [contact.firstName] at Acme Robotics, <b>Alex</b> [value.roi]');
  });

  it('the picker frame gets the library and the recipient’s stage, never other accounts or contacts', async () => {
    const { handlers } = await setUp();
    const session = await pickerSession(handlers, ['li.wei@acme-robotics.cn']);
    const answer = await handlers['frame.pickerScripts']({ session }, frameIn(7));
    expect(OVERLAY_MESSAGES['frame.pickerScripts'].response.safeParse(answer).success).toBe(true);
    expect(answer.stage).toBe('opportunity');
    const text = JSON.stringify(answer);
    for (const leak of ['Globex', 'li.wei@', 'secret reason', 'acme-robotics.cn', 'Mei Chen']) expect(text).not.toContain(leak);
  });

  it('a session answers only a frame in its own tab, of its kind: unknown, other-tab and expired ids get nothing (#22)', async () => {
    let now = 10;
    const { handlers } = await setUp({ now: () => now });
    const session = await pickerSession(handlers, ['li.wei@acme-robotics.cn']);
    expect(session).toMatch(/^[0-9a-f]{32}$/);
    const guessed = '0'.repeat(32);
    expect(await handlers['frame.pickerFill']({ session: guessed, scriptId: 'greet' }, frameIn(7))).toBeNull();
    expect(await handlers['frame.pickerFill']({ session, scriptId: 'greet' }, frameIn(8))).toBeNull();
    await expect(handlers['frame.pickerScripts']({ session }, frameIn(8))).rejects.toThrow();
    // The content script's own frame is not the picker's frame.
    expect(await handlers['frame.pickerFill']({ session, scriptId: 'greet' }, tab)).toBeNull();
    // A picker session is not a badge session.
    expect(await handlers['frame.badge']({ session }, frameIn(7))).toBeNull();
    expect(await handlers['frame.openPanel']({ session }, frameIn(7))).toEqual({ ok: false });
    expect(await handlers['frame.pickerFill']({ session, scriptId: 'greet' }, frameIn(7))).not.toBeNull();
    now += SESSION_TTL_MS + 1;
    expect(await handlers['frame.pickerFill']({ session, scriptId: 'greet' }, frameIn(7))).toBeNull();
    // A new picker in the tab ends the last one.
    const first = await pickerSession(handlers, []);
    const second = await pickerSession(handlers, []);
    expect(second).not.toBe(first);
    expect(await handlers['frame.pickerFill']({ session: first, scriptId: 'greet' }, frameIn(7))).toBeNull();
    expect(await handlers['frame.pickerFill']({ session: second, scriptId: 'greet' }, frameIn(7))).not.toBeNull();
  });

  it('the badge session opens only on a known account’s site and its frame learns only about that site', async () => {
    const { deps, handlers } = await setUp();
    const { session } = await handlers['badge.open']({}, tab);
    expect(session).toMatch(/^[0-9a-f]{32}$/);
    expect(await handlers['frame.badge']({ session: session! }, frameIn(7))).toEqual({ name: 'Acme Robotics', stage: 'opportunity', grade: 'B', owner: 'Mei Chen' });
    expect(await handlers['frame.badge']({ session: session! }, frameIn(8))).toBeNull();
    expect(await handlers['frame.openPanel']({ session: session! }, frameIn(7))).toEqual({ ok: true });
    expect(deps.openSidePanel).toHaveBeenCalledWith(3);
    const unknown = await setUp({ tabUrl: async () => 'https://news.example.com/' });
    expect(await unknown.handlers['badge.open']({}, tab)).toEqual({ session: null });
    expect(await handlers['badge.open']({}, { ...tab, tab: undefined })).toEqual({ session: null });
  });

  it('loads the picker script into the sender’s tab only', async () => {
    const { deps, handlers } = await setUp();
    expect(await handlers['compose.openPicker']({}, tab)).toEqual({ ok: true });
    expect(deps.injectPicker).toHaveBeenCalledWith({ tabId: 7, frameId: 0, documentId: 'doc-1' });
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

  it('an insert goes to the document that opened the picker, and counts as a use only once it is in, once (#22)', async () => {
    const sendToOwner = vi.fn(async (): Promise<unknown> => ({ ok: true }));
    const { handlers } = await setUp({ sendToOwner });
    const used = async () => (await getScript(await getDB(), 'greet'))?.usedCount ?? 0;
    const start = await used();
    const session = await pickerSession(handlers, ['li.wei@acme-robotics.cn']);
    // Another tab's frame cannot insert or count.
    expect(await handlers['frame.pickerInsert']({ session, scriptId: 'greet' }, frameIn(8))).toEqual({ ok: false, reason: 'failed' });
    expect(sendToOwner).not.toHaveBeenCalled();
    // The compose box was replaced: nothing counted, the picker stays (and says so).
    sendToOwner.mockResolvedValueOnce({ ok: false, reason: 'detached' });
    expect(await handlers['frame.pickerInsert']({ session, scriptId: 'greet' }, frameIn(7))).toEqual({ ok: false, reason: 'detached' });
    // The content script is gone (navigated away): no answer, nothing counted.
    sendToOwner.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await handlers['frame.pickerInsert']({ session, scriptId: 'greet' }, frameIn(7))).toEqual({ ok: false, reason: 'failed' });
    expect(await used()).toBe(start);
    expect(await handlers['frame.pickerInsert']({ session, scriptId: 'greet' }, frameIn(7))).toEqual({ ok: true });
    expect(sendToOwner).toHaveBeenLastCalledWith({ tabId: 7, frameId: 0, documentId: 'doc-1' }, { type: 'overlay.insert', session, text: 'Hi Li at Acme Robotics, <b>Alex</b> [value.roi]' });
    expect(await used()).toBe(start + 1);
    // The session ended with the insert: it cannot count twice.
    expect(await handlers['frame.pickerInsert']({ session, scriptId: 'greet' }, frameIn(7))).toEqual({ ok: false, reason: 'failed' });
    expect(await used()).toBe(start + 1);
  });

  it('close from a frame reaches the content script of its session only', async () => {
    const { deps, handlers } = await setUp();
    const session = await pickerSession(handlers, []);
    expect(await handlers['frame.close']({ session }, frameIn(8))).toEqual({ ok: false });
    expect(deps.sendToOwner).not.toHaveBeenCalled();
    expect(await handlers['frame.close']({ session }, frameIn(7))).toEqual({ ok: true });
    expect(deps.sendToOwner).toHaveBeenCalledWith({ tabId: 7, frameId: 0, documentId: 'doc-1' }, { type: 'overlay.close', session });
    expect(await handlers['frame.close']({ session }, frameIn(7))).toEqual({ ok: false });
  });

  it('request schemas refuse what a page could smuggle in', () => {
    expect(OVERLAY_MESSAGES['compose.loadLauncher'].request.safeParse({ tabId: 3 }).success).toBe(false);
    expect(OVERLAY_MESSAGES['compose.loadLauncher'].request.safeParse({ frameId: 2, url: 'https://mail.google.com/' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['chip.open'].request.safeParse({ recipients: ['a@b.co'], domain: 'x.com' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['badge.open'].request.safeParse({ url: 'https://x.com' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['frame.pickerFill'].request.safeParse({ session: 'not-a-session', scriptId: 'greet' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['frame.pickerInsert'].request.safeParse({ session: 'a'.repeat(32), scriptId: 'greet', text: 'x' }).success).toBe(false);
    expect(OVERLAY_MESSAGES['picker.open'].request.safeParse({ recipients: [], tabId: 3 }).success).toBe(false);
    expect(OVERLAY_MESSAGES['chip.open'].request.safeParse({ recipients: Array(21).fill('a@b.co') }).success).toBe(false);
  });
});
