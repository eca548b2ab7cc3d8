import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTypingTarget } from '../../../lib/overlay/composeActivation';
import { startComposeStub } from '../../../lib/overlay/composeStub';
import { ContentScriptContext } from '../../../lib/overlay/composeStubContext';

/** The browser's own extension API as the always-on stub sees it (Firefox's `browser`). */
function stubExtensionApi() {
  const api = { runtime: { id: 'leadkit-test' as string | undefined, sendMessage: vi.fn(async () => ({ ok: true })) } };
  vi.stubGlobal('browser', api);
  return api;
}

function buildPage() {
  const to = Object.assign(document.createElement('input'), { type: 'email', value: 'li.wei@acme-robotics.cn' });
  const draft = Object.assign(document.createElement('textarea'), { value: 'Dear Li,' });
  const rich = document.createElement('div');
  rich.contentEditable = 'true';
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Send' });
  document.body.replaceChildren(to, draft, rich, button);
  return { draft, rich, button };
}

const LOAD = { type: 'compose.loadLauncher', payload: {} };
let stops: Array<() => void> = [];
afterEach(() => {
  // Each test's stub listens on the one window: a stub that never heard the rep is taken off here.
  stops.forEach((stop) => stop());
  stops = [];
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Starts a stub whose loader is the real one (sendRaw), remembering how to take it off. */
function start(ctx = new ContentScriptContext()) {
  const added: string[] = [];
  const add = vi.spyOn(window, 'addEventListener');
  const remove = vi.spyOn(window, 'removeEventListener');
  startComposeStub(ctx);
  for (const [type, listener, options] of add.mock.calls) {
    added.push(`${type} ${JSON.stringify(options)}`);
    stops.push(() => window.removeEventListener(type, listener as EventListener, options as EventListenerOptions));
  }
  add.mockRestore();
  return { added, remove };
}

describe('the always-on stub compose.js (issue #3: ≤ 2 ms on load)', () => {
  it('on load: three passive capture listeners on window (no pointer listener), and nothing read, observed, created or sent', async () => {
    const api = stubExtensionApi();
    buildPage();
    const reads = vi.spyOn(Document.prototype, 'querySelectorAll');
    const observers = vi.spyOn(globalThis, 'MutationObserver');
    const creates = vi.spyOn(Document.prototype, 'createElement');
    const { added } = start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(added).toEqual(['focusin', 'keydown', 'blur'].map((type) => `${type} {"capture":true,"passive":true}`));
    expect(reads).not.toHaveBeenCalled();
    expect(observers).not.toHaveBeenCalled();
    expect(creates).not.toHaveBeenCalled();
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('the first focus in a text box asks the background for the launcher once, then stops listening', async () => {
    const api = stubExtensionApi();
    const { draft, rich, button } = buildPage();
    const { remove } = start();
    button.focus();
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    draft.focus();
    expect(api.runtime.sendMessage).toHaveBeenCalledExactlyOnceWith(LOAD);
    expect(remove.mock.calls.map(([type]) => type)).toEqual(['focusin', 'keydown', 'blur']);
    rich.focus();
    rich.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', bubbles: true, composed: true }));
    expect(api.runtime.sendMessage).toHaveBeenCalledOnce();
  });

  it('the caret going into an iframe (an editor of its own) asks; the window losing focus elsewhere does not', () => {
    const api = stubExtensionApi();
    buildPage();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    start();
    window.dispatchEvent(new FocusEvent('blur'));
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
    document.body.dispatchEvent(new FocusEvent('blur'));
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    window.dispatchEvent(new FocusEvent('blur'));
    expect(api.runtime.sendMessage).toHaveBeenCalledExactlyOnceWith(LOAD);
  });

  it('a key typed in a box that already had the caret (autofocus) asks too; a click there waits for the key', () => {
    const api = stubExtensionApi();
    const { rich, button } = buildPage();
    start();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    rich.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    rich.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', bubbles: true, composed: true }));
    expect(api.runtime.sendMessage).toHaveBeenCalledExactlyOnceWith(LOAD);
  });

  it('sends nothing once the extension is gone (updated or removed), and a refused or failed load stays quiet', async () => {
    const api = stubExtensionApi();
    const { draft } = buildPage();
    start();
    api.runtime.id = undefined;
    draft.focus();
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();

    const failing = stubExtensionApi();
    failing.runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    const page = buildPage();
    start();
    page.draft.focus();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing.runtime.sendMessage).toHaveBeenCalledOnce();
  });

  it('text fields are where the rep writes; buttons and plain elements are not', () => {
    const rich = document.createElement('div');
    rich.contentEditable = 'true';
    document.body.append(rich);
    expect([document.createElement('textarea'), document.createElement('input'), rich].map(isTypingTarget)).toEqual([true, true, true]);
    expect([document.createElement('button'), document.body, window, null].map(isTypingTarget)).toEqual([false, false, false, false]);
  });

  it('its context touches no extension API when constructed', () => {
    const runtime = vi.fn(() => ({ id: 'leadkit-test' }));
    vi.stubGlobal('browser', { get runtime() { return runtime(); } });
    const ctx = new ContentScriptContext();
    expect(runtime).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(false);
  });
});
