import { FIELD_NAMES, type FieldName } from './fields';
import { isBlank, normaliseText } from './normaliseText';
import type { ScoringLead } from './scoringLead';

/**
 * One scoring's view of a lead: every field a rule can read, type-checked and with text
 * normalised (trimmed, lower case), plus the behaviour signals decayed to `now`. Filled once
 * per scoring, so rules read plain properties of one object shape: V8 keeps those loads
 * monomorphic, which the ≥ 1M scorings/s budget (issue #4) relies on.
 */
export interface Frame {
  now: number;
  industry: string | undefined;
  employees: number | undefined;
  annualRevenue: number | undefined;
  region: string | undefined;
  country: string | undefined;
  domain: string | undefined;
  stage: string | undefined;
  tags: readonly string[] | undefined;
  budget: string | undefined;
  timeline: string | undefined;
  painCount: number | undefined;
  mustHavePainCount: number | undefined;
  competitors: readonly string[] | undefined;
  contactTitle: string | undefined;
  contactSeniority: string | undefined;
  emailDomain: string | undefined;
  visits: number;
  visitMinutes: number;
  emailReplies: number;
  meetings: number;
  lastTouchAt: number | undefined;
  /** `FIELD_BIT`s of the fields that hold a value. */
  known: number;
}

export function emptyFrame(now: number): Frame {
  return {
    now,
    industry: undefined,
    employees: undefined,
    annualRevenue: undefined,
    region: undefined,
    country: undefined,
    domain: undefined,
    stage: undefined,
    tags: undefined,
    budget: undefined,
    timeline: undefined,
    painCount: undefined,
    mustHavePainCount: undefined,
    competitors: undefined,
    contactTitle: undefined,
    contactSeniority: undefined,
    emailDomain: undefined,
    visits: 0,
    visitMinutes: 0,
    emailReplies: 0,
    meetings: 0,
    lastTouchAt: undefined,
    known: 0,
  };
}

/**
 * How a profile field is read: 0 not at all (no rule reads it), 1 checked and copied,
 * 2 also normalised, for fields that equals/in/contains compare as text.
 */
export type ReadMode = 0 | 1 | 2;
export type ProfileFieldName = Exclude<FieldName, 'visits' | 'visitMinutes' | 'emailReplies' | 'meetings' | 'lastTouchAt'>;
export type ProfileFieldModes = Readonly<Record<ProfileFieldName, ReadMode>>;

/** Bit of each field in `Frame.known`, so "is it known" is a mask test rather than a call. */
export const FIELD_BIT: Readonly<Record<FieldName, number>> = Object.fromEntries(
  FIELD_NAMES.map((name, index) => [name, 2 ** index]),
) as Record<FieldName, number>;

/**
 * Copies the profile fields that rules read from the lead into the frame and marks the known
 * ones. Returns the first field present with the wrong type (the lead is then not graded).
 * One line per field, with the property named, for the reason given on `Frame`.
 */
export function readLeadInto(frame: Frame, lead: ScoringLead, mode: ProfileFieldModes): FieldName | undefined {
  let known = 0;
  let text: string | undefined | null;
  let number: number | undefined | null;
  let list: readonly string[] | undefined | null;
  if (mode.industry) {
    if ((text = textOf(lead.industry, mode.industry)) === null) return 'industry';
    if ((frame.industry = text) !== undefined) known |= FIELD_BIT.industry;
  }
  if (mode.employees) {
    if ((number = numberOf(lead.employees)) === null) return 'employees';
    if ((frame.employees = number) !== undefined) known |= FIELD_BIT.employees;
  }
  if (mode.annualRevenue) {
    if ((number = numberOf(lead.annualRevenue)) === null) return 'annualRevenue';
    if ((frame.annualRevenue = number) !== undefined) known |= FIELD_BIT.annualRevenue;
  }
  if (mode.region) {
    if ((text = textOf(lead.region, mode.region)) === null) return 'region';
    if ((frame.region = text) !== undefined) known |= FIELD_BIT.region;
  }
  if (mode.country) {
    if ((text = textOf(lead.country, mode.country)) === null) return 'country';
    if ((frame.country = text) !== undefined) known |= FIELD_BIT.country;
  }
  if (mode.domain) {
    if ((text = textOf(lead.domain, mode.domain)) === null) return 'domain';
    if ((frame.domain = text) !== undefined) known |= FIELD_BIT.domain;
  }
  if (mode.stage) {
    if ((text = textOf(lead.stage, mode.stage)) === null) return 'stage';
    if ((frame.stage = text) !== undefined) known |= FIELD_BIT.stage;
  }
  if (mode.tags) {
    if ((list = listOf(lead.tags, mode.tags)) === null) return 'tags';
    if ((frame.tags = list) !== undefined) known |= FIELD_BIT.tags;
  }
  if (mode.budget) {
    if ((text = textOf(lead.budget, mode.budget)) === null) return 'budget';
    if ((frame.budget = text) !== undefined) known |= FIELD_BIT.budget;
  }
  if (mode.timeline) {
    if ((text = textOf(lead.timeline, mode.timeline)) === null) return 'timeline';
    if ((frame.timeline = text) !== undefined) known |= FIELD_BIT.timeline;
  }
  if (mode.painCount) {
    if ((number = numberOf(lead.painCount)) === null) return 'painCount';
    if ((frame.painCount = number) !== undefined) known |= FIELD_BIT.painCount;
  }
  if (mode.mustHavePainCount) {
    if ((number = numberOf(lead.mustHavePainCount)) === null) return 'mustHavePainCount';
    if ((frame.mustHavePainCount = number) !== undefined) known |= FIELD_BIT.mustHavePainCount;
  }
  if (mode.competitors) {
    if ((list = listOf(lead.competitors, mode.competitors)) === null) return 'competitors';
    if ((frame.competitors = list) !== undefined) known |= FIELD_BIT.competitors;
  }
  if (mode.contactTitle) {
    if ((text = textOf(lead.contactTitle, mode.contactTitle)) === null) return 'contactTitle';
    if ((frame.contactTitle = text) !== undefined) known |= FIELD_BIT.contactTitle;
  }
  if (mode.contactSeniority) {
    if ((text = textOf(lead.contactSeniority, mode.contactSeniority)) === null) return 'contactSeniority';
    if ((frame.contactSeniority = text) !== undefined) known |= FIELD_BIT.contactSeniority;
  }
  if (mode.emailDomain) {
    if ((text = textOf(lead.emailDomain, mode.emailDomain)) === null) return 'emailDomain';
    if ((frame.emailDomain = text) !== undefined) known |= FIELD_BIT.emailDomain;
  }
  frame.known |= known;
  return undefined;
}

