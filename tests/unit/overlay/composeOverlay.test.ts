import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../../lib/i18n';
import { ContentScriptContext } from '../../../lib/overlay/composeContext';
import { startComposeOverlay } from '../../../lib/overlay/composeOverlay';
import { composeStringsFor } from '../../../lib/overlay/composeStrings';

const CHIP_SESSION = 'c'.repeat(32);

/** The browser's own extension API as the always-on script sees it (Firefox's `browser`). */
function stubExtensionApi(uiLanguage = 'en-US', chosenLocale?: unknown) {
  const answers: Record<string, unknown> = {
    // The recipients belong to an account: a session for the chip's frame, never the account itself (#22).
    'chip.open': { session: CHIP_SESSION },
    // The background's answer: the rep's choice in the options (none: the background is gone).
    'compose.locale': chosenLocale === undefined ? undefined : { locale: chosenLocale },
  };
  const api = {
    runtime: {
      id: 'leadkit-test',
      sendMessage: vi.fn(async (message: { type: string }) => answers[message.type]),
      getURL: (path: string) => `chrome-extension://dynamic-id${path}`,
    },
    i18n: { getMessage: vi.fn(() => 'from the message bundle'), getUILanguage: vi.fn(() => uiLanguage) },
  };
  vi.stubGlobal('browser', api);
  return api;
}

/** A partner-portal form: an address field, two text boxes, a button. */
function buildPage(): { plain: HTMLTextAreaElement; notes: HTMLTextAreaElement; button: HTMLButtonElement } {
  const form = document.createElement('form');
  const to = Object.assign(document.createElement('input'), { type: 'email', name: 'to', value: 'li.wei@acme-robotics.cn' });
  const plain = Object.assign(document.createElement('textarea'), { value: 'Dear Li,' });
  const notes = document.createElement('textarea');
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Send' });
  form.append(to, plain, notes, button);
  document.body.replaceChildren(form);
  return { plain, notes, button };
}

/** The closed shadow roots the overlay creates (page scripts never get them; the test does). */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attachShadow = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const overlays = () => document.querySelectorAll('leadkit-overlay').length;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

let ctx: ContentScriptContext;
beforeEach(() => {
  ctx = new ContentScriptContext('compose');
  // A browser with time to spare: anything queued for an idle moment runs at once.
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => (callback({ didTimeout: false, timeRemaining: () => 50 }), 1));
});
afterEach(() => {
  ctx.notifyInvalidated();
  document.documentElement.querySelectorAll('leadkit-overlay').forEach((host) => host.remove());
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('compose launcher, loaded once the rep starts to write (issue #3)', () => {
  it('shows the launcher and the chip for the box that already has the caret, without a second focus, in words from the locale files', async () => {
    const api = stubExtensionApi();
    const roots = captureShadowRoots();
    const { plain } = buildPage();
    // The stub heard this focus and had the background inject the launcher: no further event comes.
    plain.focus();
    startComposeOverlay(ctx);
    await settle();
    expect(overlays()).toBe(2);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'chip.open', payload: { recipients: ['li.wei@acme-robotics.cn'] } });
    expect(roots[0]?.textContent).toContain(`✎ ${MESSAGES.en.scriptsOpenPicker!.message}`);
    // The chip is the extension frame of that session: its text is the frame's, not the page's.
    const chip = roots[0]?.querySelector('iframe.chip') as HTMLIFrameElement | null;
    expect(chip?.hidden).toBe(false);
    expect(chip?.src).toBe(`chrome-extension://dynamic-id/overlay.html?kind=chip#${CHIP_SESSION}`);
    expect(api.i18n.getMessage).not.toHaveBeenCalled();
  });

  /** What the first overlay says once the launcher has started, in that browser with that choice in the options. */
  async function launcherText(uiLanguage: string, chosenLocale?: unknown): Promise<string | null | undefined> {
    stubExtensionApi(uiLanguage, chosenLocale);
    const roots = captureShadowRoots();
    buildPage();
    startComposeOverlay(ctx);
    await settle();
    return roots[0]?.textContent;
  }

  it('speaks Chinese in a zh-CN browser, as i18n.getMessage would', async () => {
    const text = await launcherText('zh-CN');
    expect(text).toContain('插入话术');
  });

  it('speaks the language the rep chose in the options, whatever the browser speaks', async () => {
    const text = await launcherText('en-US', 'zh_CN');
    expect(text).toContain('插入话术');
  });

  it('a rep who chose English gets English in a Chinese browser', async () => {
    const text = await launcherText('zh-CN', 'en');
    expect(text).toContain(`✎ ${MESSAGES.en.scriptsOpenPicker!.message}`);
    expect(text).not.toContain('Acme Robotics');
  });

  it('an answer of the wrong shape leaves the browser’s language', async () => {
    expect(await launcherText('en-US', '<b>fr</b>')).toContain(`✎ ${MESSAGES.en.scriptsOpenPicker!.message}`);
  });

  it('injected twice into the same page, it runs once', async () => {
    stubExtensionApi();
    buildPage();
    startComposeOverlay(ctx);
    startComposeOverlay(new ContentScriptContext('compose-launcher'));
    await settle();
    expect(overlays()).toBe(2);
  });

  it('measures every compose box before it adds a launcher (no layout forced per box)', async () => {
    stubExtensionApi();
    buildPage();
    const steps: string[] = [];
    const measure = Element.prototype.getBoundingClientRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this.localName === 'textarea') steps.push('measure');
      return measure.call(this);
    });
    const append = Element.prototype.append;
    vi.spyOn(Element.prototype, 'append').mockImplementation(function (this: Element, ...nodes: Array<Node | string>) {
      if (nodes.some((node) => typeof node !== 'string' && node.nodeName === 'LEADKIT-OVERLAY')) steps.push('add launcher');
      return append.apply(this, nodes);
    });
    startComposeOverlay(ctx);
    await settle();
    expect(steps).toEqual(['measure', 'measure', 'add launcher', 'add launcher']);
  });

  it('stops when the extension goes away: nothing is added after invalidation', async () => {
    const api = stubExtensionApi();
    buildPage();
    startComposeOverlay(ctx);
    (api.runtime as { id?: string }).id = undefined;
    await settle();
    expect(overlays()).toBe(0);
    expect(ctx.isInvalid).toBe(true);
  });

  it('adds nothing when injected after the extension went away', async () => {
    const api = stubExtensionApi();
    buildPage();
    (api.runtime as { id?: string }).id = undefined;
    startComposeOverlay(ctx);
    await settle();
    expect(overlays()).toBe(0);
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });
});

