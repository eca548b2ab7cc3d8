import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../model/emailPattern';
import { captureSelection } from '../sites/captureSelection';
import { boxInPage, findComposeTargets, type ComposeMode, type ComposeTarget } from '../sites/findComposeTargets';
import { composeBridge, type ComposeRequest } from './composeBridge';
import type { ComposeContext } from './composeContext';
import { createComposeLauncher, type ComposeLauncher, type Viewport } from './composeLauncher';
import { browserUiLanguage, composeStringsFor, localeFromAnswer, type ComposeStrings } from './composeStrings';
import { sendRaw } from './rawMessage';

type Entry = { compose: ComposeTarget; launcher: ComposeLauncher; mode: ComposeMode; fellBack: boolean };

/** Mutations arrive in bursts (webmails redraw constantly): look again once things settle. */
const SCAN_DELAY_MS = 250;
const NOTICE_MS = 12_000;

const OWN_TAG = 'LEADKIT-OVERLAY';
const isOwnMutation = (record: MutationRecord): boolean => {
  if (record.target.nodeName === OWN_TAG) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every((node) => node.nodeName === OWN_TAG);
};

const viewportSize = (): Viewport => ({ width: innerWidth, height: innerHeight });

/** Addresses the background will accept (the same shape as the Email schema), at most 20. */
export function validRecipients(addresses: readonly string[]): string[] {
  return [...new Set(addresses.filter((address) => address.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(address)))].slice(0, 20);
}

/**
 * The compose overlay (issue 6): a launcher beside each compose box, a recipient chip, and the
 * picker loaded only when the rep opens a launcher. Loaded on demand (issue #3): the always-on stub
 * (lib/overlay/composeStub.ts) has the background inject it when the rep first starts to write, so it
 * starts at once, for the field that already has the caret. We are guests: one debounced observer, no
 * polling, no message bundle, every layout read before any write, everything undone when the context
 * is invalidated (the extension updated or removed). Runs once per page, however often it is injected.
 */
export function startComposeOverlay(ctx: ComposeContext): void {
  const bridge = composeBridge();
  if (bridge.overlayStarted || ctx.isInvalid) return;
  bridge.overlayStarted = true;
  ctx.onInvalidated(() => (bridge.overlayStarted = false));
  runComposeOverlay(ctx);
}

function runComposeOverlay(ctx: ComposeContext): void {
  const entries = new Map<HTMLElement, Entry>();
  let scheduled = false;
  let noticeShown = false;
  let strings: ComposeStrings | null = null;
  const words = () => (strings ??= composeStringsFor(browserUiLanguage()));

  const open = (entry: Entry) => {
    const { compose, launcher } = entry;
    const request: ComposeRequest = {
      target: compose.body,
      saved: captureSelection(compose.body),
      recipients: () => validRecipients(compose.recipients()),
      anchor: launcher.anchor,
      mode: entry.mode,
      fellBack: entry.fellBack,
    };
    const bridge = composeBridge();
    bridge.request = request;
    if (bridge.open) return bridge.open(request);
    void sendRaw('compose.openPicker', {}).then((answer) => {
      const ok = !!answer && typeof answer === 'object' && (answer as { ok?: unknown }).ok === true;
      if (!ok) launcher.showNotice(words().pickerFailed);
    });
  };

  const scan = () => {
    scheduled = false;
    const found = findComposeTargets(document, location.host);
    // Measure every box first: a launcher added or moved invalidates the page's layout, and a
    // read after it would force the browser to lay the page out again, once per box.
    const boxes = found.composes.map(boxInPage);
    const viewport = viewportSize();
    const seen = new Set<HTMLElement>();
    found.composes.forEach((compose, index) => {
      seen.add(compose.body);
      let entry = entries.get(compose.body);
      if (!entry) {
        const created: Entry = { compose, mode: found.mode, fellBack: found.fellBack, launcher: createComposeLauncher(words(), () => open(created)) };
        entries.set(compose.body, (entry = created));
      }
      entry.compose = compose;
      entry.mode = found.mode;
      entry.fellBack = found.fellBack;
      entry.launcher.follow(boxes[index]!, viewport);
      entry.launcher.showRecipients(validRecipients(compose.recipients()));
      if (found.fellBack && !noticeShown) {
        noticeShown = true;
        const launcher = entry.launcher;
        launcher.showNotice(words().genericMode);
        ctx.setTimeout(() => launcher.showNotice(''), NOTICE_MS);
      }
    });
    for (const [body, entry] of entries) {
      if (seen.has(body)) continue;
      entry.launcher.remove();
      entries.delete(body);
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(scan, SCAN_DELAY_MS);
  };
  const reposition = () => {
    const placed = [...entries.values()].map((entry) => ({ entry, box: boxInPage(entry.compose) }));
    const viewport = viewportSize();
    for (const { entry, box } of placed) entry.launcher.follow(box, viewport);
  };

  const observer = new MutationObserver((records) => {
    // Our own hosts come and go at the document's end; that is no reason to look again.
    if (!records.every(isOwnMutation)) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  ctx.addEventListener(window, 'scroll', () => ctx.requestAnimationFrame(reposition), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => ctx.requestAnimationFrame(reposition), { passive: true });
  // Recipients typed into a plain form change no DOM; look again when the rep leaves a field.
  ctx.addEventListener(document, 'focusout', schedule, { capture: true, passive: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    for (const entry of entries.values()) entry.launcher.remove();
    entries.clear();
  });
  // The rep is in a text field now: look before the next frame (after the page has handled the
  // same event), so the launcher is there as they start to write, in the language the rep chose
  // in the options (asked first: a launcher keeps the words it was made with). Without an answer
  // (the background gone), the browser's language, as i18n.getMessage would speak.
  void sendRaw('compose.locale', {}).then((answer) => {
    const locale = localeFromAnswer(answer);
    if (locale) strings = composeStringsFor(locale);
    if (!ctx.isInvalid) ctx.requestAnimationFrame(scan);
  });
}
