import { GMAIL_SELECTORS } from './gmail';
import { OUTLOOK_SELECTORS } from './outlook';
import type { WebmailSelectors } from './webmailSelectors';

export const WEBMAILS: readonly WebmailSelectors[] = [GMAIL_SELECTORS, OUTLOOK_SELECTORS];

/**
 * The e2e build (`wxt build --mode e2e`) serves the saved webmail DOM from local fixture hosts;
 * Vite replaces MODE at build time, so production bundles carry no trace of these.
 */
const E2E_HOSTS: Readonly<Record<string, WebmailSelectors>> =
  import.meta.env.MODE === 'e2e' ? { 'gmail.test': GMAIL_SELECTORS, 'outlook.test': OUTLOOK_SELECTORS } : {};

/** The adapter for a page's host (`location.host`, port ignored), or null for any other site. */
export function webmailForHost(host: string): WebmailSelectors | null {
  const hostname = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return WEBMAILS.find((webmail) => webmail.hosts.includes(hostname)) ?? (Object.hasOwn(E2E_HOSTS, hostname) ? E2E_HOSTS[hostname]! : null);
}
