import { DRAFT_FIELD_MAX_LENGTH, DRAFT_FIELDS, MAX_DRAFT_VALUES, type DraftField, type DraftFields, type DraftValue } from '../model/leadDraft';
import type { Candidate } from './candidate';
import { cleanText, trimChars } from './cleanText';

/** Each further, independent source that agrees on a value adds this much confidence. */
const AGREEMENT_BONUS = 0.05;

/**
 * A link and the text it shows are one statement, not two: `mailto:`/`tel:` hrefs and the
 * visible-text extractors reading the same address must not corroborate each other.
 */
const SOURCE_FAMILY: Readonly<Record<string, string>> = { mailto: 'visible', textEmails: 'visible', tel: 'visible', textPhones: 'visible' };
const familyOf = (extractor: string): string => SOURCE_FAMILY[extractor] ?? extractor;
const MAX_CONFIDENCE = 0.99;
/**
 * Real pages put addresses where a name belongs (`og:site_name` "www.liberation.fr" or
 * "http://www.hindustantimes.com/", an RDFa name that is a link, an "@handle"): none of them is
 * what a rep calls the company, and they would hide the page's real name. "Boston.com" stays.
 */
const NOT_A_NAME = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|@[\w.]+$)/i;
const NAME_FIELDS: ReadonlySet<string> = new Set(['name', 'legalName', 'personName']);

/**
 * Candidates from all extractors → per field, distinct values best first. Values that are the
 * same once normalised (emails lower-case, phones already E.164, names ignoring case and
 * punctuation) merge into one, keeping the best source and gaining a little confidence when
 * several sources agree; the rest stay as alternatives the rep can switch to.
 */
export function mergeCandidates(candidates: readonly Candidate[]): DraftFields {
  const groups = new Map<DraftField, Map<string, { best: Candidate; extractors: Set<string>; order: number }>>();
  let order = 0;
  for (const candidate of candidates) {
    const value = cleanText(candidate.value, DRAFT_FIELD_MAX_LENGTH[candidate.field]);
    const confidence = Number.isFinite(candidate.confidence) ? Math.min(1, Math.max(0, candidate.confidence)) : 0;
    if (!value || confidence <= 0) continue;
    if (NAME_FIELDS.has(candidate.field) && NOT_A_NAME.test(value)) continue;
    const normalised: Candidate = { ...candidate, value, confidence };
    const key = comparisonKey(candidate.field, value);
    let byKey = groups.get(candidate.field);
    if (!byKey) groups.set(candidate.field, (byKey = new Map()));
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { best: normalised, extractors: new Set([familyOf(candidate.extractor)]), order: order++ });
      continue;
    }
    existing.extractors.add(familyOf(candidate.extractor));
    if (confidence > existing.best.confidence) existing.best = normalised;
  }

  const fields: DraftFields = {};
  for (const field of DRAFT_FIELDS) {
    const byKey = groups.get(field);
    if (!byKey) continue;
    const values = [...byKey.values()]
      .map(({ best, extractors, order: seen }) => ({
        seen,
        value: toDraftValue(best, Math.min(MAX_CONFIDENCE, Math.max(best.confidence, best.confidence + AGREEMENT_BONUS * (extractors.size - 1)))),
      }))
      .sort((a, b) => b.value.confidence - a.value.confidence || a.seen - b.seen)
      .slice(0, MAX_DRAFT_VALUES)
      .map(({ value }) => value);
    fields[field] = values;
  }
  return fields;
}

function toDraftValue(candidate: Candidate, confidence: number): DraftValue {
  const value: DraftValue = {
    value: candidate.value,
    confidence: Math.round(confidence * 1000) / 1000,
    source: { extractor: cleanText(candidate.extractor, 40) },
  };
  const element = candidate.element ? cleanText(candidate.element, 200) : '';
  if (element) value.source.element = element;
  const kind = candidate.kind ? cleanText(candidate.kind, 40) : '';
  if (kind) value.kind = kind;
  return value;
}

/** What makes two values "the same" for a field. */
export function comparisonKey(field: DraftField, value: string): string {
  switch (field) {
    case 'email':
    case 'domain':
    case 'creditCode':
      return value.toLowerCase();
    case 'phone':
      return value.replace(/[^\d+]/g, '');
    case 'website':
    case 'logo':
    case 'socials':
      return trimChars(value.toLowerCase().replace(/^https?:\/\/(www\.)?/, ''), '', '/');
    default:
      return value.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  }
}
