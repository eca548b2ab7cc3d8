import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, type Handlers } from '../../../lib/messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const page = { id: ID, url: `${ORIGIN}/sidepanel.html`, origin: ORIGIN };

function setup() {
  const capture = vi.fn(async () => ({ ok: false as const, error: 'tabGone' as const }));
  const log = vi.fn();
  const listener = createMessageListener({ 'capture.tab': capture } as unknown as Handlers, { runtimeId: ID, extensionOrigin: ORIGIN, log });
  return { capture, log, listener };
}

describe('message listener', () => {
  it('answers a valid message from an allowed sender', async () => {
    const { capture, listener } = setup();
    await expect(listener({ type: 'capture.tab', payload: { tabId: 4, mode: 'page' } }, page)).resolves.toEqual({ ok: false, error: 'tabGone' });
    expect(capture).toHaveBeenCalledWith({ tabId: 4, mode: 'page' }, page);
  });

  it.each([
    ['not an object', 'capture.tab'],
    ['no envelope', { tabId: 4 }],
    ['extra envelope keys', { type: 'capture.tab', payload: { tabId: 4, mode: 'page' }, extra: 1 }],
    ['unknown type', { type: 'account.delete', payload: {} }],
    ['prototype key as type', { type: '__proto__', payload: {} }],
    ['wrong payload type', { type: 'capture.tab', payload: { tabId: '4', mode: 'page' } }],
    ['extra payload keys', { type: 'capture.tab', payload: { tabId: 4, mode: 'page', url: 'x' } }],
    ['bad enum', { type: 'capture.tab', payload: { tabId: 4, mode: 'everything' } }],
  ])('drops %s with a log line and no answer', (_name, message) => {
    const { capture, log, listener } = setup();
    expect(listener(message, page)).toBeUndefined();
    expect(capture).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('drops a valid message from a content script or a web page', () => {
    const { capture, listener } = setup();
    const message = { type: 'capture.tab', payload: { tabId: 4, mode: 'page' } };
    expect(listener(message, { id: ID, url: 'https://evil.com/', tab: { id: 1 }, frameId: 0 })).toBeUndefined();
    expect(listener(message, { url: 'https://evil.com/' })).toBeUndefined();
    expect(capture).not.toHaveBeenCalled();
  });
});
