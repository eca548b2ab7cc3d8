/**
 * The smallest box a rep can write in: a launcher beside anything smaller would point at a field
 * that is a hidden proxy or a 1-pixel focus trap, not a compose box (issue #19).
 */
const MIN_WIDTH = 24;
const MIN_HEIGHT = 12;

/**
 * Whether the rep can see an element and write in it. In a browser, `checkVisibility()` answers in
 * one call (display, visibility, opacity, content-visibility) instead of a computed style per
 * ancestor, which matters: the always-on compose script must stay cheap on every page load.
 * Webmails keep hidden proxies of their fields (a recipients textarea at opacity 0, 5,000 px off
 * screen), so opacity, aria-hidden, size and position all count. DOM-only test environments lack
 * layout and report every box as 0×0, so there the style walk runs without sizes.
 */
export function isVisibleElement(element: Element): boolean {
  if (element.closest('[aria-hidden="true"]')) return false;
  const doc = element.ownerDocument;
  if (typeof element.checkVisibility === 'function' && hasLayout(doc)) {
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) return false;
    const box = element.getBoundingClientRect();
    return box.width >= MIN_WIDTH && box.height >= MIN_HEIGHT && reachable(box, doc);
  }
  const view = doc.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (!view) continue;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.opacity === '0') return false;
  }
  if (view) {
    const visibility = view.getComputedStyle(element).visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
  }
  return true;
}

/** A box wholly before the page's start, or past its scrollable end, can never be scrolled to. */
function reachable(box: DOMRect, doc: Document): boolean {
  const view = doc.defaultView;
  const left = box.left + (view?.scrollX ?? 0);
  const top = box.top + (view?.scrollY ?? 0);
  const root = doc.documentElement;
  return left + box.width > 0 && top + box.height > 0 && left < Math.max(root.scrollWidth, root.clientWidth) && top < Math.max(root.scrollHeight, root.clientHeight);
}

function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}
