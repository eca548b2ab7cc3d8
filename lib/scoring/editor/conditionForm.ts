import type { Condition, LeafCondition } from '../condition';
import { SCORING_FIELDS, operatorsFor, type FieldName, type Operator } from '../fields';

/**
 * The rule editor's condition builder covers the common shapes: one test, or several combined
 * with all/any, each optionally negated (every default rule fits). Deeper trees are kept as
 * they are and shown read-only; import/export JSON edits them.
 */
export interface ConditionItem {
  readonly negate: boolean;
  readonly leaf: LeafCondition;
}

export interface ConditionForm {
  readonly combine: 'all' | 'any';
  readonly items: readonly ConditionItem[];
}

const isLeaf = (condition: Condition): condition is LeafCondition => 'field' in condition;

function itemOf(condition: Condition): ConditionItem | null {
  if (isLeaf(condition)) return { negate: false, leaf: condition };
  if ('not' in condition && isLeaf(condition.not)) return { negate: true, leaf: condition.not };
  return null;
}

/** The builder's form of a condition; null when it is too deep for the builder. */
export function conditionForm(condition: Condition | undefined): ConditionForm | null {
  if (condition === undefined) return { combine: 'all', items: [] };
  const single = itemOf(condition);
  if (single) return { combine: 'all', items: [single] };
  const combine = 'all' in condition ? 'all' : 'any' in condition ? 'any' : null;
  if (!combine) return null;
  const children = (condition as Record<'all' | 'any', Condition[]>)[combine];
  const items = children.map(itemOf);
  return items.every((item): item is ConditionItem => item !== null) ? { combine, items } : null;
}

export function conditionFrom(form: ConditionForm): Condition | undefined {
  const parts = form.items.map((item): Condition => (item.negate ? { not: item.leaf } : item.leaf));
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return form.combine === 'all' ? { all: parts } : { any: parts };
}

/** A fresh test on `field` with its first operator and an empty (to be filled) value. */
export function leafForField(field: FieldName): LeafCondition {
  return leafForOp(field, operatorsFor(field)[0]!);
}

export function leafForOp(field: FieldName, op: Operator): LeafCondition {
  const values = (SCORING_FIELDS[field] as { values?: readonly string[] }).values;
  switch (op) {
    case 'equals':
      return { field, op, value: SCORING_FIELDS[field].kind === 'number' ? 0 : (values?.[0] ?? '') };
    case 'in':
      return { field, op, value: values ? [values[0]!] : [] };
    case 'range':
      return { field, op, value: { min: 0 } };
    case 'contains':
      return { field, op, value: '' };
    case 'exists':
      return { field, op };
    case 'withinDays':
      return { field, op, value: 30 };
  }
}

/** The value as the builder's text box shows it (`in`: comma separated). */
export function leafValueText(leaf: LeafCondition, part?: 'min' | 'max'): string {
  switch (leaf.op) {
    case 'in':
      return leaf.value.join(', ');
    case 'range': {
      const bound = leaf.value[part ?? 'min'];
      return bound === undefined ? '' : String(bound);
    }
    case 'exists':
      return '';
    default:
      return String(leaf.value);
  }
}

/** The leaf with the value typed; numbers that do not parse stay NaN, so validation names the path. */
export function leafWithText(leaf: LeafCondition, text: string, part?: 'min' | 'max'): LeafCondition {
  switch (leaf.op) {
    case 'in':
      return { ...leaf, value: text.split(/[,\n，、]/).map((value) => value.trim()).filter(Boolean) };
    case 'range': {
      const { [part ?? 'min']: _dropped, ...rest } = leaf.value;
      const bound = optionalNumber(text);
      return { ...leaf, value: bound === undefined ? rest : { ...rest, [part ?? 'min']: bound } };
    }
    case 'equals':
      return { ...leaf, value: SCORING_FIELDS[leaf.field].kind === 'number' ? requiredNumber(text) : text };
    case 'contains':
      return { ...leaf, value: text };
    case 'withinDays':
      return { ...leaf, value: requiredNumber(text) };
    case 'exists':
      return leaf;
  }
}

/** Blank is "no value" (an optional bound or cap); anything else a number, NaN when not one. */
export function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

export function requiredNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
