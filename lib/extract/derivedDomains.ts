import { accountDomainFor } from '../match/domain';
import type { Candidate } from './candidate';

/**
 * A website another source names (JSON-LD `url`, an h-card link) also names the account's
 * domain: on a directory or profile page that beats the page's own domain.
 */
export function deriveDomains(candidates: readonly Candidate[]): Candidate[] {
  const derived: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.field !== 'website' || candidate.extractor === 'url') continue;
    const domain = accountDomainFor(candidate.value);
    if (domain) derived.push({ ...candidate, field: 'domain', value: domain, confidence: candidate.confidence - 0.05, kind: undefined });
  }
  return derived;
}
