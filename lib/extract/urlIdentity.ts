import { accountDomainFor } from '../match/domain';
import { extraction, type Extraction, type PageInput } from './candidate';

/**
 * Domain and website from the page's own URL. Only medium confidence: on a directory or
 * profile page the URL names the directory, and a page's own markup (JSON-LD `url`, an h-card
 * link) that names another site should win.
 */
export function extractUrlIdentity(input: PageInput): Extraction {
  const confidence = input.isSelection ? 0.3 : 0.6;
  const domain = accountDomainFor(input.url.href);
  if (!domain) return extraction([]);
  return extraction([
    { field: 'domain', value: domain, confidence, extractor: 'url' },
    { field: 'website', value: input.url.origin, confidence, extractor: 'url' },
  ]);
}
