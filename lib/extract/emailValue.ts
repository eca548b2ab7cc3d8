import { asciiDomain, normaliseEmail } from '../match/email';

/**
 * Only reserved names are placeholders (RFC 2606, RFC 6761): `you@example.com`, `x@site.test`.
 * `john.doe@` a real company's domain is someone's address.
 */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|test|invalid|example|localhost)$/;
/**
 * The e2e build serves its fixture companies as http://<name>.test (mapped to this machine), so
 * there `.test` is a company's real domain; Vite drops this in every other build.
 */
const E2E_RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|invalid|example|localhost)$/;
// `?.`: outside Vite (the quality report under tsx) import.meta.env does not exist.
const reservedDomain = import.meta.env?.MODE === 'e2e' ? E2E_RESERVED_DOMAIN : RESERVED_DOMAIN;
/** Error-tracking endpoints written like addresses (Sentry DSNs): never a person's mailbox. */
const TRACKING_DOMAIN = /(?:^|\.)(?:sentry\.io|sentry-next\.wixpress\.com|wixpress\.com)$/;
/** Retina image names look like addresses: `logo@2x.png`. */
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|css|js|ico|bmp)$/;
/**
 * RFC 5321 printable local-part characters, plus letters of the scripts textEmails reads (RFC 6531);
 * ranges, not `\p{L}`, which costs tens of milliseconds to compile in a fresh content script.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+$/;
/** A label: letters or digits (those scripts), inner hyphens; the address is lower-cased already. */
const LABEL = /^[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff](?:[a-z0-9\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{0,61}[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])?$/;
/** A top-level domain: letters, or an IDN's ASCII form. */
const TOP_LABEL = /^(?:[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** RFC 5321 / 6531 limits, in octets of the UTF-8 local part and the ASCII (punycode) domain. */
const MAX_LOCAL_OCTETS = 64;
const MAX_LABEL_OCTETS = 63;
const MAX_ADDRESS_OCTETS = 254;

const utf8 = new TextEncoder();

/**
 * A normalised address worth showing to a rep, or null for junk, placeholders and forms no mail
 * server accepts: a local part over 64 octets or with a leading, trailing or double dot, a label
 * over 63 octets, an address over 254. Internationalised addresses stay whole and as written
 * (Unicode); matching compares their punycode domain (`emailMatchKey`).
 */
export function emailValue(raw: string): string | null {
  const email = normaliseEmail(raw.slice(0, 600));
  if (!email) return null;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  const localOctets = utf8.encode(local).length;
  if (localOctets > MAX_LOCAL_OCTETS) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LABEL.test(labels[labels.length - 1]!)) return null;
  const ascii = asciiDomain(domain);
  if (!ascii || ascii.split('.').some((label) => label.length > MAX_LABEL_OCTETS)) return null;
  if (localOctets + 1 + ascii.length > MAX_ADDRESS_OCTETS) return null;
  if (reservedDomain.test(ascii) || TRACKING_DOMAIN.test(ascii) || FILE_TLD.test(email)) return null;
  return email;
}
