/**
 * `querySelectorAll`, but at most `limit` elements: extraction is on the page's main thread and
 * a page can hold a million links (issue #3, "the page is not frozen").
 */
export function queryBounded(root: ParentNode, selector: string, limit: number): Element[] {
  const found: Element[] = [];
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return found;
  }
  const count = Math.min(list.length, limit);
  for (let index = 0; index < count; index += 1) {
    const element = list[index];
    if (element) found.push(element);
  }
  return found;
}
