import type { RuleSet } from '../../model/ruleSet';
import { compileRuleSet, type CompiledRuleSet } from '../compileRuleSet';
import { DEFAULT_RULE_SET } from '../defaultRules';
import { parseRuleSet } from '../parseRuleSet';
import type { RuleSetProblem } from '../ruleSetProblem';

/** The rule set in force and where it came from; `problems` says why a stored one was not used. */
export interface RuleSetState {
  readonly ruleSet: RuleSet;
  readonly compiled: CompiledRuleSet;
  readonly source: 'default' | 'stored' | 'lastValid';
  readonly problems: readonly RuleSetProblem[];
}

/** Identifies one saved rule set: a save bumps the version and sets `updatedAt`. */
export const ruleSetKey = (ruleSet: Pick<RuleSet, 'version' | 'updatedAt'>): string => `${ruleSet.version}:${ruleSet.updatedAt}`;

/**
 * Compiles once per version: every context (background, side panel, options) keeps the last
 * few compiled sets, so re-scoring 100k leads or one lead never recompiles.
 */
const compiledByKey = new Map<string, CompiledRuleSet>();
export function compiledFor(ruleSet: RuleSet): CompiledRuleSet {
  const key = ruleSetKey(ruleSet);
  let compiled = compiledByKey.get(key);
  if (!compiled) {
    compiled = compileRuleSet(ruleSet);
    if (compiledByKey.size >= 4) compiledByKey.delete(compiledByKey.keys().next().value!);
    compiledByKey.set(key, compiled);
  }
  return compiled;
}

/**
 * Which rule set is in force, from what storage holds: the stored one when valid; else the last
 * valid one this device saw, else the defaults, with the stored one's problems to show the manager.
 */
export function ruleSetStateFrom(stored: unknown, lastValid: unknown): RuleSetState {
  if (stored === null || stored === undefined) return stateOf(DEFAULT_RULE_SET, 'default', []);
  const parsed = parseRuleSet(stored);
  if (parsed.ok) return stateOf(parsed.ruleSet, 'stored', []);
  const fallback = lastValid === null || lastValid === undefined ? null : parseRuleSet(lastValid);
  if (fallback?.ok) return stateOf(fallback.ruleSet, 'lastValid', parsed.errors);
  return stateOf(DEFAULT_RULE_SET, 'default', parsed.errors);
}

function stateOf(ruleSet: RuleSet, source: RuleSetState['source'], problems: readonly RuleSetProblem[]): RuleSetState {
  return { ruleSet, compiled: compiledFor(ruleSet), source, problems };
}
