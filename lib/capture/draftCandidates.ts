import { DRAFT_FIELD_MAX_LENGTH, MAX_DRAFT_VALUES, type DraftField, type DraftValue, type LeadDraft } from '../model/leadDraft';

/** A value to add to a draft field, with where it came from. */
export interface ExtraCandidate {
  field: DraftField;
  value: string;
  confidence: number;
  extractor: string;
  element?: string;
}

/**
 * Adds candidates to a draft (immutably): each goes in by confidence; a value already present
 * keeps the higher confidence. Values are cut to the field's schema limit.
 */
export function withCandidates(draft: LeadDraft, extras: readonly ExtraCandidate[]): LeadDraft {
  const fields = { ...draft.fields };
  for (const extra of extras) {
    const value = extra.value.trim().slice(0, DRAFT_FIELD_MAX_LENGTH[extra.field]);
    if (!value) continue;
    const current = fields[extra.field] ?? [];
    const existing = current.find((candidate) => candidate.value.toLowerCase() === value.toLowerCase());
    if (existing && existing.confidence >= extra.confidence) continue;
    const added: DraftValue = { value, confidence: extra.confidence, source: { extractor: extra.extractor, ...(extra.element ? { element: extra.element } : {}) } };
    fields[extra.field] = [...current.filter((candidate) => candidate !== existing), added]
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, MAX_DRAFT_VALUES);
  }
  return { ...draft, fields };
}

/** Removes the candidates one extractor gave for some fields (e.g. the webmail's own URL identity). */
export function withoutCandidates(draft: LeadDraft, extractor: string, fields: readonly DraftField[]): LeadDraft {
  const next = { ...draft.fields };
  for (const field of fields) {
    const kept = next[field]?.filter((candidate) => candidate.source.extractor !== extractor);
    if (kept && kept.length > 0) next[field] = kept;
    else delete next[field];
  }
  return { ...draft, fields: next };
}
