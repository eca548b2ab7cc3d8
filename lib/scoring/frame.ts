import { FIELD_NAMES, type FieldName } from './fields';

/**
 * One scoring's working state: which fields are known, the numbers rules compare, which rules
 * fire and which leaf tests pass (leafBits.ts). Rules read it through typed arrays by index, which
 * keeps every load monomorphic, and the frame is reused by the next scoring, so filling it
 * allocates nothing: the ≥ 1M scorings/s budget (issue #4) relies on both.
 */
export interface Frame {
  now: number;
  /** `FIELD_BIT`s of the fields that hold a value. */
  known: number;
  /**
   * By `FIELD_SLOT`: the number and timestamp fields rules read, and the decayed signals; NaN
   * when unknown, so every comparison with it fails. A slot is written by every scoring whose
   * rule set reads the field, and no test reads a field its rule set does not read.
   */
  readonly numbers: Float64Array;
  /**
   * A bit per rule of the rule set, in scoring order, set when the rule fires; then a bit per leaf
   * that a rule's condition tests on its own, set when the leaf passes.
   */
  readonly bits: Int32Array;
  /** Where `decayVisitsInto` writes, on the way to `numbers`. */
  visits: number;
  visitMinutes: number;
}

/**
 * Bit of each field in `Frame.known`, so "is it known" is a mask test rather than a call. A shift,
 * not `2 ** index`: that gives a boxed double, and every rule's `needs` mask was then one too.
 */
export const FIELD_BIT: Readonly<Record<FieldName, number>> = Object.fromEntries(
  FIELD_NAMES.map((name, index) => [name, 1 << index]),
) as Record<FieldName, number>;

/** Index of each field in `Frame.numbers`. */
export const FIELD_SLOT: Readonly<Record<FieldName, number>> = Object.fromEntries(
  FIELD_NAMES.map((name, index) => [name, index]),
) as Record<FieldName, number>;

/** The frame of the last scoring that finished; a scoring started inside another (a lead's getter) gets its own. */
let spareFrame: Frame | undefined;

/** A frame with nothing known and `initialBits` set (the rules that fire whatever the lead). */
export function takeFrame(now: number, initialBits: Int32Array): Frame {
  let frame = spareFrame;
  spareFrame = undefined;
  if (frame === undefined || frame.bits.length < initialBits.length) {
    frame = {
      now,
      known: 0,
      numbers: new Float64Array(FIELD_NAMES.length).fill(Number.NaN),
      bits: new Int32Array(initialBits.length),
      visits: 0,
      visitMinutes: 0,
    };
  }
  frame.now = now;
  frame.known = 0;
  const { bits } = frame;
  for (let index = 0; index < initialBits.length; index++) bits[index] = initialBits[index]!;
  return frame;
}

/** Hands the frame to the next scoring once nothing reads it any more. */
export function releaseFrame(frame: Frame): void {
  spareFrame = frame;
}
