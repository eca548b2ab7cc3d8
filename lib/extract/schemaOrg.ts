import type { CountryCode } from '../match/phone';
import type { Candidate } from './candidate';
import { cleanText } from './cleanText';
import { emailValue } from './emailValue';
import { emailPreference } from './emailPreference';
import { accountDomainFor } from '../match/domain';
import { phoneValue } from './phoneValue';
import { absoluteHttpUrl } from './absoluteUrl';
import { socialProfileFor } from './socialProfile';
import { isValidCreditCode } from './creditCode';

/**
 * One schema.org thing, whatever syntax carried it (JSON-LD, microdata, RDFa Lite): the three
 * readers build these trees and one emitter turns them into candidates, so the vocabulary rules
 * live in one place.
 */
export interface SchemaEntity {
  types: string[];
  props: Map<string, SchemaValue[]>;
  /** Where it was found, for provenance. */
  element: string | undefined;
}
export type SchemaValue = string | SchemaEntity;

export interface SchemaContext {
  extractor: string;
  url: URL;
  phoneRegion: CountryCode | undefined;
}

/** `http://schema.org/Organization`, `schema:Organization` → `Organization`. */
export function schemaTerm(raw: string): string {
  const text = raw.trim();
  const cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf('#'), text.lastIndexOf(':'));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

const ORGANIZATION_TYPES = new Set([
  'Organization', 'Corporation', 'LocalBusiness', 'NGO', 'OnlineBusiness', 'OnlineStore', 'Airline', 'Consortium',
  'FundingScheme', 'LibrarySystem', 'Project', 'ResearchProject', 'WorkersUnion', 'Dentist', 'Physician', 'Attorney',
  'Notary', 'Bakery', 'Brewery', 'CafeOrCoffeeShop', 'Winery', 'Hospital', 'Pharmacy', 'Library', 'Campground',
  'Hostel', 'Motel', 'Resort', 'BedAndBreakfast', 'Electrician', 'Plumber', 'Locksmith', 'RoofingContractor',
  'Dealer', 'AutoDealer', 'AutoRepair', 'Optician', 'Preschool', 'School', 'CollegeOrUniversity', 'Manufacturer',
]);
/** Most LocalBusiness and Organization subtypes end in one of these words. */
const ORGANIZATION_SUFFIX = /(Organization|Organisation|Business|Corporation|Company|Store|Service|Agency|Restaurant|Hotel|Office|Shop|Center|Centre|Clinic|Firm|Studio)$/;

type EntityKind = 'organization' | 'person' | 'contactPoint' | 'address' | 'website' | 'place' | 'other';

function kindOf(entity: SchemaEntity, via: string | undefined): EntityKind {
  for (const type of entity.types) {
    if (ORGANIZATION_TYPES.has(type) || ORGANIZATION_SUFFIX.test(type)) return 'organization';
    if (type === 'Person') return 'person';
    if (type === 'ContactPoint' || type === 'PostalContactPoint') return 'contactPoint';
    if (type === 'PostalAddress') return 'address';
    if (type === 'WebSite') return 'website';
    if (type === 'Place') return 'place';
  }
  if (entity.types.length > 0) return 'other';
  // Untyped nested objects are common in hand-written JSON-LD: the property says what they are.
  if (via === 'address') return 'address';
  if (via === 'contactPoint') return 'contactPoint';
  return 'other';
}

/** How much of its parent's standing a nested thing keeps, by the property that holds it. */
const PROPERTY_WEIGHT: Readonly<Record<string, number>> = {
  address: 1, contactPoint: 1, location: 0.9, mainEntity: 1, mainEntityOfPage: 0.9, about: 0.9, publisher: 0.9,
  provider: 0.85, itemListElement: 0.8, item: 1, employee: 0.9, founder: 0.8, worksFor: 0.9, author: 0.7,
  parentOrganization: 0.5, subOrganization: 0.5, brand: 0.5, member: 0.6, memberOf: 0.4, alumniOf: 0.3, sponsor: 0.4,
};

const MAX_EMIT_NODES = 2_000;
const MAX_VALUES_PER_PROPERTY = 5;

