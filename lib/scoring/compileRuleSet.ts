import type { LocalizedLabel, ScoreReason } from '../model/grade';
import type { Rule, RuleGroup, RuleSet } from '../model/ruleSet';
import type { Condition } from './condition';
import { decayRate } from './decay';
import { PROFILE_FIELD_NAMES, type DecayingSignal, type FieldName } from './fields';
import { FieldTexts } from './fieldTexts';
import { FIELD_BIT, FIELD_SLOT } from './frame';
import type { ProfileFieldName, ProfileReads } from './readLead';
import { hitsOf, type Bit, type Hits, type ValueTest } from './leafBits';
import { planFiring, ruleBit, type RuleCheck } from './ruleFiring';
import { tooLittleKnownReason } from './unscoredReasons';

/** What a rule gives once it fires; how it fires is in ruleFiring.ts. */
export interface CompiledRule {
  readonly id: string;
  readonly label: LocalizedLabel;
  readonly points: number;
  /** With `per`: the `Frame.numbers` slot of the decayed amount the points are multiplied by; else -1. */
  readonly amountSlot: number;
  readonly maxPoints: number;
  /** Shared by every score this fixed-points rule fires in, so scoring allocates no reason for it. */
  readonly reason: ScoreReason;
}

export interface CompiledGroup {
  readonly id: string;
  /** The bits of its rules in `Frame.bits`. */
  readonly ruleBits: Hits;
  readonly min: number;
  readonly max: number;
  readonly capRuleId: string;
  readonly capLabel: LocalizedLabel;
  readonly floorLabel: LocalizedLabel;
}

/** A rule set ready to score: compile once per rule-set version, score many leads. */
export interface CompiledRuleSet {
  readonly ruleSetVersion: number;
  readonly name: string;
  /** Enabled rules in scoring order (group by group), indexed by their bit in `Frame.bits`. */
  readonly rules: readonly CompiledRule[];
  readonly groups: readonly CompiledGroup[];
  readonly thresholds: { readonly A: number; readonly B: number };
  readonly decayRates: Readonly<Record<DecayingSignal, number>>;
  /** Which signals any rule reads; the others are neither decayed nor checked. */
  readonly reads: { readonly visits: boolean; readonly emailReplies: boolean; readonly meetings: boolean; readonly lastTouchAt: boolean };
  /** Which profile fields are read into the frame (and type-checked), and their text tests. */
  readonly profileReads: ProfileReads;
  /** The number, timestamp and "exists" leaves, tested once per scoring. */
  readonly valueTests: readonly ValueTest[];
  /** The rules that the fields they need and a condition decide, checked once the leaves are in. */
  readonly checks: readonly RuleCheck[];
  /** `Frame.bits` before a lead is read: the rules that fire whatever the lead. */
  readonly initialBits: Int32Array;
  /** `FIELD_BIT`s of the fields that count towards "enough is known". */
  readonly knownMask: number;
  readonly minKnownFields: number;
  /** Indexed by how many profile facts are known. */
  readonly tooLittleKnownReasons: readonly ScoreReason[];
}

/** Compiles a rule set that `parseRuleSet` accepted into plain data: masks, slots and shared reasons. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const fieldsRead = new Set<FieldName>(ruleSet.unscored.knownFields);
  const enabled = ruleSet.rules.filter((rule) => rule.enabled);
  for (const rule of enabled) {
    if (rule.when) collectFields(rule.when, fieldsRead);
    if (rule.per) fieldsRead.add(rule.per);
  }
  const grouped = ruleSet.groups.map((group) => enabled.filter((rule) => rule.group === group.id));
  const ordered = grouped.flat();
  const { initialBits, checks, leaves } = planFiring(ordered);
  const textTests = leaves.textTests();
  const bitOf = new Map(ordered.map((rule, index) => [rule, ruleBit(index)]));
  const groups = ruleSet.groups.map((group, index) => compileGroup(group, grouped[index]!.map((rule) => bitOf.get(rule)!)));
  return {
    ruleSetVersion: ruleSet.version,
    name: ruleSet.name,
    rules: ordered.map(compileRule),
    groups,
    thresholds: { A: ruleSet.grades.A, B: ruleSet.grades.B },
    decayRates: {
      visits: decayRate(ruleSet.decay.visits.halfLifeDays),
      emailReplies: decayRate(ruleSet.decay.emailReplies.halfLifeDays),
      meetings: decayRate(ruleSet.decay.meetings.halfLifeDays),
    },
    reads: {
      visits: fieldsRead.has('visits') || fieldsRead.has('visitMinutes'),
      emailReplies: fieldsRead.has('emailReplies'),
      meetings: fieldsRead.has('meetings'),
      lastTouchAt: fieldsRead.has('lastTouchAt'),
    },
    profileReads: {
      fields: Object.fromEntries(PROFILE_FIELD_NAMES.map((field) => [field, fieldsRead.has(field)])) as Record<ProfileFieldName, boolean>,
      texts: Object.fromEntries(
        PROFILE_FIELD_NAMES.map((field) => {
          const tests = textTests.get(field);
          return [field, tests ? new FieldTexts(tests) : undefined];
        }),
      ) as Record<ProfileFieldName, FieldTexts | undefined>,
    },
    valueTests: leaves.valueTests(),
    checks,
    initialBits,
    knownMask: ruleSet.unscored.knownFields.reduce((mask, field) => mask | FIELD_BIT[field], 0),
    minKnownFields: ruleSet.unscored.minKnownFields,
    tooLittleKnownReasons: Array.from({ length: ruleSet.unscored.minKnownFields }, (_, known) =>
      tooLittleKnownReason(known, ruleSet.unscored.minKnownFields),
    ),
  };
}

function compileGroup(group: RuleGroup, ruleBits: Bit[]): CompiledGroup {
  const max = group.max ?? Number.POSITIVE_INFINITY;
  const min = group.min ?? Number.NEGATIVE_INFINITY;
  return {
    id: group.id,
    ruleBits: hitsOf(ruleBits),
    min,
    max,
    capRuleId: `cap:${group.id}`,
    capLabel: freezeLabel({
      en: `${group.label.en}: capped at ${max} points`,
      zh_CN: `${group.label.zh_CN}：最多计 ${max} 分`,
    }),
    floorLabel: freezeLabel({
      en: `${group.label.en}: deductions capped at ${-min} points`,
      zh_CN: `${group.label.zh_CN}：最多扣 ${-min} 分`,
    }),
  };
}

function compileRule(rule: Rule): CompiledRule {
  const label = freezeLabel({ ...rule.label });
  const per = rule.per;
  return {
    id: rule.id,
    label,
    points: rule.points,
    amountSlot: per ? FIELD_SLOT[per] : -1,
    maxPoints: rule.maxPoints ?? Number.POSITIVE_INFINITY,
    reason: Object.freeze({ ruleId: rule.id, label, points: rule.points }),
  };
}

/** The fields a condition reads: each is read into the frame, the others are not. */
function collectFields(condition: Condition, into: Set<FieldName>): void {
  if ('all' in condition) condition.all.forEach((child) => collectFields(child, into));
  else if ('any' in condition) condition.any.forEach((child) => collectFields(child, into));
  else if ('not' in condition) collectFields(condition.not, into);
  else into.add(condition.field);
}

function freezeLabel(label: LocalizedLabel): LocalizedLabel {
  return Object.freeze(label);
}
