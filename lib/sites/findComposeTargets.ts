import { GENERIC_SELECTORS } from './generic';
import { recipientsIn } from './recipientsIn';
import { allMatching, closestMatching, nearestAncestorContaining } from './selectorQueries';
import { isVisibleElement } from './visibility';
import { webmailForHost } from './webmailForHost';
import type { WebmailMode, WebmailSelectors } from './webmailSelectors';

export type ComposeMode = WebmailMode | 'generic';

export type ComposeTarget = {
  /** Where a script goes: a textarea, an input, or a contenteditable editing host. */
  body: HTMLElement;
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
  const generic = genericComposes(doc);
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
      recipients: () => {
        // Only the box's own form: a looser search would pick up a newsletter signup elsewhere.
        const form = body.closest('form');
        return form ? recipientsIn(form, GENERIC_SELECTORS.recipients, GENERIC_SELECTORS.recipientAttributes) : [];
      },
      subject: () => null,
    }));
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
