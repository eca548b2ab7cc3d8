/** A field the rep can type into: where a launcher may be wanted. */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).localName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.localName === 'textarea' || element.localName === 'input') return true;
  return element.isContentEditable === true;
}

/**
 * The rep starts to write: the caret goes into a field (opening a compose in Gmail or Outlook
 * focuses its To field or body; so do a click and Tab), or they type in a field that already had
 * the focus when the script ran (autofocus, a script injected after a grant). Not `pointerdown`:
 * a click that moves the caret into a field is a focusin, one in a field that had it already is
 * followed by a key, and a pointer listener makes the renderer register an input handler on the
 * page's behalf, a cost paid on every page load whether the rep writes or not (issue #3).
 */
export const WRITING_EVENTS = ['focusin', 'keydown', 'blur'] as const;

/**
 * The caret went into a frame: the page's window loses focus to one of its iframes. Editors that
 * write in an iframe of their own (TinyMCE, CKEditor 4, the webmails built on them) show nothing
 * else to this document: no focusin, no keydown (issue #19). The launcher then looks inside
 * same-origin frames; any other frame (an embedded video) costs it one look.
 */
function focusWentIntoFrame(event: Event): boolean {
  // The window's own blur, not an element's passing through the capture phase (no nodeType).
  return (event.target as Partial<Node> | null)?.nodeType === undefined && document.activeElement?.localName === 'iframe';
}

/**
 * Runs `start` once, when the rep first starts to write on the page (issue #3: the always-on
 * script costs a page ≤ 2 ms on load), then stops listening. Until then it only listens on
 * `window` (capture phase, passive: it never delays the page's own handlers), whose wrapper the
 * isolated world already has: it reads no DOM, observes no mutations, creates no element and sends
 * no message.
 */
export function whenComposing(start: () => void): void {
  const options: AddEventListenerOptions = { capture: true, passive: true };
  const stop = () => {
    for (const type of WRITING_EVENTS) removeEventListener(type, onEvent, options);
  };
  const onEvent = (event: Event) => {
    if (event.type === 'blur' ? !focusWentIntoFrame(event) : !isTypingTarget(event.composedPath()[0])) return;
    stop();
    start();
  };
  for (const type of WRITING_EVENTS) addEventListener(type, onEvent, options);
}
