import { findPhoneNumbersInText, Metadata } from 'libphonenumber-js/max';
import type { CountryCode } from '../match/phone';
import { parsePhone } from '../match/phone';
import { describeElement } from './describeElement';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';
import { blockPieces, type TextBlock } from './pageIndex';

/** A label right before the number: `Tel:`, `T.`, `Call us at`, `电话：`, `服务热线`. */
const PHONE_LABEL = /(?:(?:^|[^a-z])(?:tel|telephone|phone|call(?: us)?(?: at| on)?|mobile|hotline|cell|ph|t|p|m)|电话|热线|手机|联系|座机|客服|咨询|总机|服务|销售)\s*[.:：]?\s*[+(（]?$/i;
const FAX_LABEL = /(?:(?:^|[^a-z])(?:telefax|fax|f)|传真)\s*[.:：]?\s*[+(（]?$/i;
/** "Tel/Fax:" is a phone too; "Telefax" is not. */
const ALSO_PHONE = /(?:^|[^a-z])(?:tel|phone)(?![a-z])|电话/i;
/** Filing and registration numbers look like phone numbers to a parser: `京ICP备16001234号`. */
/**
 * Conference-call numbers in press releases ("U.S. Dial-In Number: +1 866 …", "Replay Dial-In
 * Number: …"): a line for one call's listeners, not a way to reach the company.
 */
const DIAL_IN_BEFORE = /dial[- ]?in(?: numbers?)?(?: ?[.:：])? ?[+(（]?$/i;
const DIAL_IN_CONTEXT_CHARS = 24;
const FILING_BEFORE = /(?:ICP[备证]|公网安备|备案号?|注册号|HRB|SIRET|VAT|ISBN)\s*[:：]?\s*$/i;
const FILING_AFTER = /^\s*号/;
const CJK = /[\u3400-\u9fff]/;
/**
 * Digits in thousands groups (`3 374 433 548`, `66,971,411`): populations, amounts. Spaces in a
 * block are single already. Some national numbers are written 3-3-3 too, so three groups only
 * count as a number in a table, four or more anywhere, and never after a phone label or a `+`.
 */
const THOUSANDS_GROUPED = /^\d{1,3}(?:(?: \d{3}){2,}|(?:,\d{3}){2,}|(?:\.\d{3}){2,})$/;
const TABLE_TAGS: ReadonlySet<string> = new Set(['TABLE', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION']);
const ENOUGH_DIGITS = /(?:\d\D{0,3}){7}/;
/**
 * A phone number is seven or more digits joined only by spaces and punctuation, never by letters:
 * long articles have many windows whose digits are dates, scores and prices spread through
 * words, and the parser, the costliest step on them, need not read those. (The character classes
 * are disjoint, so this runs in linear time.)
 */
const DIGIT_RUN = /\d(?:[\s().\-\/+\u00a0\u2010-\u2015]{0,4}\d){6}/;
/**
 * A run of digits as a parser could read it as one number: digits (ASCII or full-width) joined by
 * up to four characters that are neither letters nor digits. Wider than what a phone number may
 * contain, so it never splits one. (Digits and joiners are disjoint: linear.)
 */
const NUMBER_RUN = /[\d０-９](?:[^\dA-Za-z０-９\n]{0,4}[\d０-９])*/g;
const DIGIT = /[\d０-９]/g;
const MAX_CANDIDATES = 50;
const MAX_WINDOW_CHARS = 1_000;

/**
 * Phone numbers in the visible text, international or national, validated with libphonenumber
 * (full metadata) and output as E.164. National numbers use the page's region; a block written
 * in Chinese uses CN, which covers 400/800 hotlines, mobiles and landlines on Chinese pages.
 * Numbers labelled as fax are left out.
 */
export function extractTextPhones(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  for (const block of input.textBlocks()) {
    if (candidates.length >= MAX_CANDIDATES || input.outOfTime()) break;
    if (!ENOUGH_DIGITS.test(block.text)) continue;
    // The parser's cost grows with digits per call: read long blocks in windows, asking the clock between them.
    for (const text of blockPieces(block.text, MAX_WINDOW_CHARS)) {
      if (candidates.length >= MAX_CANDIDATES || input.outOfTime()) break;
      phonesInWindow(text, block, input, candidates);
    }
  }
  return extraction(candidates.slice(0, MAX_CANDIDATES));
}

function phonesInWindow(text: string, block: TextBlock, input: PageInput, candidates: Candidate[]): void {
  if (!ENOUGH_DIGITS.test(text) || !DIGIT_RUN.test(text)) return;
  const region = regionFor(text, input.phoneRegion);
  if (!mayHoldNumber(text, region)) return;
  let found;
  try {
    found = findPhoneNumbersInText(text, { defaultCountry: region });
  } catch {
    return;
  }
  if (found.length === 0) return;
  const contact = block.element ? input.context.contact(block.element) : false;
  const sidebar = block.element ? input.context.sidebar(block.element) : false;
  for (const match of found) {
    if (isPartOfLongerCode(text, match.startsAt, match.endsAt)) continue;
    const before = text.slice(Math.max(0, match.startsAt - 12), match.startsAt).trimEnd();
    if (FAX_LABEL.test(before) && !ALSO_PHONE.test(before)) continue;
    if (FILING_BEFORE.test(before) || FILING_AFTER.test(text.slice(match.endsAt, match.endsAt + 3))) continue;
    if (DIAL_IN_BEFORE.test(text.slice(Math.max(0, match.startsAt - DIAL_IN_CONTEXT_CHARS), match.startsAt).trimEnd())) continue;
    const written = text.slice(match.startsAt, match.endsAt);
    const labelled = PHONE_LABEL.test(before);
    if (!labelled && isGroupedNumber(written, block.element)) continue;
    const parsed = parsePhone(match.number.number, region);
    if (!parsed) continue;
    const confidence =
      0.5 + (labelled ? 0.15 : 0) + (contact ? 0.1 : 0) + (written.trimStart().startsWith('+') ? 0.05 : 0) - (sidebar ? 0.2 : 0);
    candidates.push({
      field: 'phone',
      value: parsed.e164,
      confidence,
      extractor: 'textPhones',
      element: describeElement(block.element),
      kind: parsed.kind,
    });
  }
}

/**
 * Whether any run of digits in the window is long enough to be a number of `region` (or follows a
 * `+`). The parser takes most of a millisecond to turn down a window of comment ids and dates
 * ("1117340", "9/19/2010") that no national number of the region is short enough to be; without
 * a region only international numbers parse.
 */
function mayHoldNumber(text: string, region: CountryCode | undefined): boolean {
  const shortest = shortestNational(region);
  for (const run of text.matchAll(NUMBER_RUN)) {
    if (text[run.index - 1] === '+' || text[run.index - 1] === '＋') return true;
    if (run[0].match(DIGIT)!.length >= shortest) return true;
  }
  return false;
}

const shortestByRegion = new Map<string, number>();

/** The fewest digits a national number of `region` has (Infinity without a region). */
function shortestNational(region: CountryCode | undefined): number {
  if (!region) return Infinity;
  let shortest = shortestByRegion.get(region);
  if (shortest === undefined) {
    try {
      const metadata = new Metadata();
      metadata.selectNumberingPlan(region);
      shortest = Math.min(...(metadata.numberingPlan?.possibleLengths() ?? [1]));
    } catch {
      shortest = 1; // unknown to the metadata: leave every window to the parser
    }
    shortestByRegion.set(region, shortest);
  }
  return shortest;
}

/** Regions whose pages are written in CJK scripts themselves: their own region stands. */
const CJK_REGIONS: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO', 'SG', 'JP', 'KR']);

function regionFor(text: string, pageRegion: CountryCode | undefined): CountryCode | undefined {
  if (pageRegion && CJK_REGIONS.has(pageRegion)) return pageRegion;
  return CJK.test(text) ? 'CN' : pageRegion;
}

/** A big number written in thousands groups, not a phone (see THOUSANDS_GROUPED). */
function isGroupedNumber(written: string, element: Element | null): boolean {
  const text = written.trim();
  if (!THOUSANDS_GROUPED.test(text)) return false;
  const groups = text.split(/[ ,.]/).length;
  return groups >= 4 || (element !== null && TABLE_TAGS.has(element.tagName));
}

/** Digits glued to letters or more digits are a code (credit code, order number), not a phone. */
function isPartOfLongerCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return /[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after);
}
