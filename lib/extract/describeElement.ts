import { cleanText } from './cleanText';
import { clippedAttribute, MAX_CLASS_CHARS } from './pageIndex';

/**
 * A short, human-readable pointer to where a value came from (`footer > p.contact`), shown to
 * the rep as provenance. Ids and classes are page text, so they are cleaned and bounded.
 */
export function describeElement(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  try {
    const own = selectorPart(element);
    const parent = element.parentElement;
    const text = parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML' ? `${selectorPart(parent)} > ${own}` : own;
    return cleanText(text, 200) || undefined;
  } catch {
    return undefined;
  }
}

function selectorPart(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const id = clippedAttribute(element, 'id', 40) ?? '';
  const firstClass = (clippedAttribute(element, 'class', MAX_CLASS_CHARS) ?? '').trim().split(/\s+/, 1)[0];
  const type = tag === 'script' || tag === 'meta' || tag === 'link' ? attributeHint(element) : '';
  return `${tag}${id ? `#${id}` : ''}${firstClass ? `.${firstClass.slice(0, 40)}` : ''}${type}`;
}

/** For head elements the attribute says more than the tag: `meta[property=og:site_name]`. */
function attributeHint(element: Element): string {
  for (const name of ['type', 'property', 'name', 'rel', 'itemprop']) {
    const value = element.getAttribute(name);
    if (value) return `[${name}=${value.slice(0, 60)}]`;
  }
  return '';
}
