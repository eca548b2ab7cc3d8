import type { Condition, ScoringLead, Signals } from '../../../lib/scoring';
import { SCORING_FIELDS, type FieldName } from '../../../lib/scoring/fields';

/**
 * The operators read straight from their definitions (issue #4; lib/scoring/condition.ts), with
 * none of the compiler's shortcuts: no fused tests, no remembered verdicts or normalised text,
 * no skipping by required fields. Property tests hold the compiled conditions to it.
 */
const DAY_MS = 86_400_000;
const normal = (text: string) => text.trim().toLowerCase();

function valueOf(field: FieldName, lead: ScoringLead, signals: Signals | undefined): unknown {
  const raw: unknown = field === 'lastTouchAt' ? signals?.lastTouchAt : (lead as Record<string, unknown>)[field];
  const kind = SCORING_FIELDS[field].kind;
  if (kind === 'text') return typeof raw === 'string' && normal(raw) !== '' ? normal(raw) : undefined;
  if (kind === 'textList') {
    const items = Array.isArray(raw) ? raw.map((item) => normal(String(item))).filter((item) => item !== '') : [];
    return items.length > 0 ? items : undefined;
  }
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/** Whether `condition` holds for a lead whose fields have the declared types (or are missing). */
export function referenceHolds(condition: Condition, lead: ScoringLead, signals: Signals | undefined, now: number): boolean {
  if ('all' in condition) return condition.all.every((child) => referenceHolds(child, lead, signals, now));
  if ('any' in condition) return condition.any.some((child) => referenceHolds(child, lead, signals, now));
  if ('not' in condition) return !referenceHolds(condition.not, lead, signals, now);
  const value = valueOf(condition.field, lead, signals);
  if (condition.op === 'exists') return value !== undefined;
  if (value === undefined) return false;
  const texts = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  switch (condition.op) {
    case 'equals':
      return typeof condition.value === 'number' ? value === condition.value : texts.includes(normal(condition.value));
    case 'in':
      return texts.some((text) => condition.value.map(normal).includes(text));
    case 'contains':
      return texts.some((text) => text.includes(normal(condition.value)));
    case 'range':
      return typeof value === 'number' && value >= (condition.value.min ?? -Infinity) && value <= (condition.value.max ?? Infinity);
    case 'withinDays':
      return typeof value === 'number' && now - value <= condition.value * DAY_MS;
  }
}
