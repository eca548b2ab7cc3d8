import { z } from 'zod';
import { LocalizedLabel } from './grade';
import { ConditionSchema } from '../scoring/condition';
import { DECAYING_SIGNALS, PROFILE_FIELD_NAMES, SIGNAL_AMOUNTS } from '../scoring/fields';
import { RULE_SET_LIMITS as LIMITS } from '../scoring/limits';

/**
 * The manager's scoring rule set, stored and exchanged as JSON (issue #4). Validate untrusted
 * input with `parseRuleSet` (lib/scoring), which reports each problem at its exact path;
 * the grammar of conditions and the field vocabulary live in lib/scoring.
 */

const RuleId = z
  .string()
  .max(LIMITS.id)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, 'use letters, digits, "_", "-" and "."');
const GroupId = z
  .string()
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'use letters, digits, "_" and "-"');
const Points = z.number().finite().min(-LIMITS.points).max(LIMITS.points);
const Magnitude = z.number().finite().min(-LIMITS.magnitude).max(LIMITS.magnitude);

export const RuleGroup = z.strictObject({
  id: GroupId,
  label: LocalizedLabel,
  /** The group's points are clamped to [min, max]: e.g. engagement can add at most 40. */
  max: Magnitude.optional(),
  min: Magnitude.optional(),
});
export type RuleGroup = z.infer<typeof RuleGroup>;

export const Rule = z.strictObject({
  id: RuleId,
  label: LocalizedLabel,
  group: GroupId,
  /** Off rules stay in the document (the editor can switch them back on) but never score. */
  enabled: z.boolean().default(true),
  /** When the rule applies; absent means always (useful with `per`). */
  when: ConditionSchema.optional(),
  /** Points when it applies; with `per`, points for each (decayed) unit of that signal. */
  points: Points,
  per: z.enum(SIGNAL_AMOUNTS).optional(),
  /** With `per`: the most this rule can give (or take). */
  maxPoints: z.number().positive().max(LIMITS.points).optional(),
  /** The manager's reason for the rule, for the next person who edits it. */
  note: z.string().max(LIMITS.text).optional(),
});
export type Rule = z.infer<typeof Rule>;

const HalfLife = z.strictObject({ halfLifeDays: z.number().positive().max(LIMITS.halfLifeDays) });

export const RuleSet = z
  .strictObject({
    schemaVersion: z.literal(1),
    /** Bumped on every save; stored with each score so stale grades can be found. */
    version: z.number().int().nonnegative(),
    name: z.string().max(LIMITS.label),
    updatedAt: z.number().int().nonnegative(),
    groups: z.array(RuleGroup).min(1).max(LIMITS.groups),
    rules: z
      .array(Rule)
      .max(LIMITS.rules, { error: (issue) => `a rule set holds at most ${LIMITS.rules} rules; this one has ${lengthOf(issue.input)}` }),
    /** Score ≥ A grades A, ≥ B grades B, anything lower C. */
    grades: z.strictObject({ A: Magnitude, B: Magnitude }),
    /** Half-life per behaviour signal: a visit `halfLifeDays` old counts half. */
    decay: z.strictObject(Object.fromEntries(DECAYING_SIGNALS.map((signal) => [signal, HalfLife])) as Record<
      (typeof DECAYING_SIGNALS)[number],
      typeof HalfLife
    >),
    /** Fewer than `minKnownFields` of `knownFields` known, and no red flag: graded "unscored". */
    unscored: z.strictObject({
      minKnownFields: z.number().int().min(0).max(PROFILE_FIELD_NAMES.length),
      knownFields: z.array(z.enum(PROFILE_FIELD_NAMES)).max(PROFILE_FIELD_NAMES.length),
    }),
  })
  .superRefine((set, ctx) => {
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const groupIds = new Set<string>();
    set.groups.forEach((group, index) => {
      if (groupIds.has(group.id)) problem(['groups', index, 'id'], `group "${group.id}" is declared twice`);
      groupIds.add(group.id);
      if (group.min !== undefined && group.max !== undefined && group.min > group.max) {
        problem(['groups', index, 'min'], 'min is above max');
      }
    });
    const ruleIds = new Set<string>();
    set.rules.forEach((rule, index) => {
      if (ruleIds.has(rule.id)) problem(['rules', index, 'id'], `rule id "${rule.id}" is used twice`);
      ruleIds.add(rule.id);
      if (!groupIds.has(rule.group)) {
        problem(['rules', index, 'group'], `no group "${rule.group}"; declared: ${[...groupIds].join(', ')}`);
      }
      if (rule.maxPoints !== undefined && rule.per === undefined) {
        problem(['rules', index, 'maxPoints'], 'maxPoints only applies to a rule with "per"');
      }
    });
    if (set.grades.A <= set.grades.B) problem(['grades', 'A'], 'the A threshold must be above the B threshold');
    if (new Set(set.unscored.knownFields).size !== set.unscored.knownFields.length) {
      problem(['unscored', 'knownFields'], 'a field is listed twice');
    }
    if (set.unscored.minKnownFields > set.unscored.knownFields.length) {
      problem(['unscored', 'minKnownFields'], 'more known fields required than listed');
    }
  });
export type RuleSet = z.infer<typeof RuleSet>;

function lengthOf(value: unknown): string {
  return Array.isArray(value) ? String(value.length) : 'too many';
}

/** @deprecated Use `RuleSet`; kept while callers written against the foundation move over (issue #4). */
export const RuleSetEnvelope = RuleSet;
export type RuleSetEnvelope = RuleSet;
