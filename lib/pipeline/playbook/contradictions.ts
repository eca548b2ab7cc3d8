import type { PlaybookRule } from './rule';

export interface RuleProblem {
  /** Path inside `rules`, e.g. `[2, 'trigger', 'ruleId']`. */
  path: Array<string | number>;
  message: string;
}

/** Shortest gap between touches of a recurring rule: a shorter one is a notification storm. */
const MIN_RECURRING_HOURS = 24;

const overlaps = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean =>
  a === undefined || b === undefined || a.some((item) => b.includes(item));

const lowerCase = (tags: readonly string[] | undefined) => tags?.map((tag) => tag.toLowerCase());

function sameScope(a: PlaybookRule, b: PlaybookRule): boolean {
  return (
    overlaps(a.when.stages, b.when.stages) &&
    overlaps(a.when.grades, b.when.grades) &&
    overlaps(lowerCase(a.when.tags), lowerCase(b.when.tags))
  );
}

function dueHours(rule: PlaybookRule): number {
  // Lower bounds: a working day or a calendar day is at least 24 h long here.
  return rule.due.unit === 'hours' ? rule.due.amount : rule.due.amount * 24;
}

/**
 * Rules that parse one by one but cannot work together: duplicate ids, chains to a missing
 * rule or round in a circle, two rules creating the same action for the same accounts from the
 * same event (which deadline would hold?), a rule finished by its own trigger, a recurring
 * rule more often than daily.
 */
export function findPlaybookContradictions(rules: readonly PlaybookRule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const indexById = new Map<string, number>();
  rules.forEach((rule, index) => {
    const first = indexById.get(rule.id);
    if (first !== undefined) problems.push({ path: [index, 'id'], message: `duplicate rule id "${rule.id}" (also rules[${first}])` });
    else indexById.set(rule.id, index);
  });

  rules.forEach((rule, index) => {
    const { trigger } = rule;
    if (trigger.kind === 'ruleDone') {
      if (!indexById.has(trigger.ruleId)) {
        problems.push({ path: [index, 'trigger', 'ruleId'], message: `refers to unknown rule "${trigger.ruleId}"` });
      } else if (chainReturnsTo(rule.id, rules, indexById)) {
        problems.push({ path: [index, 'trigger', 'ruleId'], message: `rule "${rule.id}" waits for itself through a chain of ruleDone triggers` });
      }
    }
    if (trigger.kind === 'checklistTicked' && rule.doneBy.checklist === trigger.item) {
      problems.push({ path: [index, 'doneBy', 'checklist'], message: `is done by "${trigger.item}", the same tick that triggers it, so it never fires` });
    }
    if (trigger.kind === 'sinceLastContact' && dueHours(rule) < MIN_RECURRING_HOURS) {
      problems.push({ path: [index, 'due'], message: 'a recurring rule must leave at least 24 h between touches' });
    }
  });

  const enabled = rules.map((rule, index) => ({ rule, index })).filter(({ rule }) => rule.enabled);
  for (const [position, { rule, index }] of enabled.entries()) {
    for (const { rule: earlier, index: earlierIndex } of enabled.slice(0, position)) {
      if (earlier.title.key !== rule.title.key || JSON.stringify(earlier.trigger) !== JSON.stringify(rule.trigger)) continue;
      if (!sameScope(earlier, rule)) continue;
      problems.push({
        path: [index],
        message: `contradicts rules[${earlierIndex}] ("${earlier.id}"): both create "${rule.title.key}" from the same event for the same accounts; narrow their stages, grades or tags so they do not overlap`,
      });
    }
  }
  return problems;
}

function chainReturnsTo(start: string, rules: readonly PlaybookRule[], indexById: ReadonlyMap<string, number>): boolean {
  const seen = new Set<string>();
  let current = start;
  for (;;) {
    const rule = rules[indexById.get(current) ?? -1];
    if (!rule || rule.trigger.kind !== 'ruleDone') return false;
    current = rule.trigger.ruleId;
    if (current === start) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
}
