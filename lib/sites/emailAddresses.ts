const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/** Email addresses in a string (attribute value, "Name <address>"), lower-cased, in order. */
export function emailAddressesIn(text: string | null | undefined): string[] {
  if (!text) return [];
  return (text.match(EMAIL) ?? []).map((address) => address.toLowerCase());
}
