import type { RuleSetProblem } from '../../lib/scoring/ruleSetProblem';

/** Problems of a rule set, each with its exact path (`rules[3].when.all[1].value`) and reason. */
export function RuleSetErrors({ title, problems, testId, tone = 'error' }: { title: string; problems: readonly RuleSetProblem[]; testId: string; tone?: 'error' | 'warning' }) {
  if (problems.length === 0) return null;
  return (
    <div class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <p>{title}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <code>{problem.path || '/'}</code>
            {': '}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
