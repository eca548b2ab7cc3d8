import { rangeIsInside, type SavedSelection } from './captureSelection';
import { isTextControl, textControlSelection, type TextControl } from './textControl';

export type InsertMethod = 'paste' | 'beforeinput' | 'execCommand' | 'setRangeText' | 'domRange';
export type InsertResult =
  | { ok: true; method: InsertMethod }
  /** `detached`: the page replaced the compose box while the picker was open. */
  | { ok: false; reason: 'detached' | 'notEditable' };

/**
 * Inserts plain text at the caret (or at the selection saved before the picker took focus),
 * replacing any selected text and keeping the rest of the draft.
 *
 * In a contenteditable, a rich-text editor is offered the text as a paste first: editors take a
 * paste through their own model and undo history (TinyMCE records no undo step for a bare
 * `insertText`, so its Ctrl+Z could not take the script back). A box no editor drives lets the
 * synthetic paste go by (the browser performs none), and the next choice runs.
 *
 * Next it is offered as the `beforeinput` of typing, which Slate-based editors (wangEditor) take
 * through their model when they ignore a paste.
 *
 * Then `execCommand('insertText')`: deprecated but still the only way to enter the
 * editor's native undo stack, in Chromium and Firefox, for textarea and contenteditable alike,
 * and it treats the text as text. When it is missing or refuses, the fallbacks edit the DOM
 * directly (setRangeText, or text nodes and <br>), then fire `input` so the page's editor
 * notices; those edits are not undoable with Ctrl+Z. Never touches innerHTML.
 */
export function insertTextAtCursor(
  target: HTMLElement,
  text: string,
  savedRange?: SavedSelection | null,
): InsertResult {
  if (!target.isConnected) return { ok: false, reason: 'detached' };
  const plain = text.replace(/\r\n?/g, '\n');
  if (isTextControl(target)) return insertIntoTextControl(target, plain, savedRange);
  if (!target.isContentEditable) return { ok: false, reason: 'notEditable' };
  return insertIntoContentEditable(target, plain, savedRange);
}

function insertIntoTextControl(control: TextControl, text: string, saved: SavedSelection | null | undefined): InsertResult {
  if (control.disabled || control.readOnly) return { ok: false, reason: 'notEditable' };
  control.focus({ preventScroll: true });
  if (saved?.kind === 'textControl' && saved.target === control) {
    const length = control.value.length;
    try {
      control.setSelectionRange(Math.min(saved.start, length), Math.min(saved.end, length));
    } catch {
      // Input types without a caret: insert where the browser puts it.
    }
  }
  if (execInsertText(control.ownerDocument, text)) return { ok: true, method: 'execCommand' };

  const selection = textControlSelection(control);
  const start = selection?.start ?? control.value.length;
  const end = selection?.end ?? control.value.length;
  const lengthBefore = control.value.length;
  control.setRangeText(text, start, end, 'end');
  // Set the caret explicitly: not every engine honours 'end', and an <input> drops line breaks.
  const caret = start + control.value.length - (lengthBefore - (end - start));
  try {
    control.setSelectionRange(caret, caret);
  } catch {
    // Input types without a caret.
  }
  dispatchInput(control, text);
  return { ok: true, method: 'setRangeText' };
}

function insertIntoContentEditable(host: HTMLElement, text: string, saved: SavedSelection | null | undefined): InsertResult {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'notEditable' };
  host.focus({ preventScroll: true });
  const range = rangeToRestore(host, selection, saved);
  selection.removeAllRanges();
  selection.addRange(range);
  if (pasteIntoEditor(host, range, text)) return { ok: true, method: 'paste' };
  if (offerInsertText(host, range, text)) return { ok: true, method: 'beforeinput' };
  if (execInsertText(doc, text)) return { ok: true, method: 'execCommand' };

  range.deleteContents();
  const lines = text.split('\n');
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, index) => {
    if (index > 0) fragment.appendChild(doc.createElement('br'));
    if (line !== '') fragment.appendChild(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  dispatchInput(host, text);
  return { ok: true, method: 'domRange' };
}

/** The saved range if it still lies in the box, else the current caret there, else the end. */
function rangeToRestore(host: HTMLElement, selection: Selection, saved: SavedSelection | null | undefined): Range {
  if (saved?.kind === 'range' && saved.target === host && rangeIsInside(saved.range, host)) return saved.range.cloneRange();
  if (selection.rangeCount > 0) {
    const current = selection.getRangeAt(0);
    if (rangeIsInside(current, host)) return current.cloneRange();
  }
  const end = host.ownerDocument.createRange();
  end.selectNodeContents(host);
  end.collapse(false);
  return end;
}

/**
 * Offers the text as a paste where the caret is; true when the page's editor took it (it cancels
 * the event to insert through its model instead). The event carries only text/plain, so an editor
 * cannot receive markup from a script.
 */
function pasteIntoEditor(host: HTMLElement, range: Range, text: string): boolean {
  const view = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const start = range.startContainer;
  const target = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : (start.parentElement ?? host);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Some editors (CKEditor 4) insert a paste a moment later, so a cancelled paste counts as taken
  // even when nothing changed yet: running execCommand as well would insert the script twice.
  return !(host.contains(target) ? target : host).dispatchEvent(event);
}

/**
 * Offers the text as the `beforeinput` of typing, for editors that keep their model apart from the
 * DOM and ignore a synthetic paste (wangEditor and other Slate editors, Lexical): they cancel it
 * and insert through their model and history. A box no editor drives lets it go by (a synthetic
 * beforeinput makes the browser do nothing), and execCommand runs next.
 */
function offerInsertText(host: HTMLElement, range: Range, text: string): boolean {
  const view = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || typeof view.InputEvent !== 'function') return false;
  const start = range.startContainer;
  const target = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : (start.parentElement ?? host);
  const event = new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
  return !(host.contains(target) ? target : host).dispatchEvent(event);
}

/** execCommand where it exists and agrees; false otherwise (then a fallback runs). */
function execInsertText(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function dispatchInput(target: HTMLElement, text: string): void {
  target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
