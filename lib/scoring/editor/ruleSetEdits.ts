import type { Rule, RuleGroup, RuleSet } from '../../model/ruleSet';
import type { Locale } from '../../i18n/locale';
import type { DecayingSignal } from '../fields';
import { conditionForm, conditionFrom, type ConditionForm } from './conditionForm';

/** Immutable edits of a rule-set draft; values may be invalid for a while (validation names them). */

export const withGrade = (set: RuleSet, grade: 'A' | 'B', value: number): RuleSet => ({ ...set, grades: { ...set.grades, [grade]: value } });

export const withHalfLife = (set: RuleSet, signal: DecayingSignal, days: number): RuleSet => ({
  ...set,
  decay: { ...set.decay, [signal]: { halfLifeDays: days } },
});

export const withMinKnown = (set: RuleSet, count: number): RuleSet => ({ ...set, unscored: { ...set.unscored, minKnownFields: count } });

/** Sets or (undefined) removes a group's cap (`max`) or floor (`min`). */
export function withGroupBound(set: RuleSet, groupId: string, bound: 'max' | 'min', value: number | undefined): RuleSet {
  return {
    ...set,
    groups: set.groups.map((group): RuleGroup => {
      if (group.id !== groupId) return group;
      const { [bound]: _dropped, ...rest } = group;
      return value === undefined ? rest : { ...rest, [bound]: value };
    }),
  };
}

export type RulePatch = Partial<Pick<Rule, 'enabled' | 'points' | 'per' | 'maxPoints'>>;

export function withRule(set: RuleSet, index: number, patch: RulePatch): RuleSet {
  return {
    ...set,
    rules: set.rules.map((rule, at) => {
      if (at !== index) return rule;
      const next: Rule = { ...rule, ...patch };
      // Keys set to undefined are removed, so the draft stays plain JSON.
      for (const key of Object.keys(patch) as Array<keyof RulePatch>) if (patch[key] === undefined) delete next[key];
      if (next.per === undefined) delete next.maxPoints;
      return next;
    }),
  };
}

export function withRuleLabel(set: RuleSet, index: number, locale: Locale, text: string): RuleSet {
  return { ...set, rules: set.rules.map((rule, at) => (at === index ? { ...rule, label: { ...rule.label, [locale]: text } } : rule)) };
}

/** Applies `edit` to the builder form of a rule's condition; a condition too deep for the builder is left alone. */
export function withCondition(set: RuleSet, index: number, edit: (form: ConditionForm) => ConditionForm): RuleSet {
  return {
    ...set,
    rules: set.rules.map((rule, at) => {
      if (at !== index) return rule;
      const form = conditionForm(rule.when);
      if (!form) return rule;
      const when = conditionFrom(edit(form));
      const { when: _old, ...rest } = rule;
      return when === undefined ? rest : { ...rest, when };
    }),
  };
}

/** A new, enabled rule at the end of `groupId`, with an id no other rule has. */
export function withNewRule(set: RuleSet, groupId: string): RuleSet {
  const taken = new Set(set.rules.map((rule) => rule.id));
  let number = set.rules.length + 1;
  while (taken.has(`${groupId}.custom${number}`)) number++;
  const rule: Rule = {
    id: `${groupId}.custom${number}`,
    label: { en: 'New rule', zh_CN: '新规则' },
    group: groupId,
    enabled: true,
    when: { field: 'industry', op: 'exists' },
    points: 5,
  };
  return { ...set, rules: [...set.rules, rule] };
}

export const withoutRule = (set: RuleSet, index: number): RuleSet => ({ ...set, rules: set.rules.filter((_, at) => at !== index) });