describe('the lean content-script context compose-launcher.js runs with', () => {
  it('runs timers and frames while the extension is there, and none after it is gone', async () => {
    const api = stubExtensionApi();
    const ran: string[] = [];
    ctx.setTimeout(() => ran.push('timer'), 0);
    ctx.requestAnimationFrame(() => ran.push('frame'));
    await settle();
    // Which comes first is happy-dom's scheduling (a loaded machine runs the timer first): not the point.
    expect(ran.toSorted()).toEqual(['frame', 'timer']);
    (api.runtime as { id?: string }).id = undefined;
    ctx.setTimeout(() => ran.push('late timer'), 0);
    await settle();
    expect(ran.toSorted()).toEqual(['frame', 'timer']);
  });

  it('removes its listeners and cancels pending timers when invalidated, and runs each cleanup once', async () => {
    stubExtensionApi();
    const heard: string[] = [];
    const cleanup = vi.fn();
    ctx.addEventListener(document, 'focusout', () => heard.push('focusout'));
    ctx.setTimeout(() => heard.push('timer'), 0);
    ctx.onInvalidated(cleanup);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('focusout'));
    await settle();
    expect(heard).toEqual([]);
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(ctx.isInvalid).toBe(true);
  });

  it('touches no extension API when constructed', () => {
    const api = stubExtensionApi();
    const runtime = vi.fn(() => api.runtime);
    vi.stubGlobal('browser', { get runtime() { return runtime(); }, i18n: api.i18n });
    new ContentScriptContext('compose', { noScriptStartedPostMessage: true });
    expect(runtime).not.toHaveBeenCalled();
  });
});

describe('the launcher’s words', () => {
  it('are the locale files’ own, picked the way i18n.getMessage picks them', () => {
    expect(composeStringsFor('zh-CN').openPicker).toBe(MESSAGES.zh_CN.scriptsOpenPicker!.message);
    expect(composeStringsFor('zh_CN').genericMode).toBe(MESSAGES.zh_CN.scriptsGenericMode!.message);
    for (const language of ['en', 'en-GB', 'zh-TW', 'de-DE', '']) {
      expect(composeStringsFor(language).pickerFailed, language).toBe(MESSAGES.en.scriptsPickerFailed!.message);
    }
  });
});
