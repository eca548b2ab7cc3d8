import type { ComposeContext } from './composeContext';

/** A field the rep can type into: where a launcher may be wanted. */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).localName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.localName === 'textarea' || element.localName === 'input') return true;
  return element.isContentEditable === true;
}

/**
 * The rep starts to write: the caret goes into a field (opening a compose in Gmail or Outlook
 * focuses its To field or body; so do a click and Tab), or they click or type in a field that
 * already had the focus when the script ran (autofocus, a script injected after a grant).
 */
const WRITING_EVENTS = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * Runs `start` once, when the rep first starts to write on the page (issue #3, item 6: the
 * always-on script costs a page ≤ 2 ms on load). Until then the script only listens on `window`,
 * whose wrapper the isolated world already has: it reads no DOM, observes no mutations, creates no
 * element and sends no message, so pages where the rep never writes never pay for the launcher.
 */
export function whenComposing(ctx: ComposeContext, start: () => void): void {
  let started = false;
  const onEvent = (event: Event) => {
    if (started || !isTypingTarget(event.composedPath()[0]) || ctx.isInvalid) return;
    started = true;
    start();
  };
  for (const type of WRITING_EVENTS) ctx.addEventListener(window, type, onEvent, { capture: true, passive: true });
}
