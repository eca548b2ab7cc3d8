import { z } from 'zod';
import { Grade, Id, ShortText } from '../model';

/**
 * Lead assignment rules (issue #24 item 5) as data: the manager's ordered list of rules, each a
 * match (region, industry, grade; an empty list matches anything) and a target (round-robin among
 * chosen reps, optionally capped at a number of open accounts per rep), plus one fallback owner.
 * `assignLead` is pure and deterministic: the same lead, rules and state give the same owner.
 */

/** Most rules, and most reps or values in one rule: a team is a handful of reps and regions. */
export const MAX_RULES = 100;
export const MAX_RULE_ITEMS = 50;

/** A rep as the extension names owners (Account.ownerId, the team member's name). */
const RepName = ShortText.trim().min(1, 'rep name must not be empty');
const MatchValues = z.array(ShortText.trim().min(1, 'a value must not be empty')).max(MAX_RULE_ITEMS, `at most ${MAX_RULE_ITEMS} values`);

export const AssignmentMatch = z.object({
  regions: MatchValues.default([]),
  industries: MatchValues.default([]),
  grades: z.array(Grade).max(4).default([]),
});
export type AssignmentMatch = z.infer<typeof AssignmentMatch>;

export const AssignmentRule = z.object({
  id: Id,
  name: ShortText.trim().min(1, 'a rule needs a name'),
  match: AssignmentMatch.default({ regions: [], industries: [], grades: [] }),
  reps: z
    .array(RepName)
    .max(MAX_RULE_ITEMS, `at most ${MAX_RULE_ITEMS} reps`)
    .refine((reps) => new Set(reps).size === reps.length, 'a rep is listed twice'),
  /** Open accounts a rep may own before this rule passes them over; absent = no cap. */
  capacity: z.number().int().min(1).max(100_000).optional(),
});
export type AssignmentRule = z.infer<typeof AssignmentRule>;

export const AssignmentRules = z
  .object({
    rules: z.array(AssignmentRule).max(MAX_RULES, `at most ${MAX_RULES} rules`).default([]),
    /** Who gets a lead no rule places; absent = it stays unassigned. */
    fallbackOwner: RepName.optional(),
  })
  .refine((value) => new Set(value.rules.map((rule) => rule.id)).size === value.rules.length, 'two rules share an id');
export type AssignmentRules = z.infer<typeof AssignmentRules>;

export const EMPTY_RULES: AssignmentRules = { rules: [] };

/** What the rules look at. */
export interface AssignableLead {
  region?: string;
  industry?: string;
  grade?: Grade;
}

/**
 * What assignment remembers between leads: where each rule's round-robin stands (the index of the
 * rep who got its last lead) and how many open accounts each rep owns.
 */
export const AssignmentState = z.object({
  cursors: z.record(ShortText, z.number().int().nonnegative()).default({}),
  loads: z.record(ShortText, z.number().int().nonnegative()).default({}),
});
export type AssignmentState = z.infer<typeof AssignmentState>;

export const EMPTY_STATE: AssignmentState = { cursors: {}, loads: {} };

/**
 * Why the owner is who it is: `rule` (a rule matched and one of its reps had room); the fallback
 * owner because nothing matched (`noMatch`), every matching rule's reps were at capacity
 * (`allFull`) or the matching rules name no reps (`noReps`); or `unassigned` with the same
 * cause when there is no fallback owner.
 */
export type AssignmentCause = 'noMatch' | 'allFull' | 'noReps';
export type AssignmentReason = { kind: 'rule' } | { kind: 'fallback'; cause: AssignmentCause } | { kind: 'unassigned'; cause: AssignmentCause };

export interface Assignment {
  ownerId: string;
  /** The rule that placed it; null when the fallback owner got it. */
  ruleId: string | null;
  ruleName: string | null;
  reason: AssignmentReason;
  /** The state after this lead: the rule's cursor moved on, the owner's load one higher. */
  state: AssignmentState;
}

export interface Unassigned {
  ownerId: null;
  ruleId: null;
  ruleName: null;
  reason: AssignmentReason & { kind: 'unassigned' };
  state: AssignmentState;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en');

function matchesValue(wanted: readonly string[], value: string | undefined): boolean {
  if (wanted.length === 0) return true;
  if (value === undefined || value.trim() === '') return false;
  const folded = fold(value);
  return wanted.some((candidate) => fold(candidate) === folded);
}

export function ruleMatches(match: AssignmentMatch, lead: AssignableLead): boolean {
  return (
    matchesValue(match.regions, lead.region) &&
    matchesValue(match.industries, lead.industry) &&
    (match.grades.length === 0 || (lead.grade !== undefined && match.grades.includes(lead.grade)))
  );
}

function withAssigned(state: AssignmentState, owner: string, rule: AssignmentRule | null, index: number): AssignmentState {
  return {
    cursors: rule ? { ...state.cursors, [rule.id]: index } : state.cursors,
    loads: { ...state.loads, [owner]: (state.loads[owner] ?? 0) + 1 },
  };
}

/**
 * The owner for one lead: the first matching rule whose round-robin finds a rep below capacity,
 * starting after the rep who got that rule's last lead; else the fallback owner; else unassigned.
 * Work is bounded by rules × reps (MAX_RULES × MAX_RULE_ITEMS).
 */
export function assignLead(lead: AssignableLead, rules: AssignmentRules, state: AssignmentState = EMPTY_STATE): Assignment | Unassigned {
  let cause: AssignmentCause = 'noMatch';
  for (const rule of rules.rules) {
    if (!ruleMatches(rule.match, lead)) continue;
    if (rule.reps.length === 0) {
      if (cause === 'noMatch') cause = 'noReps';
      continue;
    }
    const last = state.cursors[rule.id];
    const start = last === undefined ? 0 : (last + 1) % rule.reps.length;
    for (let step = 0; step < rule.reps.length; step += 1) {
      const index = (start + step) % rule.reps.length;
      const rep = rule.reps[index]!;
      if (rule.capacity !== undefined && (state.loads[rep] ?? 0) >= rule.capacity) continue;
      return { ownerId: rep, ruleId: rule.id, ruleName: rule.name, reason: { kind: 'rule' }, state: withAssigned(state, rep, rule, index) };
    }
    cause = 'allFull';
  }
  if (rules.fallbackOwner) {
    const owner = rules.fallbackOwner;
    return { ownerId: owner, ruleId: null, ruleName: null, reason: { kind: 'fallback', cause }, state: withAssigned(state, owner, null, 0) };
  }
  return { ownerId: null, ruleId: null, ruleName: null, reason: { kind: 'unassigned', cause }, state };
}