/** Candidates from schema.org trees, nearest-the-top things trusted most. Bounded walk. */
export function candidatesFromSchema(roots: SchemaEntity[], context: SchemaContext): Candidate[] {
  const candidates: Candidate[] = [];
  const stack: Array<{ entity: SchemaEntity; weight: number; via: string | undefined }> = [];
  for (let index = roots.length - 1; index >= 0; index -= 1) stack.push({ entity: roots[index]!, weight: 1, via: undefined });
  let visited = 0;
  while (stack.length > 0 && visited < MAX_EMIT_NODES) {
    const { entity, weight, via } = stack.pop()!;
    visited += 1;
    emitEntity(entity, kindOf(entity, via), weight, context, candidates);
    const children: typeof stack = [];
    for (const [property, values] of entity.props) {
      const childWeight = weight * (PROPERTY_WEIGHT[property] ?? 0.6);
      if (childWeight < 0.2) continue;
      for (const value of values) if (typeof value !== 'string') children.push({ entity: value, weight: childWeight, via: property });
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
  return candidates;
}

function emitEntity(entity: SchemaEntity, kind: EntityKind, weight: number, context: SchemaContext, out: Candidate[]): void {
  const add = (field: Candidate['field'], value: string | null, confidence: number, kindLabel?: string) => {
    if (value) out.push({ field, value, confidence: round(confidence * weight), extractor: context.extractor, element: entity.element, kind: kindLabel });
  };
  const texts = (property: string, max = 200) => textsOf(entity, property).map((text) => cleanText(text, max)).filter(Boolean);
  const phones = (confidence: number, kindLabel?: string) => {
    for (const raw of texts('telephone', 80)) {
      const phone = phoneValue(raw, context.phoneRegion, true);
      if (phone) add('phone', phone.value, phone.valid ? confidence : confidence * 0.6, kindLabel ?? phone.kind);
    }
  };
  // The same mailbox preference as links and text: it is about the address, not where it was found.
  const emails = (confidence: number) => {
    for (const raw of texts('email', 300)) {
      const email = emailValue(raw);
      if (email) add('email', email, confidence + emailPreference(email, accountDomainFor(context.url.href)));
    }
  };

  switch (kind) {
    case 'organization': {
      const names = texts('name');
      names.forEach((name, index) => add('name', name, index === 0 ? 0.9 : 0.6));
      for (const name of texts('alternateName')) add('name', name, 0.5);
      for (const name of texts('legalName')) add('legalName', name, 0.9);
      phones(0.85);
      emails(0.9);
      for (const address of texts('address', 500)) add('address', address, 0.8);
      for (const url of texts('url', 2_000)) add('website', websiteOf(url, context.url), 0.85);
      for (const logo of urlsOf(entity, 'logo', context.url)) add('logo', logo, 0.85);
      for (const description of texts('description', 2_000)) add('description', description, 0.75);
      for (const same of texts('sameAs', 2_000)) {
        const profile = socialProfileFor(same);
        if (profile) add('socials', profile.url, 0.85, profile.network);
      }
      for (const id of [...texts('taxID', 40), ...texts('vatID', 40), ...texts('identifier', 40)]) {
        if (isValidCreditCode(id)) add('creditCode', id.toUpperCase(), 0.9);
      }
      return;
    }
    case 'person': {
      for (const name of texts('name')) add('personName', name, 0.6);
      for (const title of texts('jobTitle')) add('title', title, 0.7);
      phones(0.6);
      emails(0.65);
      for (const same of texts('sameAs', 2_000)) {
        const profile = socialProfileFor(same);
        if (profile) add('socials', profile.url, 0.4, profile.network);
      }
      // A person's own page keeps its path: the site's origin says nothing about the person.
      for (const raw of texts('url', 2_000)) {
        const url = absoluteHttpUrl(raw, context.url);
        const profile = url ? socialProfileFor(url) : null;
        if (url) add('socials', profile?.url ?? url, 0.35, profile?.network ?? 'profile');
      }
      return;
    }
    case 'contactPoint': {
      const contactType = cleanText(textsOf(entity, 'contactType')[0] ?? '', 40) || undefined;
      phones(0.85, contactType);
      emails(0.85);
      return;
    }
    case 'address': {
      add('address', formatAddress(entity), 0.85);
      return;
    }
    case 'website': {
      for (const name of texts('name')) add('name', name, 0.6);
      for (const url of texts('url', 2_000)) add('website', websiteOf(url, context.url), 0.6);
      return;
    }
    case 'place': {
      phones(0.6);
      for (const address of texts('address', 500)) add('address', address, 0.6);
      return;
    }
    case 'other':
      return;
  }
}

/** String values of a property; `ImageObject`-style entities give their `url`/`name` instead. */
export function textsOf(entity: SchemaEntity, property: string): string[] {
  const values = entity.props.get(property) ?? [];
  const texts: string[] = [];
  for (const value of values) {
    if (texts.length >= MAX_VALUES_PER_PROPERTY) break;
    if (typeof value === 'string') texts.push(value);
    else {
      const inner = value.props.get('name')?.[0] ?? value.props.get('url')?.[0];
      if (typeof inner === 'string' && !['address', 'contactPoint'].includes(property)) texts.push(inner);
    }
  }
  return texts;
}

function urlsOf(entity: SchemaEntity, property: string, base: URL): string[] {
  const urls: string[] = [];
  for (const value of (entity.props.get(property) ?? []).slice(0, MAX_VALUES_PER_PROPERTY)) {
    const raw = typeof value === 'string' ? value : (value.props.get('url')?.[0] ?? value.props.get('contentUrl')?.[0]);
    const url = typeof raw === 'string' ? absoluteHttpUrl(raw, base) : null;
    if (url) urls.push(url);
  }
  return urls;
}

/** A company's website as an origin (`https://acme.com`): the page path is not the site. */
function websiteOf(raw: string, base: URL): string | null {
  const url = absoluteHttpUrl(raw, base);
  return url ? new URL(url).origin : null;
}

const CJK = /[\u3400-\u9fff]/;

/** One display line from a PostalAddress, in the order the country writes addresses. */
export function formatAddress(entity: SchemaEntity): string | null {
  const part = (property: string) => cleanText(textsOf(entity, property)[0] ?? '', 200);
  const street = part('streetAddress');
  const locality = part('addressLocality');
  const region = part('addressRegion');
  const postalCode = part('postalCode');
  const country = part('addressCountry');
  const contains = (outer: string, inner: string) => inner !== '' && outer.includes(inner);
  if (CJK.test(street + locality + region)) {
    // Chinese order, largest first and without separators: 省 市 区 街道.
    const parts = [contains(street, region) || contains(locality, region) ? '' : region, contains(street, locality) ? '' : locality, street];
    return cleanText(parts.join(''), 500) || null;
  }
  const regionAndCode = [region, postalCode].filter(Boolean).join(' ');
  const parts = [street, contains(street, locality) ? '' : locality, regionAndCode, country];
  return cleanText(parts.filter(Boolean).join(', '), 500) || null;
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
