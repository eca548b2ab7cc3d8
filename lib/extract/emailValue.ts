import { normaliseEmail } from '../match/email';

/** Addresses that are examples or tracking, never a lead's: `you@example.com`, Sentry DSNs. */
const PLACEHOLDER_DOMAINS = /(^|\.)(example\.(com|org|net)|domain\.com|email\.com|yourdomain\.com|yourcompany\.com|test\.com|sentry\.io|sentry-next\.wixpress\.com|wixpress\.com|localhost)$/;
const PLACEHOLDER_LOCAL = /^(you|your\.?name|name|user(name)?|email|someone|john\.?doe|jane\.?doe|firstname\.?lastname|xxx+)$/;
/** Retina image names look like addresses: `logo@2x.png`. */
const FILE_TLD = /\.(png|jpe?g|gif|svg|webp|avif|css|js|ico|bmp)$/;

/** A normalised address worth showing to a rep, or null for junk and placeholders. */
export function emailValue(raw: string): string | null {
  const email = normaliseEmail(raw.slice(0, 300));
  if (!email) return null;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) || local.length > 64) return null;
  if (!/^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff]{2,24}$/.test(domain)) return null;
  if (PLACEHOLDER_DOMAINS.test(domain) || PLACEHOLDER_LOCAL.test(local) || FILE_TLD.test(email)) return null;
  return email;
}
