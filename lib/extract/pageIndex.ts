/** A run of visible text inside one block element; `<br>` lines stay as `\n`. */
export interface TextBlock {
  text: string;
  /** The innermost block element holding the text: provenance and contact-context checks. */
  element: Element | null;
}

/**
 * Everything the extractors look at, gathered in ONE walk of the DOM: visible text blocks and
 * the few kinds of elements that carry contact data. One walk instead of a dozen
 * `querySelectorAll` calls keeps capture cheap on big pages (issue #3: ≤ 150 ms on 2 MB).
 */
export interface PageIndex {
  textBlocks: TextBlock[];
  jsonLdScripts: Element[];
  metas: Element[];
  headLinks: Element[];
  anchors: Element[];
  addressElements: Element[];
  microdataScopes: Element[];
  rdfaScopes: Element[];
  hCards: Element[];
  /** True when a budget stopped the walk before the end of the page. */
  truncated: boolean;
}

export interface IndexLimits {
  /** Visible text kept, in characters (issue #3: the first ~200 KB). */
  maxChars: number;
  /**
   * Extra text allowed from footers, `<address>` and contact blocks after `maxChars` is spent:
   * on long pages the company's own contact block comes last.
   */
  maxContactChars: number;
  /** Nodes visited at most. */
  maxNodes: number;
  /** Elements kept per kind: the first ones, plus the last `maxPerKind / 4` (footer links come last). */
  maxPerKind: number;
}

export const DEFAULT_INDEX_LIMITS: IndexLimits = { maxChars: 200_000, maxContactChars: 50_000, maxNodes: 150_000, maxPerKind: 2_000 };

/**
 * No text block is longer than this: a page that puts all its text in one element becomes
 * several blocks, so every pattern an extractor runs on a block sees a bounded input.
 */
export const MAX_BLOCK_CHARS = 4_000;
/** Attribute values the walk tests (class) are read up to this length: a 1 MB class is a page's, not a card's. */
export const MAX_CLASS_CHARS = 512;
/**
 * Any run of white space but a line break, in any script (U+2003, U+3000, U+00A0, …), becomes one
 * space: no pattern ever sees a run of spaces to backtrack over. A lone ASCII space, the most
 * common character of any text, is not matched: replacing it with itself would copy every word.
 */
const SPACE_RUN = / [^\S\n]+|[^\S \n][^\S\n]*/g;
/** After SPACE_RUN: line breaks with the single spaces around them, as one break. */
const LINE_BREAKS = / ?\n[\n ]*/g;
/** Text that is more than white space (the indentation between tags is most text nodes). */
const NOT_SPACE = /\S/;

