import type { LeafCondition } from './condition';
import { DAY_MS } from './decay';
import { FIELD_BIT, FIELD_SLOT, type Frame } from './frame';
import type { FieldName } from './fields';
import { normaliseText } from './normaliseText';

/**
 * The leaves of a rule set (single tests on one field) and the bits of `Frame.bits` each one sets
 * when it passes: the bit of every rule it fires on its own (a rule whose condition is the leaf, or
 * an `any` of leaves), and the leaf's own bit when some rule's condition needs more than that
 * (compileCondition.ts). So most rules need no test of their own at all. Text leaves are decided
 * once per distinct value (fieldTexts.ts); the others once per scoring, in one loop over records.
 */
export interface Bit {
  /** Index into `Frame.bits`. */
  readonly word: number;
  readonly mask: number;
}

/** Bits to set, as pairs of word and mask, one pair per word. */
export type Hits = readonly number[];

/** A text test on one field, run on normalised text when a value is first met. */
export interface TextTest {
  readonly matches: (text: string) => boolean;
  readonly hits: Hits;
}

const RANGE = 0;
const WITHIN = 1;
const EXISTS = 2;

/** A number, timestamp or "exists" test: one record shape for all, so the loop stays monomorphic. */
export interface ValueTest {
  readonly kind: typeof RANGE | typeof WITHIN | typeof EXISTS;
  /** `Frame.numbers` slot of the field (NaN when unknown, so every comparison fails). */
  readonly slot: number;
  /** With EXISTS: the field's `FIELD_BIT`. */
  readonly fieldBit: number;
  /** With RANGE: inclusive bounds; `equals` a number is the range [value, value]. */
  readonly min: number;
  readonly max: number;
  /** With WITHIN: the window in ms. */
  readonly windowMs: number;
  readonly hits: Hits;
}

interface Leaf {
  readonly condition: LeafCondition;
  own: Bit | undefined;
  readonly targets: Bit[];
}

/** The leaves of one rule set, collected as its rules are compiled; leaves' own bits start at `firstOwnWord`. */
export class LeafBits {
  private readonly leaves = new Map<string, Leaf>();
  private ownBits = 0;

  constructor(private readonly firstOwnWord: number) {}

  /** Words of `Frame.bits` the rules' and the leaves' own bits take. */
  get words(): number {
    return this.firstOwnWord + Math.ceil(this.ownBits / 32);
  }

  /** The leaf's own bit, for a condition `holds` tests; a leaf written twice shares one. */
  bitOf(condition: LeafCondition): Bit {
    const leaf = this.leafOf(condition);
    if (leaf.own === undefined) {
      const index = this.ownBits++;
      leaf.own = { word: this.firstOwnWord + (index >>> 5), mask: 1 << (index & 31) };
      leaf.targets.push(leaf.own);
    }
    return leaf.own;
  }

  /** Makes the leaf, when it passes, fire the rule with bit `rule`. */
  fires(condition: LeafCondition, rule: Bit): void {
    this.leafOf(condition).targets.push(rule);
  }

  /** The text leaves by field, once every rule is compiled. */
  textTests(): Map<FieldName, TextTest[]> {
    const byField = new Map<FieldName, TextTest[]>();
    for (const { condition, targets } of this.leaves.values()) {
      const matches = textMatcher(condition);
      if (!matches) continue;
      byField.set(condition.field, [...(byField.get(condition.field) ?? []), { matches, hits: hitsOf(targets) }]);
    }
    return byField;
  }

  /** The other leaves, once every rule is compiled. */
  valueTests(): ValueTest[] {
    return [...this.leaves.values()].flatMap(({ condition, targets }) => valueTestOf(condition, hitsOf(targets)) ?? []);
  }

  private leafOf(condition: LeafCondition): Leaf {
    const key = JSON.stringify([condition.field, condition.op, 'value' in condition ? condition.value : null]);
    let leaf = this.leaves.get(key);
    if (leaf === undefined) {
      leaf = { condition, own: undefined, targets: [] };
      this.leaves.set(key, leaf);
    }
    return leaf;
  }
}

/** Pairs of word and mask covering the bits, one pair per word. */
export function hitsOf(bits: readonly Bit[]): number[] {
  const hits: number[] = [];
  for (const { word, mask } of bits) {
    let at = 0;
    while (at < hits.length && hits[at] !== word) at += 2;
    if (at < hits.length) hits[at + 1]! |= mask;
    else hits.push(word, mask);
  }
  return hits;
}

/** equals/in/contains on text compare normalised text; undefined for the other leaves. */
function textMatcher(leaf: LeafCondition): ((text: string) => boolean) | undefined {
  switch (leaf.op) {
    case 'equals': {
      if (typeof leaf.value !== 'string') return undefined;
      const expected = normaliseText(leaf.value);
      return (text) => text === expected;
    }
    case 'in': {
      const allowed = new Set(leaf.value.map(normaliseText));
      return (text) => allowed.has(text);
    }
    case 'contains': {
      const needle = normaliseText(leaf.value);
      return (text) => text.includes(needle);
    }
    default:
      return undefined;
  }
}

function valueTestOf(leaf: LeafCondition, hits: Hits): ValueTest | undefined {
  const test = (kind: ValueTest['kind'], min = 0, max = 0, windowMs = 0): ValueTest => ({
    kind,
    slot: FIELD_SLOT[leaf.field],
    fieldBit: FIELD_BIT[leaf.field],
    min,
    max,
    windowMs,
    hits,
  });
  switch (leaf.op) {
    case 'equals':
      return typeof leaf.value === 'number' ? test(RANGE, leaf.value, leaf.value) : undefined;
    case 'range':
      return test(RANGE, leaf.value.min ?? Number.NEGATIVE_INFINITY, leaf.value.max ?? Number.POSITIVE_INFINITY);
    case 'withinDays':
      return test(WITHIN, 0, 0, leaf.value * DAY_MS);
    case 'exists':
      return test(EXISTS);
    default:
      return undefined;
  }
}

/** Sets the bits of the value tests that pass. A future timestamp (clock skew) counts as recent. */
export function passValueTests(frame: Frame, tests: readonly ValueTest[]): void {
  const { numbers, now, known } = frame;
  for (let index = 0; index < tests.length; index++) {
    const test = tests[index]!;
    const value = numbers[test.slot]!;
    const passes =
      test.kind === RANGE ? value >= test.min && value <= test.max : test.kind === WITHIN ? now - value <= test.windowMs : (known & test.fieldBit) !== 0;
    if (passes) setHits(frame, test.hits);
  }
}

export function setHits(frame: Frame, hits: Hits): void {
  const { bits } = frame;
  for (let at = 0; at < hits.length; at += 2) bits[hits[at]!]! |= hits[at + 1]!;
}
