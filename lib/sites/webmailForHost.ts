import { GMAIL_SELECTORS } from './gmail';
import { OUTLOOK_SELECTORS } from './outlook';
import type { WebmailSelectors } from './webmailSelectors';

export const WEBMAILS: readonly WebmailSelectors[] = [GMAIL_SELECTORS, OUTLOOK_SELECTORS];

/** The adapter for a page's host (`location.host`, port ignored), or null for any other site. */
export function webmailForHost(host: string): WebmailSelectors | null {
  const hostname = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return WEBMAILS.find((webmail) => webmail.hosts.includes(hostname)) ?? null;
}
