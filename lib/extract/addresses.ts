import { describeElement } from './describeElement';
import { cleanText, trimChars } from './cleanText';
import { visibleTextBlocks } from './visibleText';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';
import type { TextBlock } from './pageIndex';
import { parentOf } from './contactContext';

const MAX_CANDIDATES = 20;
const MAX_ADDRESS_ELEMENTS = 50;

/**
 * `Address: …`, `地址：…`, `Adresse : …`: the label; the rest of its line (up to 200 characters)
 * is the address. A Latin label must end there: "Addresses:" is a heading, not `Addr` + "esses:".
 * The value is taken by index, not by the pattern: a bounded capture after a label is a
 * backtracking trap on long lines.
 */
const ADDRESS_LABEL =
  /(?:^|\s)(?:(?:(?:postal |mailing |office |head office |registered )?address|addr|add|adresse|anschrift|indirizzo|dirección)(?![a-zà-ÿ0-9])|公司地址|办公地址|注册地址|联系地址|通讯地址|总部地址|地址|地 址|住所|所在地) ?(?:[:：] ?)?(?=[^\s|·•])/gi;
/** Cheap pre-test for ADDRESS_LABEL, which tries every alternative at every space. */
const ADDRESS_LABEL_WORD = /add|anschrift|indirizzo|dirección|地址|地 址|住所|所在地/i;
/**
 * On real pages most Latin "address"/"add" words are not labels: "Add your comment", "Add to
 * Business Exchange", "we need to address…", "Email address: …". So a Latin label needs its colon,
 * or must open its block (a label cell: `Address | 12 Main St`) with a value holding a number;
 * the short forms `add`/`addr` always need the colon; an e-mail, web or IP address is no postal one.
 */
const LATIN_LABEL = /^\s?[a-zà-ÿ]/i;
const SHORT_LABEL = /^\s?addr?\b/i;
const NOT_POSTAL_LABEL_BEFORE = /(?:e-?mail|ip|web|url|mac|wallet)\s?$/i;
const NOT_POSTAL_VALUE = /@|^\/|https?:/;
const LABELLED_MIN = 6;
const LABELLED_MAX = 200;
/** Where a labelled address runs into the next item of a one-line footer. */
const NEXT_ITEM = /\s(?:\S*ICP[备证]|电话|传真|邮箱|手机|邮编|网址|统一社会|信用代码|tel\b|phone\b|fax\b|e-?mail\b|copyright|©)/i;
/**
 * A US/UK/CA-style street line followed within the block by a ZIP or postcode. Blocks have single
 * spaces (the page index collapses every run), so `\s` is one white-space character.
 */