/** Never text a visitor reads: code, styles, form state, embedded documents. */
const NO_TEXT_NO_CHILDREN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'INPUT', 'BUTTON', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'svg']);
/** No visible text, but head metadata lives inside. */
const NO_TEXT = new Set(['HEAD', 'TITLE']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'ADDRESS', 'LI', 'UL', 'OL', 'DL',
  'TABLE', 'TR', 'CAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FORM', 'FIELDSET', 'FIGURE',
  'FIGCAPTION', 'HR', 'BODY', 'CENTER',
]);
/** Cells stay in their row's block, so a label cell ("Fax", "电话") stays next to its value. */
const CELL_TAGS = new Set(['TD', 'TH', 'DT', 'DD']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Inline styles are read up to this length (hiding is said early in real ones). */
const MAX_STYLE_CHARS = 2_000;
/** Containers whose text is read even past the main text budget. */
const CONTACT_TAGS = new Set(['FOOTER', 'ADDRESS']);
const CONTACT_CLASS = /contact|footer|copyright/i;
const CARD_CLASS = /(?:^|\s)(?:h-card|vcard)(?:\s|$)/;
const JSON_LD_TYPE = /^\s*application\/ld\+json\s*(;|$)/i;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The walk asks the clock once per this many nodes: often enough to stop in time, rarely enough to cost nothing. */
const TIME_CHECK_EVERY = 256;

/**
 * A parent's children are read by sibling links up to this many, then by index in its child list:
 * see `nextChild`.
 */
const WIDE_PARENT = 32;

interface Frame {
  parent: ParentNode;
  /** Wide parents, once found wide: their child list, read by index from `next`. */
  children: NodeListOf<ChildNode> | null;
  /** Children visited so far. */
  next: number;
  /** The next sibling to visit while the parent is read by links. */
  nextNode: ChildNode | null;
  textOn: boolean;
  /** Inside a footer or contact block: text may use the contact budget. */
  contact: boolean;
  /** The block element this frame opened, to close its text block on the way out. */
  block: boolean;
}

/**
 * Walks `root` once, iteratively (deep nesting cannot overflow the stack), with hard caps on nodes,
 * characters and elements kept. Visibility is judged from markup only (`hidden`,
 * `aria-hidden`, inline styles): computed styles would cost a layout per node. Hidden parts
 * still yield structured elements (microdata `<meta>`, links in a collapsed menu), never text.
 */
export function indexPage(root: ParentNode, limits: IndexLimits = DEFAULT_INDEX_LIMITS, outOfTime: () => boolean = () => false): PageIndex {
  const index: PageIndex = {
    textBlocks: [], jsonLdScripts: [], metas: [], headLinks: [], anchors: [], addressElements: [],
    microdataScopes: [], rdfaScopes: [], hCards: [], truncated: false,
  };
  const blockStack: Array<Element | null> = [root.nodeType === ELEMENT_NODE ? (root as Element) : null];
  let buffer = '';
  let chars = 0;
  let contactChars = 0;
  let visited = 0;
  const tails = new Map<Element[], Element[]>();

  const flush = () => {
    if (buffer === '') return;
    const text = buffer.replace(SPACE_RUN, ' ').replace(LINE_BREAKS, '\n').trim();
    const element = blockStack[blockStack.length - 1] ?? null;
    for (const piece of blockPieces(text)) index.textBlocks.push({ text: piece, element });
    buffer = '';
  };
  const headSize = limits.maxPerKind - Math.floor(limits.maxPerKind / 4);
  const tailSize = limits.maxPerKind - headSize;
  const keep = (list: Element[], element: Element) => {
    if (list.length < headSize) {
      list.push(element);
      return;
    }
    if (tailSize === 0) return;
    // Past the head, keep a rolling window of the last ones (merged back after the walk).
    let tail = tails.get(list);
    if (!tail) tails.set(list, (tail = []));
    tail.push(element);
    if (tail.length > tailSize * 2) tail.splice(0, tail.length - tailSize);
  };

  // A selection root that is itself an element (a link, a card) counts as found too.
  if (root.nodeType === ELEMENT_NODE) {
    try {
      collect(root as Element, (root as Element).tagName, index, keep);
    } catch {
      // as for any other element
    }
  }
  const stack: Frame[] = [frameFor(root, true, false, false)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = nextChild(frame);
    if (!node) {
      stack.pop();
      if (frame.block) {
        flush();
        blockStack.pop();
      }
      continue;
    }
    if (++visited > limits.maxNodes || (visited % TIME_CHECK_EVERY === 0 && outOfTime())) {
      index.truncated = true;
      break;
    }
    if (node.nodeType === TEXT_NODE) {
      // Past the text budget most text is never kept: skip it before reading it.
      if (!frame.textOn || (chars >= limits.maxChars && !(frame.contact && contactChars < limits.maxContactChars))) continue;
      const data = (node as Text).data;
      // White space opening a block is trimmed away at its end: skip it before it costs a flush.
      if (buffer === '' && !NOT_SPACE.test(data)) continue;
      if (chars < limits.maxChars) {
        const take = data.length > limits.maxChars - chars ? data.slice(0, limits.maxChars - chars) : data;
        buffer += take;
        chars += take.length;
        if (chars >= limits.maxChars) index.truncated = true;
      } else if (frame.contact && contactChars < limits.maxContactChars) {
        const take = data.length > limits.maxContactChars - contactChars ? data.slice(0, limits.maxContactChars - contactChars) : data;
        buffer += take;
        contactChars += take.length;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    // HTML element names are upper-case already; foreign (SVG) ones are listed as written.
    const tag = element.tagName;
    // Undefined when the attributes could not be read: visibility is then judged the slow way.
    let marks: AttributeMarks | null | undefined;
    try {
      marks = collect(element, tag, index, keep);
    } catch {
      // An element whose attributes a page tampered with is skipped, not fatal.
    }
    if (tag === 'BR') {
      if (frame.textOn) buffer += '\n';
      continue;
    }
    if (CELL_TAGS.has(tag) && frame.textOn) buffer += ' ';
    const firstChild = NO_TEXT_NO_CHILDREN.has(tag) ? null : element.firstChild;
    if (!firstChild) {
      if (frame.textOn && BLOCK_TAGS.has(tag)) flush();
      continue;
    }
    const className = marks?.className ?? null;
    const contactHere = !frame.contact && (CONTACT_TAGS.has(tag) || (className !== null && CONTACT_CLASS.test(className)));
    // Past the text budget only contact blocks still collect text: skip the visibility checks elsewhere.
    const textNeeded = chars < limits.maxChars || frame.contact || contactHere;
    const textOn = frame.textOn && !NO_TEXT.has(tag) && (!textNeeded || !isHidden(element, marks));
    const block = textOn && BLOCK_TAGS.has(tag);
    const contact = frame.contact || (textOn && contactHere);
    if (block) {
      flush();
      blockStack.push(element);
    }
    stack.push({ parent: element, children: null, next: 0, nextNode: firstChild, textOn, contact, block });
  }
  flush();
  for (const [list, tail] of tails) for (const element of tail.slice(-tailSize)) list.push(element);
  return index;
}

/**
 * Child iteration that stays linear on every DOM: sibling links are O(1) in browsers but a
 * linear search in some test DOMs, and a child list is O(1) by index but costly to create, so a
 * parent is read by links until it proves wide, then by index from where the links stopped
 * (counting a parent's children up front would read every child list twice).
 */
function frameFor(parent: ParentNode, textOn: boolean, contact: boolean, block: boolean): Frame {
  const list = parent.nodeType !== ELEMENT_NODE;
  return { parent, children: list ? parent.childNodes : null, next: 0, nextNode: list ? null : parent.firstChild, textOn, contact, block };
}

function nextChild(frame: Frame): ChildNode | null {
  if (!frame.children && frame.next >= WIDE_PARENT && frame.nextNode) frame.children = frame.parent.childNodes;
  if (frame.children) return frame.next < frame.children.length ? (frame.children[frame.next++] ?? null) : null;
  const node = frame.nextNode;
  if (node) {
    frame.nextNode = node.nextSibling;
    frame.next += 1;
  }
  return node;
}

/**
 * The attributes the walk tests, from one read of the element's attribute names: most elements
 * carry none of them, and each `hasAttribute`/`getAttribute` is a call into the DOM (about eight
 * an element before), so values are read only for names present.
 */
interface AttributeMarks {
  /** The class attribute, clipped to MAX_CLASS_CHARS. */
  className: string | null;
  hidden: boolean;
  ariaHidden: boolean;
  style: boolean;
}

/** Files the element under its kind; returns the attributes the walk reuses (null: none). */
function collect(element: Element, tag: string, index: PageIndex, keep: (list: Element[], element: Element) => void): AttributeMarks | null {
  switch (tag) {
    case 'SCRIPT':
      if (JSON_LD_TYPE.test(element.getAttribute('type') ?? '')) keep(index.jsonLdScripts, element);
      return null; // a script carries no markup of interest
    case 'META':
      keep(index.metas, element);
      break;
    case 'LINK':
      keep(index.headLinks, element);
      break;
    case 'A':
      keep(index.anchors, element);
      break;
    case 'ADDRESS':
      keep(index.addressElements, element);
      break;
  }
  if (!element.hasAttributes()) return null;
  // Names as stored: lower case on HTML elements (as `getAttribute` folds its argument), as written
  // on foreign ones (where `getAttribute` matches them exactly).
  const names = element.getAttributeNames();
  let itemscope = false;
  let typeOf = false;
  let hasClass = false;
  const marks: AttributeMarks = { className: null, hidden: false, ariaHidden: false, style: false };
  for (let at = 0; at < names.length; at += 1) {
    switch (names[at]) {
      case 'itemscope':
        itemscope = true;
        break;
      case 'typeof':
        typeOf = true;
        break;
      case 'class':
        hasClass = true;
        break;
      case 'hidden':
        marks.hidden = true;
        break;
      case 'aria-hidden':
        marks.ariaHidden = true;
        break;
      case 'style':
        marks.style = true;
        break;
    }
  }
  // In this order, as the lists were always filled (a scope that is also a card is filed as both).
  if (itemscope) keep(index.microdataScopes, element);
  if (typeOf) keep(index.rdfaScopes, element);
  if (hasClass) {
    marks.className = clippedAttribute(element, 'class', MAX_CLASS_CHARS);
    if (marks.className && CARD_CLASS.test(marks.className)) keep(index.hCards, element);
  }
  return marks;
}

/** An attribute's value cut to `max` characters: what any pattern or check may see of it. */
export function clippedAttribute(element: Element, name: string, max: number): string | null {
  const value = element.getAttribute(name);
  return value !== null && value.length > max ? value.slice(0, max) : value;
}

/**
 * A block's text in pieces of at most `max` characters (MAX_BLOCK_CHARS), cut at a line break or space near the
 * limit so a value is rarely split (a cut inside a word happens only in a word that long).
 */
export function blockPieces(text: string, max = MAX_BLOCK_CHARS): string[] {
  if (text.length <= max) return text ? [text] : [];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const floor = start + max / 2;
      const newline = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      const cut = newline > floor ? newline : space > floor ? space : -1;
      if (cut > 0) end = cut;
    }
    const piece = text.slice(start, end).trim();
    if (piece) pieces.push(piece);
    start = end;
  }
  return pieces;
}

/** `marks`: the element's attributes as `collect` read them (null: none; undefined: unreadable). */
function isHidden(element: Element, marks: AttributeMarks | null | undefined): boolean {
  try {
    if (marks === null) return false;
    if (marks === undefined) {
      if (!element.hasAttributes()) return false;
      return hiddenByMarkup(element, { className: null, hidden: element.hasAttribute('hidden'), ariaHidden: true, style: true });
    }
    return hiddenByMarkup(element, marks);
  } catch {
    return true;
  }
}

function hiddenByMarkup(element: Element, marks: AttributeMarks): boolean {
  if (marks.hidden || (marks.ariaHidden && element.getAttribute('aria-hidden') === 'true')) return true;
  const style = marks.style ? clippedAttribute(element, 'style', MAX_STYLE_CHARS) : null;
  return style !== null && HIDDEN_STYLE.test(style);
}
