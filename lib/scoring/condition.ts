import { z } from 'zod';
import { FIELD_NAMES, OPERATORS, SCORING_FIELDS, isFieldName, operatorsFor, type FieldName, type FieldSpec } from './fields';
import { RULE_SET_LIMITS as LIMITS } from './limits';
import { problemsFromZodIssues, type ProblemPath } from './ruleSetProblem';

/**
 * A rule's condition: a tree of all/any/not over leaf tests. It is a tree because it is JSON
 * (no references), so cycles cannot be written; depth and size are bounded instead.
 */
export type LeafCondition =
  | { field: FieldName; op: 'equals'; value: string | number }
  | { field: FieldName; op: 'in'; value: string[] }
  | { field: FieldName; op: 'range'; value: { min?: number; max?: number } }
  | { field: FieldName; op: 'contains'; value: string }
  | { field: FieldName; op: 'exists' }
  | { field: FieldName; op: 'withinDays'; value: number };

export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition;

const Text = z.string().min(1).max(LIMITS.text);
const Bound = z.number().finite().min(-LIMITS.magnitude).max(LIMITS.magnitude);
const FieldRef = z.enum(FIELD_NAMES);

const LEAF_SCHEMAS = {
  equals: z.strictObject({ field: FieldRef, op: z.literal('equals'), value: z.union([Text, Bound]) }),
  in: z.strictObject({ field: FieldRef, op: z.literal('in'), value: z.array(Text).min(1).max(LIMITS.listValues) }),
  range: z.strictObject({
    field: FieldRef,
    op: z.literal('range'),
    value: z.strictObject({ min: Bound.optional(), max: Bound.optional() }),
  }),
  contains: z.strictObject({ field: FieldRef, op: z.literal('contains'), value: Text }),
  exists: z.strictObject({ field: FieldRef, op: z.literal('exists') }),
  withinDays: z.strictObject({
    field: FieldRef,
    op: z.literal('withinDays'),
    value: z.number().positive().max(LIMITS.withinDays),
  }),
} as const;

const GROUP_SCHEMAS = {
  all: z.strictObject({ all: z.array(z.unknown()).min(1).max(LIMITS.conditionChildren) }),
  any: z.strictObject({ any: z.array(z.unknown()).min(1).max(LIMITS.conditionChildren) }),
  not: z.strictObject({ not: z.unknown() }),
} as const;

type Problem = { path: PropertyKey[]; message: string };

/**
 * Everything wrong with a condition tree, each at its exact path. Walks at most
 * `conditionDepth` levels, so a hostile 100,000-level nest cannot overflow the stack.
 */
export function conditionProblems(value: unknown): Problem[] {
  const walk = { problems: [] as Problem[], nodes: 0 };
  visit(value, [], 1, walk);
  return walk.problems;
}

function visit(node: unknown, path: PropertyKey[], depth: number, walk: { problems: Problem[]; nodes: number }): void {
  const { problems } = walk;
  if (problems.length >= LIMITS.problems) return;
  walk.nodes += 1;
  if (walk.nodes > LIMITS.conditionNodes) {
    if (walk.nodes === LIMITS.conditionNodes + 1) {
      problems.push({ path, message: `a rule's condition has at most ${LIMITS.conditionNodes} parts` });
    }
    return;
  }
  if (depth > LIMITS.conditionDepth) {
    problems.push({ path, message: `conditions nest at most ${LIMITS.conditionDepth} levels deep` });
    return;
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    problems.push({ path, message: 'expected a condition: {all: [...]}, {any: [...]}, {not: {...}} or {field, op, value}' });
    return;
  }
  const groupKey = (['all', 'any', 'not'] as const).find((key) => Object.hasOwn(node, key));
  if (groupKey) {
    const result = GROUP_SCHEMAS[groupKey].safeParse(node);
    if (!result.success) {
      problems.push(...problemsFromZodIssues(result.error.issues, path));
      return;
    }
    const children: unknown = (node as Record<string, unknown>)[groupKey];
    if (groupKey === 'not') visit(children, [...path, 'not'], depth + 1, walk);
    else if (Array.isArray(children)) children.forEach((child, index) => visit(child, [...path, groupKey, index], depth + 1, walk));
    return;
  }
  problems.push(...leafProblems(node as Record<string, unknown>, path));
}

function leafProblems(node: Record<string, unknown>, path: PropertyKey[]): Problem[] {
  const { op, field } = node;
  if (!OPERATORS.includes(op as never)) {
    return [{ path: [...path, 'op'], message: `unknown operator ${describe(op)}; expected one of ${OPERATORS.join(', ')}` }];
  }
  if (!isFieldName(field)) {
    return [{ path: [...path, 'field'], message: `unknown field ${describe(field)}; expected one of ${FIELD_NAMES.join(', ')}` }];
  }
  const operator = op as keyof typeof LEAF_SCHEMAS;
  const allowed = operatorsFor(field);
  if (!allowed.includes(operator)) {
    return [{ path: [...path, 'op'], message: `"${operator}" does not apply to ${field}; use one of ${allowed.join(', ')}` }];
  }
  const result = LEAF_SCHEMAS[operator].safeParse(node);
  if (!result.success) return problemsFromZodIssues(result.error.issues, path);
  return valueProblems(result.data as LeafCondition, SCORING_FIELDS[field], [...path, 'value']);
}

/** Values the schema accepts but that could never match this field. */
function valueProblems(leaf: LeafCondition, spec: FieldSpec, path: ProblemPath): Problem[] {
  const problems: Problem[] = [];
  const at = (suffix: PropertyKey[] = []) => [...path, ...suffix];
  if (leaf.op === 'equals') {
    const wantsNumber = spec.kind === 'number';
    if (typeof leaf.value === 'number' && !wantsNumber) problems.push({ path: at(), message: `${leaf.field} holds text; compare it with text` });
    if (typeof leaf.value === 'string' && wantsNumber) problems.push({ path: at(), message: `${leaf.field} holds a number; compare it with a number` });
  }
  if (spec.values && (leaf.op === 'equals' || leaf.op === 'in')) {
    const values = leaf.op === 'in' ? leaf.value : [leaf.value];
    values.forEach((value, index) => {
      if (!spec.values?.includes(String(value))) {
        problems.push({
          path: at(leaf.op === 'in' ? [index] : []),
          message: `${describe(value)} is not a ${leaf.field} value; expected one of ${spec.values?.join(', ')}`,
        });
      }
    });
  }
  if (leaf.op === 'range') {
    const { min, max } = leaf.value;
    if (min === undefined && max === undefined) problems.push({ path: at(), message: 'a range needs min, max or both' });
    if (min !== undefined && max !== undefined && min > max) problems.push({ path: at(['min']), message: 'min is above max' });
  }
  return problems;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The condition as a zod schema: it accepts exactly the trees `conditionProblems` finds no fault in. */
export const ConditionSchema = z.custom<Condition>().superRefine((value, ctx) => {
  for (const problem of conditionProblems(value)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  }
});
