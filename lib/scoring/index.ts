/** Lead scoring (issue #4): rule sets as data, compiled once into bit masks, scored in microseconds. */
export { parseRuleSet, type ParseRuleSetResult } from './parseRuleSet';
export { compileRuleSet, type CompiledRuleSet } from './compileRuleSet';
export { scoreLead } from './scoreLead';
export { leadInputFrom } from './leadInputFrom';
export { explainGradeChange, isSameScore, type GradeChange, type AdjustedReason } from './explainGradeChange';
export { rescoreAll, type RescoreInput, type RescoreOutcome } from './rescoreAll';
export { DEFAULT_RULE_SET } from './defaultRules';
export { NO_SIGNALS, type ScoringLead, type Signals, type SiteVisit } from './scoringLead';
export { SCORING_FIELDS, FIELD_NAMES, PROFILE_FIELD_NAMES, SIGNAL_AMOUNTS, OPERATORS, operatorsFor } from './fields';
export type { FieldName, FieldKind, FieldSpec, Operator, SignalAmount } from './fields';
export type { Condition, LeafCondition } from './condition';
export { RULE_SET_LIMITS } from './limits';
export type { RuleSetProblem } from './ruleSetProblem';
export { SENIORITIES, seniorityFromTitle, type Seniority } from './seniority';
