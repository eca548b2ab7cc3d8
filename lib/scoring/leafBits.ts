import type { LeafCondition } from './condition';
import { DAY_MS } from './decay';
import { FIELD_BIT, FIELD_SLOT, type Frame } from './frame';
import type { FieldName } from './fields';
import { normaliseText } from './normaliseText';

/**
 * Every distinct leaf test of a rule set gets one bit in `Frame.passed`, set when the test passes
 * for the lead being scored; rules then test bits (compileCondition.ts) rather than call closures.
 * Text tests are decided once per distinct value (fieldTexts.ts); the others once per scoring,
 * all in one loop over plain records.
 */
export interface LeafBit {
  /** Index into `Frame.passed`. */
  readonly word: number;
  readonly mask: number;
}

/** A text test on one field, run on normalised text when a value is first met. */
export interface TextTest extends LeafBit {
  readonly matches: (text: string) => boolean;
}

const RANGE = 0;
const WITHIN = 1;
const EXISTS = 2;

/** A number, timestamp or "exists" test: one record shape for all, so the loop stays monomorphic. */
export interface ValueTest extends LeafBit {
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
}

/** The leaves of one rule set, each given a bit as conditions are compiled. */
export class LeafBits {
  private readonly bits = new Map<string, LeafBit>();
  readonly valueTests: ValueTest[] = [];
  readonly textTests = new Map<FieldName, TextTest[]>();

  /** Words of `Frame.passed` the bits take. */
  get words(): number {
    return Math.ceil(this.bits.size / 32);
  }

  /** The leaf's bit; a leaf written twice (same field, operator and value) shares one. */
  bitOf(leaf: LeafCondition): LeafBit {
    const key = JSON.stringify([leaf.field, leaf.op, 'value' in leaf ? leaf.value : null]);
    let bit = this.bits.get(key);
    if (bit === undefined) {
      const index = this.bits.size;
      bit = { word: index >>> 5, mask: 1 << (index & 31) };
      this.bits.set(key, bit);
      this.register(leaf, bit);
    }
    return bit;
  }

  private register(leaf: LeafCondition, bit: LeafBit): void {
    const matches = textMatcher(leaf);
    if (matches) {
      const tests = this.textTests.get(leaf.field) ?? [];
      tests.push({ ...bit, matches });
      this.textTests.set(leaf.field, tests);
      return;
    }
    const slot = FIELD_SLOT[leaf.field];
    const test = (kind: ValueTest['kind'], min = 0, max = 0, windowMs = 0): ValueTest => ({
      word: bit.word,
      mask: bit.mask,
      kind,
      slot,
      fieldBit: FIELD_BIT[leaf.field],
      min,
      max,
      windowMs,
    });
    switch (leaf.op) {
      case 'equals':
        this.valueTests.push(test(RANGE, leaf.value as number, leaf.value as number));
        break;
      case 'range':
        this.valueTests.push(test(RANGE, leaf.value.min ?? Number.NEGATIVE_INFINITY, leaf.value.max ?? Number.POSITIVE_INFINITY));
        break;
      case 'withinDays':
        this.valueTests.push(test(WITHIN, 0, 0, leaf.value * DAY_MS));
        break;
      case 'exists':
        this.valueTests.push(test(EXISTS));
        break;
    }
  }
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

/** Sets the bits of the value tests that pass. A future timestamp (clock skew) counts as recent. */
export function passValueTests(frame: Frame, tests: readonly ValueTest[]): void {
  const { numbers, passed, now, known } = frame;
  for (let index = 0; index < tests.length; index++) {
    const test = tests[index]!;
    const value = numbers[test.slot]!;
    const passes =
      test.kind === RANGE ? value >= test.min && value <= test.max : test.kind === WITHIN ? now - value <= test.windowMs : (known & test.fieldBit) !== 0;
    if (passes) passed[test.word]! |= test.mask;
  }
}