/** Text, normalised in mode 2; undefined when missing or blank; null when not text. */
function textOf(value: unknown, mode: ReadMode): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return null;
  if (mode === 2) {
    const text = normalised(value);
    return text === '' ? undefined : text;
  }
  return isBlank(value) ? undefined : value;
}

function numberOf(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Non-blank items, normalised in mode 2; undefined when none; null when not a list of text.
 * The same array comes back when nothing changes, to save allocating.
 */
function listOf(value: unknown, mode: ReadMode): readonly string[] | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return null;
  let changed: string[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'string') return null;
    const text = mode === 2 ? normalised(item) : isBlank(item) ? '' : item;
    if (changed === undefined && (text !== item || text === '')) changed = value.slice(0, index) as string[];
    if (changed !== undefined && text !== '') changed.push(text);
  }
  const list = changed ?? (value as string[]);
  return list.length > 0 ? list : undefined;
}

export type FieldReader = (frame: Frame) => unknown;

/** A reader per field with a fixed property name, rather than `frame[name]`, for the same reason. */
export function fieldReader(name: FieldName): FieldReader {
  switch (name) {
    case 'industry': return (frame) => frame.industry;
    case 'employees': return (frame) => frame.employees;
    case 'annualRevenue': return (frame) => frame.annualRevenue;
    case 'region': return (frame) => frame.region;
    case 'country': return (frame) => frame.country;
    case 'domain': return (frame) => frame.domain;
    case 'stage': return (frame) => frame.stage;
    case 'tags': return (frame) => frame.tags;
    case 'budget': return (frame) => frame.budget;
    case 'timeline': return (frame) => frame.timeline;
    case 'painCount': return (frame) => frame.painCount;
    case 'mustHavePainCount': return (frame) => frame.mustHavePainCount;
    case 'competitors': return (frame) => frame.competitors;
    case 'contactTitle': return (frame) => frame.contactTitle;
    case 'contactSeniority': return (frame) => frame.contactSeniority;
    case 'emailDomain': return (frame) => frame.emailDomain;
    case 'visits': return (frame) => frame.visits;
    case 'visitMinutes': return (frame) => frame.visitMinutes;
    case 'emailReplies': return (frame) => frame.emailReplies;
    case 'meetings': return (frame) => frame.meetings;
    case 'lastTouchAt': return (frame) => frame.lastTouchAt;
  }
}

const NORMALISED_CACHE_SIZE = 4_096;
const normalisedCache = new Map<string, string>();

/**
 * `normaliseText`, remembered: a re-scoring meets the same few hundred industries, regions and
 * tags again and again, and a lookup costs less than a scan plus a lower-cased copy. Bounded: the
 * cache is emptied when full, never grows with the store.
 */
function normalised(value: string): string {
  let text = normalisedCache.get(value);
  if (text === undefined) {
    text = normaliseText(value);
    if (normalisedCache.size >= NORMALISED_CACHE_SIZE) normalisedCache.clear();
    normalisedCache.set(value, text);
  }
  return text;
}
