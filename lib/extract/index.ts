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
import { deadline, type Clock } from './deadline';

export interface ExtractOptions {
  /** Limit extraction to the rep's selection (a fragment cloned from it). */
  root?: Element | DocumentFragment;
  /** Capture time, for tests. */
  now?: number;
  /** The clock the time limit reads (tests drive it; the page's monotonic clock otherwise). */
  clock?: Clock;
}

/** Warning keys (message keys the capture form shows). */
export const WARNING_EXTRACTOR_FAILED = 'draftWarningExtractorFailed';
export const WARNING_PAGE_TRUNCATED = 'draftWarningPageTruncated';
/** Some step ran out of its share of the capture's time and returned what it had found. */
export const WARNING_TIME_LIMIT = 'draftWarningTimeLimit';
export { WARNING_BROKEN_JSONLD, WARNING_JSONLD_TOO_LARGE } from './jsonld';
const MAX_WARNINGS = 20;

/**
 * Every source, one file each (issue #3). Order breaks confidence ties: structured data first.
 * `endMs` is when each step must be done, counted from the start of the capture (out of
 * EXTRACTION_BUDGET_MS): the page walk gets the most, then the text readers, which do the most
 * work per block. A step that finishes early leaves its time to the later ones.
 */
const INDEX_END_MS = 100;
const EXTRACTORS: ReadonlyArray<{ run: Extractor; endMs: number }> = [
  { run: extractJsonLd, endMs: 115 },
  { run: extractMicrodata, endMs: 125 },
  { run: extractRdfa, endMs: 135 },
  { run: extractHCards, endMs: 150 },
  { run: extractMeta, endMs: 155 },
  { run: extractContactLinks, endMs: 170 },
  { run: extractSocialLinks, endMs: 180 },
  { run: extractTextEmails, endMs: 200 },
  { run: extractTextPhones, endMs: 225 },
  { run: extractAddresses, endMs: 240 },
  { run: extractChinaCompany, endMs: 248 },
  { run: extractUrlIdentity, endMs: 250 },
  { run: extractTitleName, endMs: 250 },
];

/**
 * Page → LeadDraft: runs every extractor on the document (or the selection), merges their
 * candidates into per-field values with source and confidence, within EXTRACTION_BUDGET_MS of
 * main-thread time (each step stops at its share and keeps what it found). Never throws for page content:
 * a failing extractor becomes a warning and the others still run (a broken feature never stops
 * the others). Throws only for a URL that is not http(s), which no draft can describe.
 */
export function extractLead(doc: Document, url: string, options: ExtractOptions = {}): LeadDraft {
  const limit = deadline(options.clock);
  const input = pageInputFor(doc, url, options.root, limit);
  const pageUrl = input.url;

  const candidates: Candidate[] = [];
  const warnings = new Set<string>();
  limit.step(INDEX_END_MS);
  try {
    input.index();
  } catch {
    // reported by each extractor that needs the index
  }
  for (const { run, endMs } of EXTRACTORS) {
    limit.step(endMs);
    try {
      const result = run(input);
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
  if (limit.hit) warnings.add(WARNING_TIME_LIMIT);
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
