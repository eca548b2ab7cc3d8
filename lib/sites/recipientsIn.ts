import { emailAddressesIn } from './emailAddresses';
import { allMatching } from './selectorQueries';

/** Distinct recipient addresses carried by the matching elements under `scope`. */
export function recipientsIn(scope: ParentNode, selectors: readonly string[], attributes: readonly string[]): string[] {
  const addresses = new Set<string>();
  for (const element of allMatching(scope, selectors)) {
    for (const attribute of attributes) {
      const found = emailAddressesIn(attributeValue(element, attribute));
      if (found.length > 0) {
        for (const address of found) addresses.add(address);
        break;
      }
    }
  }
  return [...addresses];
}

/** `value` means the live value of a form field, not the attribute it started with. */
function attributeValue(element: Element, attribute: string): string | null {
  if (attribute === 'value' && (element.localName === 'input' || element.localName === 'textarea')) {
    return (element as HTMLInputElement | HTMLTextAreaElement).value;
  }
  return element.getAttribute(attribute);
}
