/** Class and id values are read up to this length: real ones name their role early. */
const MAX_NAME_CHARS = 256;
/** Words in a class (or id) that mark a container about the site owner. */
const CONTACT_CLASS_WORDS = ['contact', 'foot', 'copyright', 'signature'] as const;
const CONTACT_ID_WORDS = ['contact', 'footer'] as const;
/** Sidebars and "related" boxes: about other companies as often as about this one. */
const SIDEBAR_CLASS_WORDS = ['related', 'similar'] as const;
/** Where a site links its own profiles: header, footer, nav, "social" and "follow us" blocks. */
const CHROME_TAGS: ReadonlySet<string> = new Set(['HEADER', 'FOOTER', 'NAV']);
const CHROME_CLASS_WORDS = ['social', 'footer', 'contact', 'follow'] as const;
const CHROME_ID_WORDS = ['social', 'footer'] as const;

const CONTACT = 1;
const SIDEBAR = 2;
const CHROME = 4;

/** Where an element sits on the page, for ranking what it holds. */
export interface ContactContext {
  /**
   * True in a contact block or footer (`footer`, `address`, `role=contentinfo`, a class or id
   * naming contact/footer/copyright/signature), where an email or phone is the company's own
   * rather than, say, a customer's in a testimonial.
   */
  contact(element: Element): boolean;
  /** True inside a sidebar or a related/similar listing, where numbers are usually someone else's. */
  sidebar(element: Element): boolean;
  /** True in the site's own chrome (header, footer, nav, social/follow blocks), where its own profiles are linked. */
  chrome(element: Element): boolean;
}

/**
 * The answers `closest()` with `[class*=… i]` selectors gave, at a cost that does not grow with
 * class length or depth times blocks: each element's own class and id are read once, clipped,
 * and an element's answer is its own marks plus its parent's answer, remembered for the capture.
 * A walk up is iterative (deep nesting cannot overflow) and stops at the first remembered
 * ancestor, so a whole capture reads each element at most once.
 */
export function contactContext(): ContactContext {
  const known = new Map<Element, number>();
  const marksOf = (element: Element): number => {
    const cached = known.get(element);
    if (cached !== undefined) return cached;
    const chain: Element[] = [];
    let inherited = 0;
    for (let current: Element | null = element; current; current = parentOf(current)) {
      const seen = known.get(current);
      if (seen !== undefined) {
        inherited = seen;
        break;
      }
      chain.push(current);
    }
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const current = chain[index]!;
      inherited |= ownMarks(current);
      known.set(current, inherited);
    }
    return inherited;
  };
  return {
    contact: (element) => (marksOf(element) & CONTACT) !== 0,
    sidebar: (element) => (marksOf(element) & SIDEBAR) !== 0,
    chrome: (element) => (marksOf(element) & CHROME) !== 0,
  };
}

/** An element's parent, or null where a page broke the getter. */
export function parentOf(element: Element): Element | null {
  try {
    return element.parentElement;
  } catch {
    return null;
  }
}

function ownMarks(element: Element): number {
  try {
    const tag = element.tagName;
    let marks = 0;
    if (tag === 'FOOTER' || tag === 'ADDRESS') marks |= CONTACT;
    if (tag === 'ASIDE') marks |= SIDEBAR;
    if (CHROME_TAGS.has(tag)) marks |= CHROME;
    if (!element.hasAttributes()) return marks;
    const role = element.getAttribute('role');
    if (role === 'contentinfo') marks |= CONTACT | CHROME;
    if (role === 'banner') marks |= CHROME;
    if (role === 'complementary') marks |= SIDEBAR;
    const className = clippedLower(element.getAttribute('class'));
    const id = clippedLower(element.getAttribute('id'));
    if (CONTACT_CLASS_WORDS.some((word) => className.includes(word)) || CONTACT_ID_WORDS.some((word) => id.includes(word))) marks |= CONTACT;
    if (SIDEBAR_CLASS_WORDS.some((word) => className.includes(word))) marks |= SIDEBAR;
    if (CHROME_CLASS_WORDS.some((word) => className.includes(word)) || CHROME_ID_WORDS.some((word) => id.includes(word))) marks |= CHROME;
    return marks;
  } catch {
    return 0;
  }
}

function clippedLower(value: string | null): string {
  if (!value) return '';
  return (value.length > MAX_NAME_CHARS ? value.slice(0, MAX_NAME_CHARS) : value).toLowerCase();
}
