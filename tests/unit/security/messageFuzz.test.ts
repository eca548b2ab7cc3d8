import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, PROTOCOL, type Handlers, type MessageType, type SenderLike, type SiteClass } from '../../../lib/messaging';
import { HEAVY } from '../heavy';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const TYPES = Object.keys(PROTOCOL) as MessageType[];

/** Senders a password manager's suite refuses, by what they pretend to be. */
const HOSTILE_SENDERS: Array<[string, SenderLike]> = [
  ['a web page (no extension id)', { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 1 }, frameId: 0 }],
  ['another extension', { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: 'chrome-extension://zyxwvutsrqponmlkzyxwvutsrqponmlk/x.html' }],
  ['another extension claiming our origin', { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', origin: ORIGIN, url: `${ORIGIN}/sidepanel.html` }],
  ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil.com/sidepanel.html`, tab: { id: 1 }, frameId: 0 }],
  ['a file: frame', { id: ID, url: 'file:///home/rep/page.html', tab: { id: 1 }, frameId: 0 }],
  ['a data: frame', { id: ID, url: 'data:text/html,<h1>hi</h1>', origin: 'null', tab: { id: 1 }, frameId: 3 }],
  ['a blob: frame', { id: ID, url: 'blob:https://evil.example/uuid', tab: { id: 1 }, frameId: 2 }],
  ['a sandboxed frame (opaque origin)', { id: ID, origin: 'null', tab: { id: 1 }, frameId: 4 }],
  ['no sender details at all', {}],
];
const PAGE: SenderLike = { id: ID, url: `${ORIGIN}/sidepanel.html`, origin: ORIGIN };
const SCRIPT_TOP: SenderLike = { id: ID, url: 'https://acme.com/', origin: 'https://acme.com', tab: { id: 9 }, frameId: 0 };
const SCRIPT_SUBFRAME: SenderLike = { ...SCRIPT_TOP, frameId: 5 };
/** Our content script, top frame, on a site no overlay is for (e.g. after one activeTab capture there). */
const SCRIPT_ELSEWHERE: SenderLike = { id: ID, url: 'https://news.example/', origin: 'https://news.example', tab: { id: 11 }, frameId: 0 };
const CONTENT_TYPES = TYPES.filter((type) => PROTOCOL[type].policy.from === 'content-script');

/** The site check the background wires in: here acme.com is every overlay's site, nothing else is. */
const siteAllowed = async (_sites: SiteClass, sender: SenderLike) => sender.url === SCRIPT_TOP.url && sender.frameId === 0;

function listenerWithSpies() {
  const spies = Object.fromEntries(TYPES.map((type) => [type, vi.fn(async () => undefined)])) as unknown as Record<MessageType, ReturnType<typeof vi.fn>>;
  const listener = createMessageListener(spies as unknown as Handlers, { runtimeId: ID, extensionOrigin: ORIGIN, siteAllowed, log: () => {} });
  const calls = () => TYPES.reduce((sum, type) => sum + spies[type].mock.calls.length, 0);
  return { listener, spies, calls };
}

describe('every message handler refuses untrusted senders', () => {
  it.each(TYPES.flatMap((type) => HOSTILE_SENDERS.map(([name, sender]) => [type, name, sender] as const)))(
    '%s from %s',
    (type, _name, sender) => {
      const { listener, calls } = listenerWithSpies();
      // The payload does not matter: the sender check comes first, so even a well-formed one is refused.
      expect(listener({ type, payload: {} }, sender)).toBeUndefined();
      expect(calls()).toBe(0);
    },
  );

  it.each(TYPES)('%s only from the kind of context it is meant for, and sub-frames only where allowed', async (type) => {
    const { policy } = PROTOCOL[type];
    const { listener, spies } = listenerWithSpies();
    const wrongKind = policy.from === 'extension-page' ? SCRIPT_TOP : PAGE;
    await listener({ type, payload: {} }, wrongKind);
    if (policy.from === 'content-script' && !('allowSubframes' in policy && policy.allowSubframes)) await listener({ type, payload: {} }, SCRIPT_SUBFRAME);
    expect(spies[type]).not.toHaveBeenCalled();
  });

  it.each(CONTENT_TYPES)('%s from our content script on a site it is not for: dropped, no answer (#22)', async (type) => {
    const { listener, calls } = listenerWithSpies();
    // A payload the schema accepts, so only the site can be what refuses it.
    const payload = /chip\.open|picker\.open/.test(type) ? { recipients: [] } : {};
    expect(PROTOCOL[type].request.safeParse(payload).success).toBe(true);
    await expect(listener({ type, payload }, SCRIPT_ELSEWHERE)).resolves.toBeUndefined();
    expect(calls()).toBe(0);
    // The same message from the site it is for reaches its handler.
    await listener({ type, payload }, SCRIPT_TOP);
    expect(calls()).toBe(1);
  });

  it('a content-script message is dropped when the background wired no site check (fail closed)', async () => {
    const spy = vi.fn(async () => ({ locale: 'en' }));
    const listener = createMessageListener({ 'compose.locale': spy } as unknown as Handlers, { runtimeId: ID, extensionOrigin: ORIGIN, log: () => {} });
    await expect(listener({ type: 'compose.locale', payload: {} }, SCRIPT_TOP)).resolves.toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('fuzzing every message schema', () => {
  const sender = fc.constantFrom<SenderLike>(PAGE, SCRIPT_TOP, SCRIPT_SUBFRAME, SCRIPT_ELSEWHERE, ...HOSTILE_SENDERS.map(([, s]) => s));
  const payload = fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything()), fc.object({ maxDepth: 4 }));
  const message = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.constantFrom(...TYPES), payload }),
    fc.record({ type: fc.string(), payload }),
    fc.record({ type: fc.constantFrom(...TYPES, '__proto__', 'constructor', 'toString'), payload, extra: fc.anything() }),
  );

  it('thousands of generated messages: no crash, and a handler runs only for a trusted sender with a valid payload', async () => {
    await fc.assert(
      fc.asyncProperty(message, sender, async (candidate, from) => {
        const { listener, spies, calls } = listenerWithSpies();
        let answer: unknown;
        expect(() => (answer = listener(candidate, from))).not.toThrow();
        await answer;
        if (calls() === 0) return;
        const { type, payload: body } = candidate as { type: MessageType; payload: unknown };
        const spec = PROTOCOL[type];
        expect(spies[type]).toHaveBeenCalledOnce();
        expect(spec.request.safeParse(body).success).toBe(true);
        expect(from === PAGE ? 'extension-page' : from === SCRIPT_TOP ? 'content-script' : 'untrusted').toBe(spec.policy.from);
      }),
      { numRuns: 5_000 },
    );
    // 5,000 messages take ~3 s alone and over vitest's 5 s default when the machine is busy: a
    // property run this size is not a speed check.
  }, HEAVY);

  it.each(TYPES)('%s: what reaches the handler is exactly what the schema allowed (no extra keys)', async (type) => {
    const spec = PROTOCOL[type];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.anything()), async (body) => {
        const { listener, spies } = listenerWithSpies();
        const trusted = spec.policy.from === 'extension-page' ? PAGE : SCRIPT_TOP;
        await listener({ type, payload: body }, trusted);
        const parsed = spec.request.safeParse(body);
        if (!parsed.success) expect(spies[type]).not.toHaveBeenCalled();
        else expect(spies[type].mock.calls[0]?.[0]).toEqual(parsed.data);
      }),
      { numRuns: 500 },
    );
    // Awaited since content-script messages wait for the site check: not a speed check either.
  }, HEAVY);
});
