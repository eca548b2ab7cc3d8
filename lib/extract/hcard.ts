import { cleanText } from './cleanText';
import { describeElement } from './describeElement';
import { queryBounded } from './queryBounded';
import { absoluteHttpUrl } from './absoluteUrl';
import { visibleTextBlocks } from './visibleText';
import { clippedAttribute, MAX_CLASS_CHARS } from './pageIndex';
import { candidatesFromSchema, type SchemaEntity, type SchemaValue } from './schemaOrg';
import { extraction, type Extraction, type PageInput } from './candidate';

/** microformats2 class → classic vCard class, both mapped onto schema.org properties. */
const CARD_PROPERTIES: ReadonlyArray<{ classes: readonly string[]; property: string; kind: 'text' | 'url' | 'email' | 'tel' }> = [
  { classes: ['p-name', 'fn'], property: 'name', kind: 'text' },
  { classes: ['p-org', 'org'], property: 'org', kind: 'text' },
  { classes: ['p-job-title', 'title'], property: 'jobTitle', kind: 'text' },
  { classes: ['p-role', 'role'], property: 'role', kind: 'text' },
  { classes: ['u-url', 'url'], property: 'url', kind: 'url' },
  { classes: ['u-email', 'email'], property: 'email', kind: 'email' },
  { classes: ['p-tel', 'tel'], property: 'telephone', kind: 'tel' },
  { classes: ['u-logo', 'logo'], property: 'logo', kind: 'url' },
  { classes: ['p-note', 'note'], property: 'description', kind: 'text' },
];
const ADDRESS_PROPERTIES: ReadonlyArray<{ classes: readonly string[]; property: string }> = [
  { classes: ['p-street-address', 'street-address'], property: 'streetAddress' },
  { classes: ['p-locality', 'locality'], property: 'addressLocality' },
  { classes: ['p-region', 'region'], property: 'addressRegion' },
  { classes: ['p-postal-code', 'postal-code'], property: 'postalCode' },
  { classes: ['p-country-name', 'country-name'], property: 'addressCountry' },
];
const CARD_ROOT = '.h-card, .vcard';
/** An address element with no parts is a one-line address. */
const ADDRESS_ROOT = ['h-adr', 'p-adr', 'adr'];
const MAX_CARDS = 50;
const MAX_ELEMENTS_PER_CARD = 1_000;
const MAX_NESTED_CARDS = 20;
/** Names that say "company", for cards that give a name but no org. */
const COMPANY_NAME = /\b(inc|ltd|llc|llp|gmbh|corp|corporation|company|co|plc|ag|sa|bv|pty|group|holdings)\b\.?|有限公司|集团|株式会社/i;

/**
 * microformats h-card / h-adr (v2) and classic `vcard`/`adr` class names. A card with an org
 * is the company (and, when the name differs, a person who works there); a card with only a
 * name is a company when the name looks like one.
 */
export function extractHCards(input: PageInput): Extraction {
  const roots: SchemaEntity[] = [];
  for (const card of input.index().hCards.slice(0, MAX_CARDS)) {
    if (input.outOfTime()) break;
    if (card.parentElement?.closest(CARD_ROOT)) continue;
    roots.push(cardEntity(card, input.url));
  }
  return extraction(candidatesFromSchema(roots, { extractor: 'hcard', url: input.url, phoneRegion: input.phoneRegion }));
}

