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
