import { emailAddressesIn } from './emailAddresses';
import { GENERIC_SELECTORS } from './generic';
import { labelledRows } from './labelledRows';
import { recipientsIn } from './recipientsIn';

/**
 * Recipients of a compose box on a page no adapter knows (issue #19): webmails put To and Cc in
 * forms, chip lists, hidden fields and labelled rows in ways no selector list covers. What they
 * share is a header label ("To", "Cc", "收件人", "抄送") next to the addresses, in a label, an
 * aria-label, a placeholder, a field name or the row's own text. This reads, around the box:
 * the known field selectors, every field or list labelled as a recipient, and every recipient
 * row's text and chip attributes. The message body itself is never read: an address typed in the
 * letter is not a recipient.
 */

/** A header label: the whole of a short text, or the start of an aria-label ("To recipients"). */
const LABEL_TEXT = /^(?:to|cc|bcc|recipients?|收件人|抄送人?|密送人?|收件者|副本)\s*[:：]?$/i;
const LABEL_START = /^(?:(?:to|cc|bcc|recipients?)(?![a-z])|收件人|抄送|密送|收件者)/i;
const NAMED_FIELD = /^_?(?:to|cc|bcc|recipients?)$/i;

/** Chip attributes where webmails keep one recipient's address. */
const CHIP_ATTRIBUTES = ['title', 'aria-label', 'data-email', 'data-address', 'email', 'addr', 'e', 'data-hovercard-id', 'value', 'href'];
const FIELDS = 'input, textarea, [contenteditable], [role="combobox"], [role="listbox"], [role="textbox"], [role="list"]';

/** Bounds: a compose area is small; past these a page is something else and is not read further. */
const MAX_LEVELS = 10;
const MAX_AREA_TEXT = 4_000;
const MAX_AREA_ELEMENTS = 400;
const MAX_FIELDS = 200;
const MAX_RECIPIENTS = 20;

/** What marks an area as the compose's header: labelled recipient fields and rows. */
interface RecipientMarks {
  scope: Element;
  fields: Element[];
  areas: Element[];
}

/**
 * The addresses the compose box `anchor` is written to (the box itself, or the iframe an editor
 * writes in). Scope: the box's form, else the nearest ancestor holding a recipient label or field.
 * The fields and rows found while choosing the scope are the ones read: one scan per level.
 */
export function genericRecipients(anchor: Element, body: Element = anchor): string[] {
  // The box and the editor body are the letter, never its header: an address typed there is not a recipient.
  const holdsEditor = (element: Element) => [anchor, body].some((editor) => element.contains(editor) || editor.contains(element));
  const form = anchor.closest('form');
  const marks = form ? marksIn(form, holdsEditor) : recipientScope(anchor, holdsEditor);
  if (!marks) return [];
  const found = new Set<string>(recipientsIn(marks.scope, GENERIC_SELECTORS.recipients, GENERIC_SELECTORS.recipientAttributes));
  const add = (addresses: readonly string[]) => {
    for (const address of addresses) if (found.size < MAX_RECIPIENTS) found.add(address);
  };
  for (const field of marks.fields) add(addressesOf(field));
  for (const area of marks.areas) add(addressesOf(area));
  return [...found].slice(0, MAX_RECIPIENTS);
}

function recipientScope(anchor: Element, holdsEditor: (element: Element) => boolean): RecipientMarks | null {
  let ancestor = anchor.parentElement;
  for (let level = 0; ancestor && level < MAX_LEVELS; level += 1) {
    // A box outside any form never borrows another form's fields (a contact form beside a notes box).
    if (ancestor.localName === 'body' || ancestor.localName === 'html' || ancestor.querySelector('form')) return null;
    const scope = ancestor;
    const marks = marksIn(scope, holdsEditor);
    if (marks.fields.length > 0 || marks.areas.length > 0) return marks;
    if (GENERIC_SELECTORS.recipients.some((selector) => scope.querySelector(selector))) return marks;
    ancestor = ancestor.parentElement;
  }
  return null;
}

function marksIn(scope: Element, holdsEditor: (element: Element) => boolean): RecipientMarks {
  return {
    scope,
    fields: labelledFields(scope).filter((field) => !holdsEditor(field)),
    areas: labelledRows(scope, isLabelText, holdsEditor).map(({ row }) => row),
  };
}

/** Fields and chip lists whose aria-label, placeholder, name or `<label>` says To/Cc/收件人. */
function labelledFields(scope: Element): Element[] {
  const fields: Element[] = [];
  const candidates = scope.querySelectorAll(FIELDS);
  for (let index = 0; index < candidates.length && index < MAX_FIELDS; index += 1) {
    const field = candidates[index]!;
    if (isRecipientField(field)) fields.push(field);
  }
  for (const label of scope.querySelectorAll('label')) {
    const control = (label as HTMLLabelElement).control;
    if (control && isLabelText(label.textContent) && !fields.includes(control)) fields.push(control);
  }
  return fields;
}

function isRecipientField(field: Element): boolean {
  const name = field.getAttribute('name');
  if (name && NAMED_FIELD.test(name)) return true;
  for (const attribute of ['aria-label', 'placeholder']) {
    const value = field.getAttribute(attribute)?.trim().slice(0, 60);
    if (value && LABEL_START.test(value)) return true;
  }
  return false;
}

function isLabelText(text: string | null | undefined): boolean {
  const trimmed = (text ?? '').trim();
  return trimmed.length > 0 && trimmed.length <= 12 && LABEL_TEXT.test(trimmed);
}

/**
 * Addresses an element carries (exported for the open message's sender): field values, chip attributes and text, of it and its descendants,
 * read in one bounded walk (a row is small; a huge one is read only in part).
 */
export function addressesOf(element: Element): string[] {
  const found: string[] = [];
  const read = (value: string | null | undefined) => {
    if (value) found.push(...emailAddressesIn(value.slice(0, MAX_AREA_TEXT)));
  };
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let text = '';
  let elements = 0;
  for (let node: Node | null = element; node && elements < MAX_AREA_ELEMENTS; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (text.length < MAX_AREA_TEXT) text += ` ${node.nodeValue ?? ''}`;
      continue;
    }
    elements += 1;
    const each = node as Element;
    if (each.localName === 'input' || each.localName === 'textarea') read((each as HTMLInputElement).value);
    for (const attribute of CHIP_ATTRIBUTES) read(each.getAttribute(attribute));
  }
  read(text);
  return found;
}
