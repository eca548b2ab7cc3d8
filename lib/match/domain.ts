import { parse } from 'tldts';

/**
 * The registrable domain of a URL or host (`www.shop.example.co.uk` → `example.co.uk`), from
 * the public suffix list that tldts maintains. Null for IPs, localhost-style hosts and non-web
 * URLs, which cannot identify a company.
 */
export function registrableDomain(urlOrHost: string): string | null {
  const result = parse(urlOrHost, { allowPrivateDomains: false });
  if (result.isIp || !result.domain) return null;
  return result.domain.toLowerCase();
}

/** Hosts like `localhost` have no public suffix; we still identify them by host name. */
export function accountDomainFor(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return registrableDomain(parsed.hostname) ?? (parsed.hostname ? parsed.hostname.toLowerCase() : null);
}
