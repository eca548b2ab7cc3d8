import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../model/emailPattern';

/** Lower-cases and trims an address; null when it is not one. */
export function normaliseEmail(raw: string): string | null {
  const value = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.trim().toLowerCase();
  return EMAIL_PATTERN.test(value) && value.length <= EMAIL_MAX_LENGTH ? value : null;
}
