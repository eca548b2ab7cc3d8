/**
 * Whether the rep can see an element. In a browser, `checkVisibility()` answers in one call
 * (display, visibility, content-visibility) instead of a computed style per ancestor, which
 * mattered: the always-on compose script must cost the page ≤ 2 ms (issue #3). DOM-only test
 * environments lack it and report every box as 0×0, so there the style walk runs without sizes.
 */
export function isVisibleElement(element: Element): boolean {
  if (typeof element.checkVisibility === 'function' && hasLayout(element.ownerDocument)) {
    if (!element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (view && view.getComputedStyle(node).display === 'none') return false;
  }
  if (view) {
    const visibility = view.getComputedStyle(element).visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
  }
  return true;
}

function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}
