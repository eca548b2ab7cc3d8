import type { z } from 'zod';
import { withEllipsis } from '../text/ellipsis';

/** Why a rule set was refused: where (`rules[3].when.all[1].value`) and what is wrong. */
export interface RuleSetProblem {
  readonly path: string;
  readonly message: string;
}

export type ProblemPath = ReadonlyArray<PropertyKey>;

/** `['rules', 3, 'when', 'all', 1, 'value']` → `rules[3].when.all[1].value`. */
export function formatPath(path: ProblemPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? shorten(String(key)) : `.${shorten(String(key))}`;
  }
  return text;
}

/**
 * Zod issues as problems, one per unknown key so each points at the offending field
 * itself rather than at the object holding it.
 */
export function problemsFromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: ProblemPath = [],
): Array<{ path: PropertyKey[]; message: string }> {
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: [...prefix, ...issue.path, key], message: `unknown field "${shorten(key)}"` });
      }
    } else {
      problems.push({ path: [...prefix, ...issue.path], message: issue.message });
    }
  }
  return problems;
}

/** Unknown keys come from untrusted JSON and may be a megabyte long. */
const shorten = (text: string): string => withEllipsis(text, 60);
