import type { LeadDraft } from '../model/leadDraft';
import { cleanText, truncate } from './cleanText';
import { pageInputFor } from './pageInput';
import { mergeCandidates } from './merge';
import { extractUrlIdentity } from './urlIdentity';
import { extractTitleName } from './titleName';
import { extractMeta } from './meta';
import { extractJsonLd } from './jsonld';
import { extractContactLinks } from './links';
import { extractMicrodata } from './microdata';
import { extractRdfa } from './rdfa';
import { extractHCards } from './hcard';
import { extractSocialLinks } from './socials';
import { extractTextEmails } from './textEmails';
import { extractTextPhones } from './textPhones';
import { extractAddresses } from './addresses';
import { extractChinaCompany } from './chinaCompany';
import { deriveDomains } from './derivedDomains';
import type { Candidate, Extractor } from './candidate';

export interface ExtractOptions {
  /** Limit extraction to the rep's selection (a fragment cloned from it). */
  root?: Element | DocumentFragment;
  /** Capture time, for tests. */
  now?: number;
}

/** Warning keys (message keys the capture form shows). */
export const WARNING_EXTRACTOR_FAILED = 'draftWarningExtractorFailed';
export const WARNING_PAGE_TRUNCATED = 'draftWarningPageTruncated';
export { WARNING_BROKEN_JSONLD, WARNING_JSONLD_TOO_LARGE } from './jsonld';
const MAX_WARNINGS = 20;

/** Every source, one file each (issue #3). Order breaks confidence ties: structured data first. */
const EXTRACTORS: readonly Extractor[] = [
  extractJsonLd,
  extractMicrodata,
  extractRdfa,
  extractHCards,
  extractMeta,
  extractContactLinks,
  extractSocialLinks,
  extractTextEmails,
  extractTextPhones,
  extractAddresses,
  extractChinaCompany,
  extractUrlIdentity,
  extractTitleName,
];

/**
 * Page → LeadDraft: runs every extractor on the document (or the selection), merges their
 * candidates into per-field values with source and confidence. Never throws for page content:
 * a failing extractor becomes a warning and the others still run (a broken feature never stops
 * the others). Throws only for a URL that is not http(s), which no draft can describe.
 */
export function extractLead(doc: Document, url: string, options: ExtractOptions = {}): LeadDraft {
  const input = pageInputFor(doc, url, options.root);
  const pageUrl = input.url;

  const candidates: Candidate[] = [];
  const warnings = new Set<string>();
  for (const extractor of EXTRACTORS) {
    try {
      const result = extractor(input);
      for (const candidate of result.candidates) candidates.push(candidate);
      for (const warning of result.warnings) warnings.add(warning);
    } catch {
      // One broken source never stops the others; the rep learns the draft may be incomplete.
      warnings.add(WARNING_EXTRACTOR_FAILED);
    }
  }
  try {
    if (input.index().truncated) warnings.add(WARNING_PAGE_TRUNCATED);
  } catch {
    // the index itself failed: already reported by the extractors that needed it
  }
  for (const candidate of deriveDomains(candidates)) candidates.push(candidate);

  return {
    url: truncate(pageUrl.href, 2_048),
    pageTitle: safePageTitle(doc),
    capturedAt: Math.max(0, Math.floor(options.now ?? Date.now())),
    fields: mergeCandidates(candidates),
    warnings: [...warnings].slice(0, MAX_WARNINGS).map((warning) => truncate(warning, 80)),
  };
}

function safePageTitle(doc: Document): string {
  try {
    return cleanText(doc.title, 500);
  } catch {
    return '';
  }
}
