import { RuleSet } from '../model/ruleSet';
import { RULE_SET_LIMITS as LIMITS } from './limits';
import { formatPath, problemsFromZodIssues, type RuleSetProblem } from './ruleSetProblem';

export type ParseRuleSetResult =
  | { readonly ok: true; readonly ruleSet: RuleSet }
  | { readonly ok: false; readonly errors: readonly RuleSetProblem[] };

/**
 * Reads an untrusted rule set (an import, a stored record, the editor's draft). On failure the
 * errors name the exact path and reason, e.g. `rules[3].when.all[1].value`; the caller keeps
 * the rule set currently in force.
 */
export function parseRuleSet(json: unknown): ParseRuleSetResult {
  const tooMany = ruleCountProblem(json);
  if (tooMany) return { ok: false, errors: [tooMany] };
  const result = RuleSet.safeParse(json);
  if (result.success) return { ok: true, ruleSet: result.data };
  const errors = problemsFromZodIssues(result.error.issues)
    .slice(0, LIMITS.problems)
    .map((problem) => ({ path: formatPath(problem.path), message: problem.message }));
  return { ok: false, errors };
}

/** Checked before the schema so an oversized import is refused without validating every rule. */
function ruleCountProblem(json: unknown): RuleSetProblem | null {
  if (typeof json !== 'object' || json === null || !('rules' in json)) return null;
  const { rules } = json;
  if (!Array.isArray(rules) || rules.length <= LIMITS.rules) return null;
  return { path: 'rules', message: `a rule set holds at most ${LIMITS.rules} rules; this one has ${rules.length}` };
}
