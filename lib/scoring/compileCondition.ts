import type { Condition, LeafCondition } from './condition';
import type { Bit, LeafBits } from './leafBits';

/**
 * The leaves any one of which fires the rule on its own, when the condition is a leaf or an `any`
 * of them ("industry in [...] or contains 'software'"): such a rule needs no test, its leaves set
 * its bit (leafBits.ts). Undefined for other conditions.
 */
export function firingLeaves(condition: Condition): LeafCondition[] | undefined {
  if ('not' in condition) return undefined;
  if ('all' in condition) return condition.all.length === 1 ? firingLeaves(condition.all[0]!) : undefined;
  if ('any' in condition) {
    const leaves = condition.any.map(firingLeaves);
    return leaves.every((each) => each !== undefined) ? leaves.flat() : undefined;
  }
  return [condition];
}

/**
 * Any other condition, compiled: a test on the bits of the leaves that pass (`Frame.bits`). `not`
 * is pushed down to the leaves, so a node is an all/any of leaves that must pass (`mask`), leaves
 * that must fail (`notMask`) and nested nodes. A typical rule ("last touch exists and not within
 * 60 days") is then one mask test with no call: plain data, since MV3 forbids eval and new Function.
 */
export interface BitCondition {
  readonly any: boolean;
  /** The word of `Frame.bits` that `mask` and `notMask` are bits of. */
  readonly word: number;
  readonly mask: number;
  readonly notMask: number;
  readonly children: readonly BitCondition[];
}

/** Compiles a validated condition tree once, giving each leaf its bit in `leaves`. */
export function compileCondition(condition: Condition, leaves: LeafBits): BitCondition {
  const part = partOf(condition, false, leaves);
  return 'any' in part ? part : nodeOf(false, [part]);
}

/** A leaf that must pass (or, negated, fail). */
interface Literal {
  readonly bit: Bit;
  readonly negated: boolean;
}

function partOf(condition: Condition, negated: boolean, leaves: LeafBits): BitCondition | Literal {
  if ('not' in condition) return partOf(condition.not, !negated, leaves);
  // not(all) is any(not), not(any) is all(not).
  if ('all' in condition) return nodeOf(negated, condition.all.map((child) => partOf(child, negated, leaves)));
  if ('any' in condition) return nodeOf(!negated, condition.any.map((child) => partOf(child, negated, leaves)));
  return { bit: leaves.bitOf(condition), negated };
}

function nodeOf(any: boolean, parts: ReadonlyArray<BitCondition | Literal>): BitCondition {
  let word = -1;
  let mask = 0;
  let notMask = 0;
  const children: BitCondition[] = [];
  for (const part of parts) {
    if (!('bit' in part)) children.push(part);
    else if (word !== -1 && part.bit.word !== word) children.push(nodeOf(any, [part]));
    else {
      word = part.bit.word;
      if (part.negated) notMask |= part.bit.mask;
      else mask |= part.bit.mask;
    }
  }
  return { any, word: Math.max(word, 0), mask, notMask, children };
}

/** Whether the condition holds, given the bits of the leaves that passed. */
export function holds(condition: BitCondition, bits: Int32Array): boolean {
  const word = bits[condition.word]!;
  const { children } = condition;
  if (condition.any) {
    if ((word & condition.mask) !== 0 || (~word & condition.notMask) !== 0) return true;
    for (let index = 0; index < children.length; index++) if (holds(children[index]!, bits)) return true;
    return false;
  }
  if ((word & condition.mask) !== condition.mask || (word & condition.notMask) !== 0) return false;
  for (let index = 0; index < children.length; index++) if (!holds(children[index]!, bits)) return false;
  return true;
}
