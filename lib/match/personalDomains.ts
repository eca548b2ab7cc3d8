import { registrableDomain } from './domain';

/**
 * Free mail providers: an address at one of these names a person, never a company, so its domain
 * never becomes (or matches) an account (issue 3, "webmail sender capture"). Registrable domains
 * only (`mail.qq.com` is covered by `qq.com`). Data, not logic: add a provider with a comment on
 * who runs it; keep the list to providers reps actually meet (global, then Chinese mainland).
 */
export const PERSONAL_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Google.
  'gmail.com',
  'googlemail.com',
  // Microsoft consumer mail (Outlook.com and its older names).
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  // Yahoo and AOL (Yahoo Inc.).
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'ymail.com',
  'aol.com',
  // Apple iCloud (and its older names).
  'icloud.com',
  'me.com',
  'mac.com',
  // Privacy-focused and other international providers.
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'zoho.com',
  // Tencent: QQ Mail (also numeric QQ ids), Foxmail.
  'qq.com',
  'foxmail.com',
  // NetEase: 163, 126, yeah.net, 188.
  '163.com',
  '126.com',
  'yeah.net',
  '188.com',
  // Sina and Sohu.
  'sina.com',
  'sina.cn',
  'sohu.com',
  // Alibaba (Aliyun mail personal edition).
  'aliyun.com',
  // China Mobile's 139 mail, China Telecom's 189 mail.
  '139.com',
  '189.cn',
  // Naver and Daum (Korea).
  'naver.com',
  'daum.net',
]);

/** True for an address or domain at a free mail provider (`jane@gmail.com`, `qq.com`, `mail.163.com`). */
export function isPersonalMailDomain(addressOrDomain: string | null | undefined): boolean {
  if (!addressOrDomain) return false;
  const host = addressOrDomain.slice(addressOrDomain.lastIndexOf('@') + 1).trim().toLowerCase();
  if (!host) return false;
  if (PERSONAL_MAIL_DOMAINS.has(host)) return true;
  const domain = registrableDomain(host);
  return domain !== null && PERSONAL_MAIL_DOMAINS.has(domain);
}

/**
 * The account domain an email address points to: its registrable domain, or null for a free mail
 * provider (or something that is not an address).
 */
export function companyDomainOfEmail(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const host = address.slice(at + 1).trim().toLowerCase();
  const domain = registrableDomain(host);
  if (!domain || isPersonalMailDomain(domain)) return null;
  return domain;
}

/**
 * Role addresses (`sales@`, `info@`, `客服@`) reach a team, not a person: they stay on the account,
 * while a person's own work address (`jane.doe@`) goes to the contact.
 */
const ROLE_LOCAL_PARTS = new Set([
  'admin', 'billing', 'business', 'careers', 'contact', 'contactus', 'enquiries', 'enquiry', 'hello', 'help',
  'hi', 'hr', 'info', 'inquiries', 'inquiry', 'jobs', 'mail', 'marketing', 'media', 'news', 'newsletter',
  'noreply', 'no-reply', 'office', 'orders', 'partners', 'partnerships', 'pr', 'press', 'privacy', 'sales',
  'service', 'services', 'support', 'team', 'webmaster', 'kefu', 'bd', 'hezuo', 'zhaopin', 'postmaster',
]);

export function isRoleAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return ROLE_LOCAL_PARTS.has(local) || ROLE_LOCAL_PARTS.has(withoutNumberSuffix(local));
}

/** `sales2`, `sales-01` → `sales`: a loop, as `/[._-]?\d+$/` rescans a long digit run from each digit. */
function withoutNumberSuffix(local: string): string {
  let end = local.length;
  while (end > 0 && local.charCodeAt(end - 1) >= 48 && local.charCodeAt(end - 1) <= 57) end -= 1;
  if (end === local.length) return local;
  if (end > 0 && '._-'.includes(local[end - 1]!)) end -= 1;
  return local.slice(0, end);
}
