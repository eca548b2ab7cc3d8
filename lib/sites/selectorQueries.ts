/**
 * Selector lookups that never throw: a selector the browser rejects (a typo in an adapter,
 * a pseudo-class an old browser lacks) is skipped, so one bad entry can't break the page.
 */
export function allMatching(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) {
    for (const element of safeQueryAll(root, selector)) found.add(element);
  }
  return sortInDocumentOrder([...found]);
}

export function closestMatching(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const match = element.closest(selector);
      if (match) return match;
    } catch {
      // Invalid selector: try the next one.
    }
  }
  return null;
}

/** The nearest ancestor (not above `<body>`) that contains an element matching a selector. */
export function nearestAncestorContaining(element: Element, selectors: readonly string[], maxLevels = 15): Element | null {
  let ancestor = element.parentElement;
  for (let level = 0; ancestor && level < maxLevels; level += 1) {
    if (ancestor.localName === 'body') return null;
    if (selectors.some((selector) => safeQueryAll(ancestor as Element, selector).length > 0)) return ancestor;
    ancestor = ancestor.parentElement;
  }
  return null;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
