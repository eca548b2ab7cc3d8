import { frameDocument, frameElementOf } from './frames';
import { GENERIC_SELECTORS } from './generic';
import { genericRecipients } from './genericRecipients';
import { recipientsIn } from './recipientsIn';
import { allMatching, closestMatching, nearestAncestorContaining } from './selectorQueries';
import { isVisibleElement } from './visibility';
import { webmailForHost } from './webmailForHost';
import type { WebmailMode, WebmailSelectors } from './webmailSelectors';

export type ComposeMode = WebmailMode | 'generic';

export type ComposeTarget = {
  /** Where a script goes: a textarea, an input, or a contenteditable editing host. */
  body: HTMLElement;
  /** The same-origin iframe the body lives in (TinyMCE, CKEditor 4, most Chinese webmails). */
  frame?: HTMLIFrameElement;
  /** Read when called: chips change while the rep types. */
  recipients: () => string[];
  subject: () => string | null;
};

export type ComposeTargets = {
  mode: ComposeMode;
  /**
   * True when the page is a known webmail whose selectors found no compose box but the generic
   * mode found an editable one: the site probably changed, and the overlay says so. A webmail
   * page with no compose open at all (the inbox) stays in its own mode with no targets.
   */
  fellBack: boolean;
  composes: ComposeTarget[];
};

/** The compose boxes on a page, for the compose overlay (issue 6). Never throws. */
export function findComposeTargets(doc: Document, host: string): ComposeTargets {
  const webmail = webmailForHost(host);
  if (webmail) {
    const composes = webmailComposes(doc, webmail);
    if (composes.length > 0) return { mode: webmail.mode, fellBack: false, composes };
  }
  const generic = [...genericComposes(doc), ...frameComposes(doc)];
  if (webmail && generic.length === 0) return { mode: webmail.mode, fellBack: false, composes: [] };
  return { mode: 'generic', fellBack: webmail !== null, composes: generic };
}

function webmailComposes(doc: Document, webmail: WebmailSelectors): ComposeTarget[] {
  const { compose } = webmail;
  return outermostOnly(allMatching(doc, compose.body))
    .filter((body): body is HTMLElement => isEditable(body) && isVisibleElement(body))
    .map((body) => {
      const scope = (): Element | null =>
        closestMatching(body, compose.root) ?? nearestAncestorContaining(body, compose.recipients);
      return {
        body,
        recipients: () => {
          const root = scope();
          return root ? recipientsIn(root, compose.recipients, compose.recipientAttributes) : [];
        },
        subject: () => {
          const root = scope();
          const field = root ? allMatching(root, compose.subject)[0] : undefined;
          return field && 'value' in field ? String(field.value) : null;
        },
      };
    });
}

function genericComposes(doc: Document): ComposeTarget[] {
  return outermostOnly(allMatching(doc, GENERIC_SELECTORS.body))
    .filter((body): body is HTMLElement => isEditable(body) && isVisibleElement(body))
    .map((body) => ({
      body,
      // The box's own form, or the nearest area with a recipient label: a looser search would pick
      // up a newsletter signup elsewhere on the page.
      recipients: () => genericRecipients(body),
      subject: () => null,
    }));
}

/** Past this many frames a page is an ad farm, not a compose screen: the rest are not opened. */
const MAX_FRAMES = 16;
/** A compose page in a frame, its editor in a frame of its own: two levels, no deeper. */
const MAX_FRAME_DEPTH = 2;

/**
 * Rich-text editors that write in an iframe of their own (TinyMCE and CKEditor 4 in their classic
 * modes, the webmails built on them): a same-origin frame (about:blank, srcdoc or same-origin src)
 * whose document is in design mode or has an editable body, or holds editable boxes of its own;
 * and a webmail whose whole compose screen is a frame, with its editor in a frame inside it.
 * Cross-origin frames answer no document and are passed over (issue #19).
 */
function frameComposes(doc: Document, depth = 0, opened = { count: 0 }): ComposeTarget[] {
  const found: ComposeTarget[] = [];
  const frames = doc.getElementsByTagName('iframe');
  for (let index = 0; index < frames.length && opened.count < MAX_FRAMES; index++) {
    const frame = frames[index]!;
    opened.count += 1;
    const inner = frameDocument(frame);
    if (!inner?.body || !isVisibleElement(frame)) continue;
    if (inner.designMode === 'on' || inner.body.isContentEditable) {
      // The frame is the editor: To and Cc sit around it, in the document that holds it.
      found.push({ body: inner.body, frame, recipients: () => genericRecipients(frame), subject: () => null });
      continue;
    }
    for (const compose of genericComposes(inner)) found.push({ ...compose, frame });
    if (depth + 1 < MAX_FRAME_DEPTH) found.push(...frameComposes(inner, depth + 1, opened));
  }
  return found;
}


/**
 * Where a compose box is on the page, in the top document's viewport: a box in an editor's
 * frame is offset by the frame's position and border, and clipped to the frame's visible area,
 * for each frame it is nested in; an editable body stands for the whole frame (it grows with the
 * text and scrolls inside it).
 */
export function boxInPage(compose: ComposeTarget): DOMRect {
  const frame = compose.frame;
  if (!frame) return compose.body.getBoundingClientRect();
  // An editor whose whole frame is the writing area: the rep sees the frame, however short the text.
  let box =
    compose.body === compose.body.ownerDocument.body
      ? new DOMRect(0, 0, frame.clientWidth, frame.clientHeight)
      : compose.body.getBoundingClientRect();
  for (let holder: Element | null = frame, level = 0; holder && level <= MAX_FRAME_DEPTH; level += 1) {
    box = inFrame(box, holder as HTMLIFrameElement);
    holder = frameElementOf(holder.ownerDocument);
  }
  return box;
}

/** A box in a frame's own viewport, moved into the viewport of the document holding the frame. */
function inFrame(box: DOMRect, frame: HTMLIFrameElement): DOMRect {
  const outer = frame.getBoundingClientRect();
  const left = outer.left + frame.clientLeft;
  const top = outer.top + frame.clientTop;
  const x1 = left + Math.max(box.left, 0);
  const y1 = top + Math.max(box.top, 0);
  const x2 = left + Math.min(box.right, frame.clientWidth);
  const y2 = top + Math.min(box.bottom, frame.clientHeight);
  return new DOMRect(x1, y1, Math.max(x2 - x1, 0), Math.max(y2 - y1, 0));
}


/** A contenteditable inside another is part of the same editor; keep the outer one. */
function outermostOnly(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}

function isEditable(element: Element): element is HTMLElement {
  if (element.localName === 'textarea' || element.localName === 'input') {
    const field = element as HTMLTextAreaElement | HTMLInputElement;
    return !field.disabled && !field.readOnly;
  }
  return (element as HTMLElement).isContentEditable === true;
}
