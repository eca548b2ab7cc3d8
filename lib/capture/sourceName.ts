/**
 * The locale key naming where a draft value came from ("From the signature"), for the extractor
 * that found it. Extractor names are code, not words a rep reads; one not listed here (a new
 * extractor, a stored draft from an older version) reads as "the page".
 */
const NAMED = new Set([
  'signature', 'sender', 'meta', 'url', 'selectionWebsite', 'emailDomain', 'title', 'textPhones', 'textEmails',
  'tel', 'mailto', 'socials', 'hcard', 'chinaCompany', 'addresses',
]);
/** The three structured-data readers say the same thing to a rep. */
const STRUCTURED = new Set(['jsonld', 'microdata', 'rdfa']);

export function sourceNameKey(extractor: string): string {
  if (STRUCTURED.has(extractor)) return 'captureSourceName_structured';
  return `captureSourceName_${NAMED.has(extractor) ? extractor : 'page'}`;
}
