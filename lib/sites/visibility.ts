/**
 * Whether the rep can see an element. Style checks always; size checks only where the page
 * has layout (a real browser), since DOM-only test environments report every box as 0×0.
 */
export function isVisibleElement(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (view && view.getComputedStyle(node).display === 'none') return false;
  }
  if (view) {
    const visibility = view.getComputedStyle(element).visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
  }
  if (hasLayout(element.ownerDocument)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
  }
  return true;
}

function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}
