import { pageInputFor } from '../../../lib/extract/pageInput';
import type { Candidate, PageInput } from '../../../lib/extract/candidate';
import { parsePage } from '../../bench/extractQuality';

/** A parsed document for a fixture HTML string (no scripts run); a fresh window each time. */
export function pageFrom(html: string, url = 'https://www.acme.com/contact'): Document {
  return parsePage(html, url);
}

/** What one extractor reads, for a fixture HTML string. */
export function inputFor(html: string, url = 'https://www.acme.com/contact'): PageInput {
  return pageInputFor(pageFrom(html, url), url);
}

/** `field → values` in the order found, for compact assertions. */
export function valuesOf(candidates: readonly Candidate[], field: Candidate['field']): string[] {
  return candidates.filter((candidate) => candidate.field === field).map((candidate) => candidate.value);
}

/**
 * A clock that stands still: tests about what is read pass it so a slow test DOM on a busy
 * machine never hits the capture's time limit (the limit itself is tested with a driven clock).
 */
export const stillClock = (): number => 0;