const STREET_WITH_CODE_US_UK =
  /\b\d{1,6}[A-Za-z]?\s(?:[A-Z0-9][\w.'’-]*\s){0,5}(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Square|Sq|Highway|Hwy|Terrace|Row|Plaza|Circle|Broadway|Building|Centre|Center|Wharf|Quay)\b\.?[^\n·|•]{0,60}?(?:\n[^\n]{0,80}){0,3}?(?:\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}\b)/g;
/**
 * Looser patterns, each closed by a postcode (a US state and ZIP, a UK or a Canadian code). A part
 * of a name is a capitalised word with no space or comma inside: words are single-spaced and
 * parts end at a comma or line break, so where each part ends is fixed and the patterns stay linear.
 *
 * A numbered street without a street word, then the town and postcode: `28-29 Haymarket, London
 * SW1Y 4RX` (its building, `Haymarket House, `, is read before it by BUILDING_BEFORE).
 */
const NUMBERED_STREET_TOWN_CODE =
  /\b\d{1,5}(?:[-–]\d{1,5})?[A-Za-z]? (?:[A-Z][\w'’.\-]* ){0,3}[A-Z][\w'’.\-]*, (?:[A-Z][\w'’.\-]* ){0,2}[A-Z][\w'’.\-]*,? (?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/g;
/**
 * A line that is a street with its street word but no number (`South Front Street,`), then one or
 * two town or region lines and the postcode: a footer's address block, one part per line. It must
 * start its line: in running text such words are a place named in passing.
 */
const UNNUMBERED_STREET_LINES =
  /(?<![^\n])(?:[A-Z][\w'’.\-]* ){0,3}[A-Z][\w'’.\-]* (?:Street|Avenue|Road|Boulevard|Drive|Lane|Way|Place|Parkway|Square|Terrace|Plaza|Row)\.?(?:,? ?\n[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}){1,2},?[\n ](?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/g;
/**
 * The building named right before a numbered street, matched on the few characters before it only:
 * searched for across a whole line, a long word would be rescanned from each of its capitals.
 */
const BUILDING_BEFORE = /(?:^|[\s,])([A-Z][\w'’.\-]{0,30} (?:House|Building|Tower|Court|Centre|Center|Chambers|Hall|Plaza), )$/;
const BUILDING_CONTEXT_CHARS = 48;
/** A town line ending in a postcode: the second half of a street address a page split over two blocks. */
const TOWN_CODE_LINE = /^(?:[A-Z][\w'’.\-]* ){0,2}[A-Z][\w'’.\-]*,? (?:(?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b|\d{5})$|^\d{5} [A-Z][\w'’.\-]*$/;
/** Blocks this short may be one line of an address split over sibling blocks. */
const ADDRESS_LINE_MAX = 80;
const POSTCODE_US_UK_CA_AU = /\b(?:[A-Z]{2}\s\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4})\b/;
const POSTCODE_FIVE_DIGITS = /\b\d{5}\s[A-ZÄÖÜÉ]/;
/** German-style `Hauptstraße 5, 10115 Berlin` (also `<br>` between street and town); starts at a word's start. */
const STREET_WITH_CODE_DE =
  /(?<![\wäöüßÄÖÜ.\-])[A-ZÄÖÜ][\wäöüß.\-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s\d{1,5}(?: ?[a-z])? ?(?:,[ \n]?|\n)\d{5}\s[A-ZÄÖÜ][\wäöüß\-]+/g;
/** French-style `12 rue de la Paix, 75002 Paris` (a street name without digits: they would run into the postcode). */
const STREET_WITH_CODE_FR =
  /\b\d{1,4}(?: ?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|quai|chemin|allée|impasse|route|cours)\s[^\n,\d]{2,50},? ?\d{5}\s[A-ZÉ][\wéèêàçô\-]+/gi;
/** Japanese `〒105-0011 東京都港区芝公園4-2-8`: the prefecture, then the rest (cut to 40 characters by code). */
const JAPANESE_ADDRESS = /((?:〒 ?\d{3}-\d{4} ?)?(?:東京都|北海道|京都府|大阪府|[\u4e00-\u9fff]{2,3}県))([\u4e00-\u9fff\u3040-\u30ff\d０-９\-－ー]+)/g;
const JAPANESE_REST_MIN = 3;
const JAPANESE_REST_MAX = 40;
/** Chinese addresses start at a province-level name or a major city … */
const CHINESE_ADDRESS_START =
  /(?:中国)?(?:(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?|(?:深圳|广州|杭州|南京|苏州|成都|武汉|西安|厦门|青岛|宁波|大连|无锡|东莞|佛山|合肥|长沙|郑州|济南|沈阳|福州|珠海|昆明)市)/g;
/** … and end at a number or building, within CHINESE_REST_MAX characters (matched on that slice only). */
const CHINESE_ADDRESS_REST =
  /^[\u4e00-\u9fff\dA-Za-z\-－—（）()#、]{2,60}(?:\d+号(?:院|楼)?(?:[\u4e00-\u9fff\dA-Za-z\-（）()]{0,20}(?:楼|层|室|座|单元))?|大厦(?:[\dA-Za-z\-]{0,8}(?:楼|层|室|座))?|\d+(?:楼|层|室))/;
const CHINESE_REST_MAX = 100;
/** Lines inside <address> that are not the postal address. */
const NOT_POSTAL = /@|https?:|www\.|^(?:tel|phone|fax|email|e-mail|mobile|电话|传真|邮箱|手机)\b|^[+\d\s().\-]{7,}$/i;

/**
 * Postal addresses in the visible text: `<address>` elements, labelled lines, English street
 * lines ending in a ZIP/postcode, and Chinese province-to-building addresses. Contact blocks and
 * footers rank higher: they hold the company's own address rather than, say, an event venue.
 */
export function extractAddresses(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  const push = (value: string, confidence: number, where: Element | null) => {
    const lines = value.split('\n').map((line) => line.trim());
    const address = trimChars(cleanText(lines.join(', ').replace(/, ?,/g, ','), 500), ',，;； ', ',，;；。. ');
    if (address.length >= 6 && candidates.length < MAX_CANDIDATES) {
      candidates.push({ field: 'address', value: address, confidence, extractor: 'addresses', element: describeElement(where) });
    }
  };

  for (const element of input.index().addressElements.slice(0, MAX_ADDRESS_ELEMENTS)) {
    const lines = postalLines(visibleLines(element));
    if (lines.length > 0 && lines.length <= 6) push(lines.join('\n'), 0.65, element);
  }

  let previous: TextBlock | null = null;
  for (const block of input.textBlocks()) {
    if (candidates.length >= MAX_CANDIDATES || input.outOfTime()) break;
    const text = block.text;
    // A block in a contact block or footer ranks higher; asked only of blocks that hold an address.
    let bonus: number | undefined;
    const rank = (base: number) => base + (bonus ??= block.element && input.context.contact(block.element) ? 0.1 : 0);
    const before = previous;
    previous = block;
    const found = candidates.length;
    if (ADDRESS_LABEL_WORD.test(text)) {
      for (const match of text.matchAll(ADDRESS_LABEL)) {
        const value = labelledValue(text, match.index + match[0].length);
        if (value && postalLabel(text, match.index, match[0], value)) push(value, rank(0.65), block.element);
      }
    }
    if (/\d/.test(text)) {
      // Cheap postcode tests first: the street patterns backtrack, and most blocks have no address.
      if (POSTCODE_US_UK_CA_AU.test(text)) {
        for (const match of text.matchAll(STREET_WITH_CODE_US_UK)) push(match[0], rank(0.5), block.element);
        // Below the street patterns: a page's own address and a structured one win over these.
        if (candidates.length === found) {
          for (const match of text.matchAll(NUMBERED_STREET_TOWN_CODE)) {
            const building = BUILDING_BEFORE.exec(text.slice(Math.max(0, match.index - BUILDING_CONTEXT_CHARS), match.index));
            push((building?.[1] ?? '') + match[0], rank(0.45), block.element);
          }
          for (const match of text.matchAll(UNNUMBERED_STREET_LINES)) push(match[0], rank(0.45), block.element);
        }
      }
      if (POSTCODE_FIVE_DIGITS.test(text)) {
        for (const pattern of [STREET_WITH_CODE_DE, STREET_WITH_CODE_FR]) for (const match of text.matchAll(pattern)) push(match[0], rank(0.5), block.element);
      }
      if (/[都道府県]/.test(text)) {
        for (const match of text.matchAll(JAPANESE_ADDRESS)) {
          if (match[2]!.length >= JAPANESE_REST_MIN) push(match[1]! + match[2]!.slice(0, JAPANESE_REST_MAX), rank(0.5), block.element);
        }
      }
    }
    if (/[省市京津沪渝港澳]/.test(text)) for (const address of chineseAddresses(text)) push(address, rank(0.5), block.element);
    if (candidates.length === found && before) {
      const split = splitStreetAddress(before, block);
      if (split) push(split, rank(0.45), block.element);
    }
  }
  return extraction(candidates);
}

/**
 * A street line and its town line in two sibling blocks (`<p>425 Portland Av. S.</p><p>Minneapolis,
 * MN 55488</p>`): read as one, with the street patterns, when the second is a town and postcode.
 */
function splitStreetAddress(street: TextBlock, town: TextBlock): string | null {
  if (street.text.length > ADDRESS_LINE_MAX || town.text.length > ADDRESS_LINE_MAX || !TOWN_CODE_LINE.test(town.text)) return null;
  if (!street.element || !town.element || parentOf(street.element) !== parentOf(town.element)) return null;
  const joined = `${street.text}\n${town.text}`;
  for (const pattern of [STREET_WITH_CODE_US_UK, STREET_WITH_CODE_DE, STREET_WITH_CODE_FR]) {
    for (const match of joined.matchAll(pattern)) if (match.index < street.text.length && match.index + match[0].length > street.text.length) return match[0];
  }
  return null;
}

/** Whether a label match (see LATIN_LABEL) introduces a postal address. */
function postalLabel(text: string, at: number, label: string, value: string): boolean {
  if (!LATIN_LABEL.test(label)) return true;
  if (NOT_POSTAL_VALUE.test(value) || NOT_POSTAL_LABEL_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  if (/[:：]/.test(label)) return true;
  return at === 0 && !SHORT_LABEL.test(label) && /\d/.test(value);
}

/** The rest of a labelled line, up to the next footer item: null when too short to be an address. */
function labelledValue(text: string, from: number): string | null {
  const limit = Math.min(text.length, from + LABELLED_MAX);
  let end = from;
  while (end < limit && !'\n|·•'.includes(text[end]!)) end += 1;
  if (end - from < LABELLED_MIN) return null;
  const value = text.slice(from, end);
  const next = NEXT_ITEM.exec(value);
  return next ? value.slice(0, next.index) : value;
}

/** Province-or-city starts, each read on to its number or building within a bounded slice. */
function chineseAddresses(text: string): string[] {
  const found: string[] = [];
  const starts = CHINESE_ADDRESS_START;
  starts.lastIndex = 0;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const restFrom = match.index + match[0].length;
    const rest = CHINESE_ADDRESS_REST.exec(text.slice(restFrom, restFrom + CHINESE_REST_MAX));
    if (!rest) continue;
    found.push(match[0] + rest[0]);
    starts.lastIndex = restFrom + rest[0].length;
  }
  return found;
}

/**
 * The postal part of an `<address>`: without email/phone/web lines, and without the leading
 * name lines (an address starts at its first line with a number: street, unit or building).
 */
function postalLines(lines: string[]): string[] {
  const postal = lines.filter((line) => !NOT_POSTAL.test(line));
  const start = postal.findIndex((line) => /\d/.test(line));
  return start < 0 ? [] : postal.slice(start);
}

/** Text lines of a small element: `<br>` and block children break lines. */
function visibleLines(element: Element): string[] {
  return visibleTextBlocks(element, { maxChars: 2_000, maxNodes: 500 })
    .flatMap((block) => block.text.split('\n'))
    .map((text) => cleanText(text, 200))
    .filter(Boolean)
    .slice(0, 20);
}