function cardEntity(card: Element, base: URL): SchemaEntity {
  const found = new Map<string, string[]>();
  const address = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, property: string, value: string) => {
    if (!value) return;
    const list = map.get(property) ?? [];
    if (list.length < 5) list.push(value);
    map.set(property, list);
  };
  const elements = [card, ...queryBounded(card, '[class]', MAX_ELEMENTS_PER_CARD)];
  // Cards inside this one (`p-org h-card`): their own properties are theirs, not this card's.
  const nested = queryBounded(card, CARD_ROOT, MAX_NESTED_CARDS);
  for (const element of elements) {
    if (element !== card && nested.some((inner) => inner !== element && inner.contains(element))) continue;
    const classes = new Set((clippedAttribute(element, 'class', MAX_CLASS_CHARS) ?? '').split(/\s+/));
    const nestedCard = element !== card && nested.includes(element);
    for (const rule of CARD_PROPERTIES) {
      if (!rule.classes.some((name) => classes.has(name))) continue;
      add(found, rule.property, nestedCard && rule.kind === 'text' ? nestedCardName(element) : valueOf(element, rule.kind, base));
    }
    for (const rule of ADDRESS_PROPERTIES) {
      if (rule.classes.some((name) => classes.has(name))) add(address, rule.property, textOf(element));
    }
    if (ADDRESS_ROOT.some((name) => classes.has(name)) && element.children.length === 0) add(address, 'streetAddress', textOf(element));
  }
  // microformats2 implied properties: `<a class="h-card" href="…">Acme</a>` names and links itself;
  // `<abbr title>`, `<img alt>` (alone or as the card's only content) name it by attribute.
  if (!found.has('name') && !found.has('org')) add(found, 'name', attributeName(card) || (card.children.length === 0 ? textOf(card) : ''));
  if (!found.has('url') && card.tagName === 'A') add(found, 'url', absoluteHttpUrl(card.getAttribute('href'), base) ?? '');

  const name = found.get('name')?.[0];
  const org = found.get('org')?.[0];
  const element = describeElement(card);
  const addressEntity: SchemaEntity | undefined = address.size > 0 ? entity(['PostalAddress'], address, element) : undefined;
  const organisation = new Map<string, string[]>();
  const orgName = org ?? (name && COMPANY_NAME.test(name) ? name : undefined);
  if (orgName) organisation.set('name', [orgName]);
  for (const property of ['url', 'logo', 'description']) {
    const values = found.get(property);
    if (values) organisation.set(property, values);
  }
  const personName = name && name !== orgName ? name : undefined;
  if (!personName) {
    for (const property of ['telephone', 'email']) {
      const values = found.get(property);
      if (values) organisation.set(property, values);
    }
    const company = entity(['Organization'], organisation, element);
    if (addressEntity) company.props.set('address', [addressEntity]);
    return company;
  }
  const person = new Map<string, string[]>([['name', [personName]]]);
  for (const property of ['jobTitle', 'telephone', 'email', 'url']) {
    const values = found.get(property) ?? (property === 'jobTitle' ? found.get('role') : undefined);
    if (values) person.set(property, values);
  }
  const personEntity = entity(['Person'], person, element);
  const company = entity(['Organization'], organisation, element);
  if (addressEntity) company.props.set('address', [addressEntity]);
  if (organisation.size > 0 || addressEntity) personEntity.props.set('worksFor', [company]);
  return personEntity;
}

/** A nested card's name: its explicit `p-name`/`fn`, else the implied one. */
function nestedCardName(card: Element): string {
  const named = queryBounded(card, '.p-name, .fn', 1)[0];
  return named ? textOf(named) : attributeName(card) || textOf(card);
}

/**
 * microformats2's implied name from attributes: the card's own `alt` (img, area) or `title`
 * (abbr), or that of its only child, or of an image that is its only child's only child.
 */
function attributeName(card: Element): string {
  const own = nameAttribute(card);
  if (own) return own;
  const only = card.children.length === 1 ? card.firstElementChild : null;
  if (!only || only.matches(CARD_ROOT)) return '';
  const child = nameAttribute(only);
  if (child) return child;
  const grandchild = only.children.length === 1 ? only.firstElementChild : null;
  return grandchild && (grandchild.tagName === 'IMG' || grandchild.tagName === 'AREA') ? nameAttribute(grandchild) : '';
}

function nameAttribute(element: Element): string {
  const tag = element.tagName;
  if (tag === 'IMG' || tag === 'AREA') return cleanText(clippedAttribute(element, 'alt', 1_000), 300);
  if (tag === 'ABBR') return cleanText(clippedAttribute(element, 'title', 1_000), 300);
  return '';
}

function entity(types: string[], values: Map<string, string[]>, element: string | undefined): SchemaEntity {
  const props = new Map<string, SchemaValue[]>();
  for (const [key, list] of values) props.set(key, [...list]);
  return { types, props, element };
}

function valueOf(element: Element, kind: 'text' | 'url' | 'email' | 'tel', base: URL): string {
  const href = element.getAttribute('href') ?? '';
  if (kind === 'email' && /^mailto:/i.test(href)) return cleanText(href.slice(7).split('?')[0], 300);
  if (kind === 'tel' && /^tel:/i.test(href)) return cleanText(href.slice(4), 80);
  if (kind === 'url' || kind === 'email') {
    const link = element.getAttribute('href') ?? element.getAttribute('src');
    const url = link ? absoluteHttpUrl(link, base) : null;
    if (url && kind === 'url') return url;
  }
  const value = element.getAttribute('value') ?? (element.tagName === 'ABBR' ? element.getAttribute('title') : null);
  if (value) return cleanText(value, 300);
  // Classic vCard writes typed values as `<span class="tel"><span class="type">work</span> <span class="value">…</span></span>`.
  let valueChild: Element | null = null;
  for (let child = element.firstElementChild; child && !valueChild; child = child.nextElementSibling) {
    if ((clippedAttribute(child, 'class', MAX_CLASS_CHARS) ?? '').split(/\s+/).includes('value')) valueChild = child;
  }
  return textOf(valueChild ?? element);
}

function textOf(element: Element): string {
  return cleanText(
    visibleTextBlocks(element, { maxChars: 1_000, maxNodes: 200 })
      .map((block) => block.text.replace(/\n/g, ', '))
      .join(' '),
    500,
  );
}
