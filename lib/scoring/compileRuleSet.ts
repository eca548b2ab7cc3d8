import type { LocalizedLabel, ScoreReason } from '../model/grade';
import type { Rule, RuleGroup, RuleSet } from '../model/ruleSet';
import type { Condition } from './condition';
import { compileCondition, type Test } from './compileCondition';
import { decayRate } from './decay';
import { PROFILE_FIELD_NAMES, SCORING_FIELDS, type DecayingSignal, type FieldName } from './fields';
import { FIELD_BIT, fieldReader, type Frame, type ProfileFieldModes, type ProfileFieldName, type ReadMode } from './frame';
import { decidedByRequiredFields, requiredFields } from './requiredFields';
import { tooLittleKnownReason } from './unscoredReasons';

export interface CompiledRule {
  readonly id: string;
  readonly label: LocalizedLabel;
  /** `FIELD_BIT`s that must all be known for the rule to apply (see requiredFields.ts). */
  readonly needs: number;
  /** Undefined: the rule applies whenever `needs` are known. */
  readonly test: Test | undefined;
  readonly points: number;
  /** With `per`: the decayed amount the points are multiplied by. */
  readonly amount: ((frame: Frame) => number) | undefined;
  readonly maxPoints: number;
  /** Shared by every score this fixed-points rule fires in, so scoring allocates no reason for it. */
  readonly reason: ScoreReason;
}

export interface CompiledGroup {
  readonly id: string;
  readonly rules: readonly CompiledRule[];
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
  readonly groups: readonly CompiledGroup[];
  readonly thresholds: { readonly A: number; readonly B: number };
  readonly decayRates: Readonly<Record<DecayingSignal, number>>;
  /** Which signals any rule reads; the others are neither decayed nor checked. */
  readonly reads: { readonly visits: boolean; readonly emailReplies: boolean; readonly meetings: boolean; readonly lastTouchAt: boolean };
  /** How each profile field is copied into the frame (and type-checked), if at all. */
  readonly profileFieldModes: ProfileFieldModes;
  /** `FIELD_BIT`s of the fields that count towards "enough is known". */
  readonly knownMask: number;
  readonly minKnownFields: number;
  /** Indexed by how many profile facts are known. */
  readonly tooLittleKnownReasons: readonly ScoreReason[];
}

/** Compiles a rule set that `parseRuleSet` accepted into plain closures. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const fieldsRead = new Map<FieldName, ReadMode>(ruleSet.unscored.knownFields.map((field) => [field, 1]));
  const enabled = ruleSet.rules.filter((rule) => rule.enabled);
  for (const rule of enabled) {
    if (rule.when) collectFields(rule.when, fieldsRead);
    if (rule.per) fieldsRead.set(rule.per, 1);
  }
  const groups = ruleSet.groups.map((group) => compileGroup(group, enabled.filter((rule) => rule.group === group.id)));
  return {
    ruleSetVersion: ruleSet.version,
    name: ruleSet.name,
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
    profileFieldModes: Object.fromEntries(PROFILE_FIELD_NAMES.map((field) => [field, fieldsRead.get(field) ?? 0])) as Record<
      ProfileFieldName,
      ReadMode
    >,
    knownMask: ruleSet.unscored.knownFields.reduce((mask, field) => mask | FIELD_BIT[field], 0),
    minKnownFields: ruleSet.unscored.minKnownFields,
    tooLittleKnownReasons: Array.from({ length: ruleSet.unscored.minKnownFields }, (_, known) =>
      tooLittleKnownReason(known, ruleSet.unscored.minKnownFields),
    ),
  };
}

function compileGroup(group: RuleGroup, rules: Rule[]): CompiledGroup {
  const max = group.max ?? Number.POSITIVE_INFINITY;
  const min = group.min ?? Number.NEGATIVE_INFINITY;
  return {
    id: group.id,
    rules: rules.map(compileRule),
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
    needs: rule.when ? requiredFields(rule.when) : 0,
    test: rule.when && !decidedByRequiredFields(rule.when) ? compileCondition(rule.when) : undefined,
    points: rule.points,
    amount: per ? (fieldReader(per) as (frame: Frame) => number) : undefined,
    maxPoints: rule.maxPoints ?? Number.POSITIVE_INFINITY,
    reason: Object.freeze({ ruleId: rule.id, label, points: rule.points }),
  };
}

/** Text that equals/in/contains compare is normalised once per scoring; other reads are not. */
function collectFields(condition: Condition, into: Map<FieldName, ReadMode>): void {
  if ('all' in condition) condition.all.forEach((child) => collectFields(child, into));
  else if ('any' in condition) condition.any.forEach((child) => collectFields(child, into));
  else if ('not' in condition) collectFields(condition.not, into);
  else {
    const comparesText = condition.op === 'in' || condition.op === 'contains' || (condition.op === 'equals' && typeof condition.value === 'string');
    into.set(condition.field, comparesText ? 2 : Math.max(into.get(condition.field) ?? 1, 1) as ReadMode);
  }
}

function freezeLabel(label: LocalizedLabel): LocalizedLabel {
  return Object.freeze(label);
}
