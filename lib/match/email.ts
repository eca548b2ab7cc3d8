import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../model/emailPattern';

const MAILTO = /^mailto:/i;

/**
 * Lower-cases and trims an address (a `mailto:` link's too, without its `?subject=…`); null when it
 * is not one. Slices rather than replace and split: a CSV import calls this for every row.
 */
export function normaliseEmail(raw: string): string | null {
  let value = raw.trim();
  if (MAILTO.test(value)) value = value.slice('mailto:'.length);
  const query = value.indexOf('?');
  if (query >= 0) value = value.slice(0, query);
  value = value.trim().toLowerCase();
  return value.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value) ? value : null;
}

/**
 * The domain's ASCII (punycode) form, as mail and DNS use it: `bücher.de` → `xn--bcher-kva.de`;
 * null when it is not a host name. The URL parser does IDNA, in the browser and in Node alike.
 */
export function asciiDomain(domain: string): string | null {
  if (/^[\x21-\x7e]+$/.test(domain)) return domain.toLowerCase();
  try {
    const host = new URL(`http://${domain}/`).hostname;
    return host && !host.includes('%') ? host : null;
  } catch {
    return null;
  }
}

/**
 * What two addresses are compared by: normalised, with the domain in its punycode form, so
 * `anna@bücher.de` as shown and `anna@xn--bcher-kva.de` as another tool stored it are the same.
 */
export function emailMatchKey(raw: string): string | null {
  const email = normaliseEmail(raw);
  if (!email) return null;
  const at = email.lastIndexOf('@');
  const domain = asciiDomain(email.slice(at + 1));
  return domain ? `${email.slice(0, at)}@${domain}` : email;
}
