import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, parseRuleSet, RULE_SET_LIMITS } from '../../../lib/scoring';
import { ruleSetWith } from './ruleSetFixture';

/** A JSON copy the test can break, as an import from a file would be. */
function draft(): Record<string, any> {
  return JSON.parse(JSON.stringify(DEFAULT_RULE_SET));
}

function errorsOf(json: unknown) {
  const result = parseRuleSet(json);
  if (result.ok) throw new Error('expected the rule set to be refused');
  return result.errors;
}

function nested(depth: number): unknown {
  let condition: unknown = { field: 'industry', op: 'exists' };
  for (let level = 1; level < depth; level++) condition = { not: condition };
  return condition;
}

describe('parseRuleSet', () => {
  it('accepts the default rule set and fills defaults', () => {
    const result = parseRuleSet(draft());
    expect(result.ok).toBe(true);
    const { enabled, ...rule } = draft().rules[0];
    expect(enabled).toBe(true);
    const withoutEnabled = { ...draft(), rules: [rule] };
    const parsed = parseRuleSet(withoutEnabled);
    expect(parsed.ok && parsed.ruleSet.rules[0]!.enabled).toBe(true);
  });

  it('names the exact path of a wrong value deep in a condition', () => {
    const json = draft();
    json.rules[3].when = { all: [{ field: 'employees', op: 'exists' }, { field: 'employees', op: 'range', value: 'big' }] };
    expect(errorsOf(json)).toEqual([{ path: 'rules[3].when.all[1].value', message: expect.stringContaining('expected object') }]);
  });

  it('refuses unknown fields at every level, pointing at the field itself', () => {
    const json = draft();
    json.colour = 'red';
    json.groups[1].colour = 'blue';
    json.rules[2].weight = 3;
    json.rules[5].when.extra = true;
    json.decay.visits.perDay = 1;
    const paths = errorsOf(json).map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['colour', 'groups[1].colour', 'rules[2].weight', 'rules[5].when.extra', 'decay.visits.perDay']),
    );
    expect(errorsOf({ ...draft(), colour: 'red' })).toEqual([{ path: 'colour', message: 'unknown field "colour"' }]);
  });

  it('refuses unknown operators, unknown fields and operators that do not fit the field', () => {
    const json = draft();
    json.rules[0].when = { field: 'industry', op: 'matches', value: 'soft.*' };
    json.rules[1].when = { field: 'headcount', op: 'range', value: { min: 1 } };
    json.rules[2].when = { field: 'industry', op: 'range', value: { min: 1 } };
    json.rules[3].when = { field: 'employees', op: 'equals', value: 'fifty' };
    json.rules[4].when = { field: 'contactSeniority', op: 'in', value: ['director', 'ceo'] };
    json.rules[5].when = { field: 'employees', op: 'range', value: { min: 10, max: 5 } };
    json.rules[6].when = { field: 'employees', op: 'range', value: {} };
    expect(errorsOf(json)).toEqual([
      { path: 'rules[0].when.op', message: expect.stringContaining('unknown operator "matches"') },
      { path: 'rules[1].when.field', message: expect.stringContaining('unknown field "headcount"') },
      { path: 'rules[2].when.op', message: '"range" does not apply to industry; use one of equals, in, contains, exists' },
      { path: 'rules[3].when.value', message: 'employees holds a number; compare it with a number' },
      { path: 'rules[4].when.value[1]', message: expect.stringContaining('"ceo" is not a contactSeniority value') },
      { path: 'rules[5].when.value.min', message: 'min is above max' },
      { path: 'rules[6].when.value', message: 'a range needs min, max or both' },
    ]);
  });

  it('refuses conditions nested deeper than the limit, without overflowing on absurd depth', () => {
    const depth = RULE_SET_LIMITS.conditionDepth;
    expect(parseRuleSet(ruleSetWith([{ id: 'deep', when: nested(depth) as never, points: 1 }])).ok).toBe(true);
    const tooDeep = errorsOf(ruleSetWith([{ id: 'deep', when: nested(depth + 1) as never, points: 1 }]));
    expect(tooDeep).toEqual([{ path: `rules[0].when${'.not'.repeat(depth)}`, message: `conditions nest at most ${depth} levels deep` }]);
    expect(() => parseRuleSet(ruleSetWith([{ id: 'abyss', when: nested(100_000) as never, points: 1 }]))).not.toThrow();
  });

  it('refuses a condition with too many parts', () => {
    const leaves = Array.from({ length: 30 }, () => ({ field: 'industry', op: 'exists' }));
    const when = { all: [{ any: leaves }, { any: leaves }, { any: leaves }] };
    expect(errorsOf(ruleSetWith([{ id: 'wide', when: when as never, points: 1 }]))).toEqual([
      { path: expect.stringMatching(/^rules\[0\]\.when\./), message: `a rule's condition has at most ${RULE_SET_LIMITS.conditionNodes} parts` },
    ]);
  });

  it('refuses absurd numbers', () => {
    const json = draft();
    json.rules[0].points = 1_001;
    json.rules[1].points = -1e9;
    json.rules[2].when = { field: 'lastTouchAt', op: 'withinDays', value: 0 };
    json.groups[0].max = 1e300;
    json.decay.visits.halfLifeDays = 0;
    json.version = 1.5;
    const paths = errorsOf(json).map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['rules[0].points', 'rules[1].points', 'rules[2].when.value', 'groups[0].max', 'decay.visits.halfLifeDays', 'version']),
    );
  });

  it('refuses huge strings, and keeps the error message short', () => {
    const huge = 'x'.repeat(1_000_000);
    const json = draft();
    json.rules[0].label.en = huge;
    json.rules[1].note = huge;
    json.rules[2].when = { field: 'industry', op: 'contains', value: huge };
    json[huge] = 1;
    const errors = errorsOf(json);
    expect(errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['rules[0].label.en', 'rules[1].note', 'rules[2].when.value']),
    );
    for (const error of errors) expect(error.path.length + error.message.length).toBeLessThan(300);
  });

  // One error and no per-rule ones: the count is checked before any rule is (speed is for the bench, not a test).
  it('refuses 10,000 rules with one clear error, before checking any rule', () => {
    const json = draft();
    json.rules = Array.from({ length: 10_000 }, (_, index) => ({ ...json.rules[0], id: `rule-${index}` }));
    expect(errorsOf(json)).toEqual([
      { path: 'rules', message: `a rule set holds at most ${RULE_SET_LIMITS.rules} rules; this one has 10000` },
    ]);
  });

  it('accepts the largest allowed rule set', () => {
    const json = draft();
    json.rules = Array.from({ length: RULE_SET_LIMITS.rules }, (_, index) => ({ ...json.rules[index % json.rules.length], id: `rule-${index}` }));
    expect(parseRuleSet(json).ok).toBe(true);
  });

  it('checks references across the document', () => {
    const json = draft();
    json.rules[1].id = json.rules[0].id;
    json.rules[2].group = 'fitt';
    json.rules[3].maxPoints = 5;
    json.groups.push({ ...json.groups[0] });
    json.grades = { A: 40, B: 40 };
    json.unscored = { minKnownFields: 3, knownFields: ['industry', 'industry'] };
    expect(errorsOf(json)).toEqual(
      expect.arrayContaining([
        { path: 'rules[1].id', message: `rule id "${json.rules[0].id}" is used twice` },
        { path: 'rules[2].group', message: 'no group "fitt"; declared: fit, engagement, flags' },
        { path: 'rules[3].maxPoints', message: 'maxPoints only applies to a rule with "per"' },
        { path: 'groups[3].id', message: 'group "fit" is declared twice' },
        { path: 'grades.A', message: 'the A threshold must be above the B threshold' },
        { path: 'unscored.knownFields', message: 'a field is listed twice' },
      ]),
    );
  });

  it('refuses things that are not rule sets', () => {
    for (const json of [null, 42, 'rules', [], { schemaVersion: 2 }]) {
      expect(parseRuleSet(json).ok).toBe(false);
    }
    expect(errorsOf(undefined)[0]!.path).toBe('');
  });
});
