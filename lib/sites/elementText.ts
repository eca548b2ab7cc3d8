const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
const MAX_TEXT = 100_000;

/**
 * The text a reader sees in an element, with line breaks where blocks and `<br>` put them,
 * read from the live tree (cloning mail HTML would load its images again). Reading stops
 * at the first element for which `isStop` is true, e.g. the start of quoted history.
 */
export function readableTextOf(
  element: Element,
  isStop: (element: Element) => boolean = () => false,
  /** Elements left out with what they hold (a message's header, above its body). */
  isSkipped: (element: Element) => boolean = () => false,
): string {
  const parts: string[] = [];
  let stopped = false;
  let length = 0;
  const walk = (node: Node): void => {
    if (stopped) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').slice(0, MAX_TEXT - length).replace(/\s+/g, ' ');
      parts.push(text);
      length += text.length;
      // A mail is read for its sender's signature: past this it is something else, and reading stops.
      if (length >= MAX_TEXT) stopped = true;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const child = node as Element;
    if (child !== element && isStop(child)) {
      stopped = true;
      return;
    }
    const name = child.localName;
    if (SKIPPED_ELEMENTS.has(name) || (child !== element && isSkipped(child))) return;
    if (name === 'br') {
      parts.push('\n');
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) parts.push('\n');
    for (const grandChild of child.childNodes) walk(grandChild);
    if (isBlock) parts.push('\n');
  };
  walk(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
