/** Containers whose contents are about the site owner: contact blocks, footers, h-cards. */
const CONTACT_CONTAINER =
  'footer, address, [role="contentinfo"], [id*="contact" i], [class*="contact" i], [id*="footer" i], [class*="footer" i], [class*="foot" i], [class*="copyright" i], [class*="signature" i]';
/** Sidebars and "related" boxes: about other companies as often as about this one. */
const SIDEBAR = 'aside, [role="complementary"], [class*="related" i], [class*="similar" i]';

/**
 * True when an element sits in a contact block or footer, where an email or phone is the
 * company's own rather than, say, a customer's in a testimonial.
 */
export function isInContactContext(element: Element): boolean {
  try {
    return element.closest(CONTACT_CONTAINER) !== null;
  } catch {
    return false;
  }
}

/** True inside a sidebar or a related/similar listing, where numbers are usually someone else's. */
export function isInSidebar(element: Element): boolean {
  try {
    return element.closest(SIDEBAR) !== null;
  } catch {
    return false;
  }
}
