import type { Condition, LeafCondition } from './condition';
import { DAY_MS } from './decay';
import { SCORING_FIELDS } from './fields';
import { FIELD_BIT, fieldReader, type FieldReader, type Frame } from './frame';
import { normaliseText } from './normaliseText';

/** A compiled condition: a plain closure (MV3 forbids eval and new Function). */
export type Test = (frame: Frame) => boolean;

/**
 * Compiles a validated condition tree once. Tests read the frame, where text is already
 * normalised and every value has the type its field declares (or is undefined); "exists"
 * is a bit in `frame.known`.
 */
export function compileCondition(condition: Condition): Test {
  if ('all' in condition) return allOf(condition.all.map(compileCondition));
  if ('any' in condition) return anyOf(fuseTextLeaves(condition.any));
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (frame) => !inner(frame);
  }
  return compileLeaf(condition);
}

function allOf(tests: Test[]): Test {
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [first, second] = tests as [Test, Test];
    return (frame) => first(frame) && second(frame);
  }
  return (frame) => {
    for (let index = 0; index < tests.length; index++) if (!tests[index]!(frame)) return false;
    return true;
  };
}

function anyOf(tests: Test[]): Test {
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [first, second] = tests as [Test, Test];
    return (frame) => first(frame) || second(frame);
  }
  return (frame) => {
    for (let index = 0; index < tests.length; index++) if (tests[index]!(frame)) return true;
    return false;
  };
}

type TextLeaf = Extract<LeafCondition, { op: 'equals' | 'in' | 'contains' }> & { value: string | string[] };

function isTextLeaf(condition: Condition): condition is TextLeaf {
  return 'op' in condition && (condition.op === 'in' || condition.op === 'contains' || (condition.op === 'equals' && typeof condition.value === 'string'));
}

/**
 * In an `any`, text tests on one field become one test: the field is read once and checked
 * against one set and a few needles ("industry in [...] or contains 'software' or ...").
 */
function fuseTextLeaves(children: Condition[]): Test[] {
  const byField = new Map<LeafCondition['field'], TextLeaf[]>();
  const tests: Test[] = [];
  for (const child of children) {
    if (!isTextLeaf(child)) {
      tests.push(compileCondition(child));
      continue;
    }
    const leaves = byField.get(child.field) ?? [];
    leaves.push(child);
    byField.set(child.field, leaves);
  }
  for (const [field, leaves] of byField) {
    if (leaves.length === 1) {
      tests.push(compileLeaf(leaves[0]!));
      continue;
    }
    const exact = new Set<string>();
    const needles: string[] = [];
    for (const leaf of leaves) {
      if (leaf.op === 'contains') needles.push(normaliseText(leaf.value as string));
      else for (const value of typeof leaf.value === 'string' ? [leaf.value] : leaf.value) exact.add(normaliseText(value));
    }
    const matches = needles.length === 0 ? (text: string) => exact.has(text) : remembered((text: string) => {
      if (exact.has(text)) return true;
      for (let index = 0; index < needles.length; index++) if (text.includes(needles[index]!)) return true;
      return false;
    });
    const read = fieldReader(field);
    tests.push(
      SCORING_FIELDS[field].kind === 'textList'
        ? listHas(read, matches)
        : (frame) => {
            const value = read(frame);
            return typeof value === 'string' && matches(value);
          },
    );
  }
  return tests;
}

function compileLeaf(leaf: LeafCondition): Test {
  const read = fieldReader(leaf.field);
  const isList = SCORING_FIELDS[leaf.field].kind === 'textList';
  switch (leaf.op) {
    case 'equals': {
      if (typeof leaf.value === 'number') {
        const expected = leaf.value;
        return (frame) => read(frame) === expected;
      }
      const expected = normaliseText(leaf.value);
      return isList ? listHas(read, (text) => text === expected) : (frame) => read(frame) === expected;
    }
    case 'in': {
      const allowed = new Set(leaf.value.map(normaliseText));
      if (isList) return listHas(read, (text) => allowed.has(text));
      return (frame) => {
        const value = read(frame);
        return typeof value === 'string' && allowed.has(value);
      };
    }
    case 'contains': {
      const needle = normaliseText(leaf.value);
      const matches = remembered((text) => text.includes(needle));
      if (isList) return listHas(read, matches);
      return (frame) => {
        const value = read(frame);
        return typeof value === 'string' && matches(value);
      };
    }
    case 'range': {
      const min = leaf.value.min ?? Number.NEGATIVE_INFINITY;
      const max = leaf.value.max ?? Number.POSITIVE_INFINITY;
      return (frame) => {
        const value = read(frame);
        return typeof value === 'number' && value >= min && value <= max;
      };
    }
    case 'withinDays': {
      const windowMs = leaf.value * DAY_MS;
      // A future timestamp (clock skew) counts as recent rather than as never.
      return (frame) => {
        const value = read(frame);
        return typeof value === 'number' && frame.now - value <= windowMs;
      };
    }
    case 'exists': {
      const bit = FIELD_BIT[leaf.field];
      return (frame) => (frame.known & bit) !== 0;
    }
  }
}

/** On a list field a test passes when any item passes: "tags in [crm, erp]". */
function listHas(read: FieldReader, matches: (text: string) => boolean): Test {
  return (frame) => {
    const list = read(frame);
    if (!Array.isArray(list)) return false;
    for (let index = 0; index < list.length; index++) if (matches(list[index] as string)) return true;
    return false;
  };
}

const REMEMBERED_TEXTS = 4_096;

/**
 * A text test that remembers its verdicts: field values repeat across leads (a few dozen
 * industries and regions), and a lookup is cheaper than searching for several needles.
 */
function remembered(matches: (text: string) => boolean): (text: string) => boolean {
  const verdicts = new Map<string, boolean>();
  return (text) => {
    let verdict = verdicts.get(text);
    if (verdict === undefined) {
      verdict = matches(text);
      if (verdicts.size >= REMEMBERED_TEXTS) verdicts.clear();
      verdicts.set(text, verdict);
    }
    return verdict;
  };
}
