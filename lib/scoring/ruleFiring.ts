import type { Rule } from '../model/ruleSet';
import { compileCondition, firingLeaves, holds, type BitCondition } from './compileCondition';
import type { Frame } from './frame';
import { LeafBits, type Bit } from './leafBits';
import { decidedByRequiredFields, requiredFields } from './requiredFields';

/**
 * How each rule's bit in `Frame.bits` gets set. Scoring then visits only the rules that fired
 * (scoreLead.ts), rather than testing every rule of the set on every lead:
 * - a rule without a condition fires whatever the lead: its bit is set from the start;
 * - a rule whose condition is a leaf or an `any` of leaves is fired by those leaves (leafBits.ts);
 * - any other rule is checked once its leaves are in: the fields it needs, then its condition.
 */
export interface RuleFiring {
  /** Bits set before a lead is read; as long as `Frame.bits` is used, so scoring copies it. */
  readonly initialBits: Int32Array;
  readonly checks: readonly RuleCheck[];
  readonly leaves: LeafBits;
}

export interface RuleCheck extends Bit {
  /** `FIELD_BIT`s that must all be known (requiredFields.ts). */
  readonly needs: number;
  /** Undefined when `needs` decide alone. */
  readonly when: BitCondition | undefined;
}

/** The bit of the rule at `index` in scoring order. */
export function ruleBit(index: number): Bit {
  return { word: index >>> 5, mask: 1 << (index & 31) };
}

/** `rules` in scoring order: the rule at index i has `ruleBit(i)`. */
export function planFiring(rules: readonly Rule[]): RuleFiring {
  const leaves = new LeafBits(Math.ceil(rules.length / 32));
  const always: Bit[] = [];
  const checks: RuleCheck[] = [];
  rules.forEach(({ when }, index) => {
    const bit = ruleBit(index);
    const firing = when && firingLeaves(when);
    if (firing) for (const leaf of firing) leaves.fires(leaf, bit);
    else if (!when) always.push(bit);
    else checks.push({ ...bit, needs: requiredFields(when), when: decidedByRequiredFields(when) ? undefined : compileCondition(when, leaves) });
  });
  const initialBits = new Int32Array(Math.max(leaves.words, 1));
  for (const { word, mask } of always) initialBits[word]! |= mask;
  return { initialBits, checks, leaves };
}

/** Sets the bits of the checked rules that fire; after every leaf's bits are set. */
export function checkRules(frame: Frame, checks: readonly RuleCheck[]): void {
  const { bits, known } = frame;
  for (let index = 0; index < checks.length; index++) {
    const check = checks[index]!;
    if ((known & check.needs) === check.needs && (check.when === undefined || holds(check.when, bits))) bits[check.word]! |= check.mask;
  }
}
