import type { Condition } from './condition';
import { SCORING_FIELDS } from './fields';
import { FIELD_BIT } from './frame';

/**
 * `FIELD_BIT`s of the fields a condition cannot pass without: every leaf test is false on a
 * missing value, so a rule whose needed field is unknown is skipped with one mask test instead of
 * a call. Signal counts are always known (zero when nothing happened) and are never needed.
 */
export function requiredFields(condition: Condition): number {
  if ('all' in condition) return condition.all.reduce((mask, child) => mask | requiredFields(child), 0);
  if ('any' in condition) return condition.any.reduce((mask, child) => mask & requiredFields(child), ~0);
  if ('not' in condition) return 0;
  const spec = SCORING_FIELDS[condition.field];
  return spec.source === 'signal' && spec.kind !== 'timestamp' ? 0 : FIELD_BIT[condition.field];
}

/** True when the mask alone decides the condition: `exists`, or all of `exists`. */
export function decidedByRequiredFields(condition: Condition): boolean {
  if ('all' in condition) return condition.all.every(decidedByRequiredFields);
  return 'op' in condition && condition.op === 'exists' && requiredFields(condition) !== 0;
}
