import { FIELD_BIT, FIELD_SLOT, type Frame } from './frame';
import type { FieldName } from './fields';
import type { FieldTexts } from './fieldTexts';
import { setHits } from './leafBits';
import { isBlank } from './normaliseText';
import type { ScoringLead } from './scoringLead';

export type ProfileFieldName = Exclude<FieldName, 'visits' | 'visitMinutes' | 'emailReplies' | 'meetings' | 'lastTouchAt'>;

/** Which profile fields a rule set reads, and the text tests of those its rules compare as text. */
export interface ProfileReads {
  readonly fields: Readonly<Record<ProfileFieldName, boolean>>;
  readonly texts: Readonly<Record<ProfileFieldName, FieldTexts | undefined>>;
}

/**
 * Reads the profile fields that rules read from the lead into the frame: marks the known ones,
 * copies numbers, sets the bits of the text tests that pass. Returns the first field present with
 * the wrong type (the lead is then not graded). One line per field, with the property named, so
 * each read is a monomorphic property load.
 */
export function readLeadInto(frame: Frame, lead: ScoringLead, { fields: read, texts }: ProfileReads): FieldName | undefined {
  if (read.industry && !readText(frame, lead.industry, FIELD_BIT.industry, texts.industry)) return 'industry';
  if (read.employees && !readNumber(frame, lead.employees, FIELD_BIT.employees, FIELD_SLOT.employees)) return 'employees';
  if (read.annualRevenue && !readNumber(frame, lead.annualRevenue, FIELD_BIT.annualRevenue, FIELD_SLOT.annualRevenue)) return 'annualRevenue';
  if (read.region && !readText(frame, lead.region, FIELD_BIT.region, texts.region)) return 'region';
  if (read.country && !readText(frame, lead.country, FIELD_BIT.country, texts.country)) return 'country';
  if (read.domain && !readText(frame, lead.domain, FIELD_BIT.domain, texts.domain)) return 'domain';
  if (read.stage && !readText(frame, lead.stage, FIELD_BIT.stage, texts.stage)) return 'stage';
  if (read.tags && !readList(frame, lead.tags, FIELD_BIT.tags, texts.tags)) return 'tags';
  if (read.budget && !readText(frame, lead.budget, FIELD_BIT.budget, texts.budget)) return 'budget';
  if (read.timeline && !readText(frame, lead.timeline, FIELD_BIT.timeline, texts.timeline)) return 'timeline';
  if (read.painCount && !readNumber(frame, lead.painCount, FIELD_BIT.painCount, FIELD_SLOT.painCount)) return 'painCount';
  if (read.mustHavePainCount && !readNumber(frame, lead.mustHavePainCount, FIELD_BIT.mustHavePainCount, FIELD_SLOT.mustHavePainCount)) {
    return 'mustHavePainCount';
  }
  if (read.competitors && !readList(frame, lead.competitors, FIELD_BIT.competitors, texts.competitors)) return 'competitors';
  if (read.contactTitle && !readText(frame, lead.contactTitle, FIELD_BIT.contactTitle, texts.contactTitle)) return 'contactTitle';
  if (read.contactSeniority && !readText(frame, lead.contactSeniority, FIELD_BIT.contactSeniority, texts.contactSeniority)) {
    return 'contactSeniority';
  }
  if (read.emailDomain && !readText(frame, lead.emailDomain, FIELD_BIT.emailDomain, texts.emailDomain)) return 'emailDomain';
  return undefined;
}

/** False when present but not text; blank text counts as missing. */
function readText(frame: Frame, value: unknown, bit: number, texts: FieldTexts | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  if (texts === undefined ? !isBlank(value) : markTextTests(frame, texts, value)) frame.known |= bit;
  return true;
}

/** False when present but not a list of text; known when any item is not blank. */
function readList(frame: Frame, value: unknown, bit: number, texts: FieldTexts | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (!Array.isArray(value)) return false;
  let known = false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'string') return false;
    if (texts === undefined ? !isBlank(item) : markTextTests(frame, texts, item)) known = true;
  }
  if (known) frame.known |= bit;
  return true;
}

/** Sets the bits of the text tests the value passes; true when it is not blank. */
function markTextTests(frame: Frame, texts: FieldTexts, value: string): boolean {
  const verdict = texts.verdictOf(value);
  setHits(frame, verdict.hits);
  return verdict.known;
}

/** False when present but not a finite number. */
function readNumber(frame: Frame, value: unknown, bit: number, slot: number): boolean {
  if (value === undefined || value === null) {
    frame.numbers[slot] = Number.NaN;
    return true;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  frame.numbers[slot] = value;
  frame.known |= bit;
  return true;
}
