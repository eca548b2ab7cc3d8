import type { Rule, RuleSet } from '../../../lib/model/ruleSet';
import { compileRuleSet, parseRuleSet, type CompiledRuleSet } from '../../../lib/scoring';

export const DAY = 86_400_000;
export const NOW = Date.UTC(2025, 5, 1);

type RuleInput = Omit<Rule, 'enabled' | 'label' | 'group'> & Partial<Pick<Rule, 'enabled' | 'label' | 'group'>>;

/** A small valid rule set around the given rules: one uncapped group, A ≥ 50, B ≥ 20, nothing required known. */
export function ruleSetWith(rules: RuleInput[], overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    schemaVersion: 1,
    version: 7,
    name: 'test',
    updatedAt: 0,
    groups: [{ id: 'main', label: { en: 'Main', zh_CN: '主要' } }],
    grades: { A: 50, B: 20 },
    decay: { visits: { halfLifeDays: 10 }, emailReplies: { halfLifeDays: 20 }, meetings: { halfLifeDays: 30 } },
    unscored: { minKnownFields: 0, knownFields: [] },
    rules: rules.map((rule) => ({
      enabled: true,
      group: 'main',
      label: { en: `Rule ${rule.id}`, zh_CN: `规则 ${rule.id}` },
      ...rule,
    })),
    ...overrides,
  };
}

/** Parses (so every fixture is also checked against the schema) and compiles. */
export function compiled(ruleSet: RuleSet): CompiledRuleSet {
  const parsed = parseRuleSet(ruleSet);
  if (!parsed.ok) throw new Error(`fixture rule set is invalid: ${JSON.stringify(parsed.errors)}`);
  return compileRuleSet(parsed.ruleSet);
}
