import { describe, expect, it } from 'vitest';
import { classifySender, isSenderAllowed } from '../../../lib/messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('classifySender', () => {
  it.each([
    ['our side panel', { id: ID, url: `${ORIGIN}/sidepanel.html`, origin: ORIGIN }, 'extension-page'],
    ['our panel opened in a tab', { id: ID, url: `${ORIGIN}/sidepanel.html`, tab: { id: 3 } }, 'extension-page'],
    ['our content script', { id: ID, url: 'https://acme.com/x', origin: 'https://acme.com', tab: { id: 1 }, frameId: 0 }, 'content-script'],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${ORIGIN}/x`, origin: ORIGIN }, null],
    ['no id at all (web page)', { url: 'https://evil.com/', tab: { id: 1 } }, null],
    ['look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil.com/x`, tab: { id: 1 } }, null],
    ['file: frame', { id: ID, url: 'file:///tmp/x.html', tab: { id: 1 }, frameId: 0 }, null],
    ['data: frame', { id: ID, url: 'data:text/html,hi', origin: 'null', tab: { id: 1 }, frameId: 0 }, null],
    ['content script without a tab', { id: ID, url: 'https://acme.com/' }, null],
    ['unparseable url', { id: ID, url: '::::', tab: { id: 1 } }, null],
  ])('%s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });

  it('never trusts an empty runtime id', () => {
    expect(classifySender({ id: '', url: `${ORIGIN}/x` }, '', ORIGIN)).toBeNull();
  });
});

describe('isSenderAllowed', () => {
  const script = { id: ID, url: 'https://acme.com/', tab: { id: 1 }, frameId: 0 };
  it('refuses a content script where a page is expected, and the reverse', () => {
    expect(isSenderAllowed(script, { from: 'extension-page' }, ID, ORIGIN)).toBe(false);
    expect(isSenderAllowed({ id: ID, origin: ORIGIN }, { from: 'content-script' }, ID, ORIGIN)).toBe(false);
  });
  it('refuses sub-frames unless the message allows them', () => {
    const framed = { ...script, frameId: 7 };
    expect(isSenderAllowed(framed, { from: 'content-script' }, ID, ORIGIN)).toBe(false);
    expect(isSenderAllowed(framed, { from: 'content-script', allowSubframes: true }, ID, ORIGIN)).toBe(true);
  });
});
