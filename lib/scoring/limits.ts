/**
 * Bounds on a rule set. Real sets hold tens of rules; the bounds keep a bad import from making
 * every scoring slow or a stored score huge (one reason per rule), and they are what the rule
 * editor should enforce as the manager types. Issue #4 asks that 10,000 rules give a clear
 * error or work: we refuse them, since no manager reviews 10,000 rules a month.
 */
export const RULE_SET_LIMITS = {
  rules: 500,
  groups: 20,
  /** Levels of all/any/not, counting the top condition as level 1. */
  conditionDepth: 8,
  /** Parts (groups and leaves) in one rule's condition. */
  conditionNodes: 64,
  /** Children of one all/any. */
  conditionChildren: 32,
  /** Values in one `in` list. */
  listValues: 500,
  text: 1_000,
  label: 200,
  id: 64,
  /** |points| of a rule; scores are meant to read on a 0–100 scale. */
  points: 1_000,
  /** Bounds for caps, thresholds and range ends. */
  magnitude: 1e15,
  halfLifeDays: 3_650,
  withinDays: 3_650,
  /** Problems reported for one rule set: enough to fix, not a wall of text. */
  problems: 50,
} as const;
