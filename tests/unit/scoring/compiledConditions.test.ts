import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, ScoringLead, Signals } from '../../../lib/scoring';
import { scoreLead } from '../../../lib/scoring';
import { requiredFields } from '../../../lib/scoring/requiredFields';
import { FIELD_BIT } from '../../../lib/scoring/frame';
import { RULE_SET_LIMITS } from '../../../lib/scoring/limits';
import { referenceHolds } from './conditionReference';
import { compiled, DAY, NOW, ruleSetWith } from './ruleSetFixture';
import { HEAVY } from '../heavy';

// A small vocabulary, so random conditions and leads meet often.
const WORDS = ['Software', 'saas', ' SaaS ', 'Retail', '软件', '制造业', 'soft', 'ware', 'gmail.com', 'pku.edu.cn', ''];
const word = fc.constantFrom(...WORDS.filter((text) => text.trim() !== ''));
const textField = fc.constantFrom('industry' as const, 'region' as const, 'emailDomain' as const);
const listField = fc.constantFrom('tags' as const, 'competitors' as const);
const numberField = fc.constantFrom('employees' as const, 'annualRevenue' as const);

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.oneof(textField, listField), op: fc.constant('equals' as const), value: word }),
  fc.record({ field: fc.oneof(textField, listField), op: fc.constant('in' as const), value: fc.array(word, { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fc.oneof(textField, listField), op: fc.constant('contains' as const), value: word }),
  fc.record({ field: fc.oneof(textField, listField, numberField, fc.constant('lastTouchAt' as const)), op: fc.constant('exists' as const) }),
  fc.record({ field: numberField, op: fc.constant('range' as const), value: fc.record({ min: fc.integer({ min: 0, max: 100 }), max: fc.integer({ min: 100, max: 200 }) }) }),
  fc.record({ field: numberField, op: fc.constant('equals' as const), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ field: fc.constant('lastTouchAt' as const), op: fc.constant('withinDays' as const), value: fc.integer({ min: 1, max: 30 }) }),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ not: tie('node') }),
  ),
}))
  // Within what a rule set may hold (the compiler is never asked to take more): an unbounded draw
  // exceeded the depth or size limits now and then, and the run failed on the refusal.
  .node.filter((drawn) => shapeOf(drawn).depth <= RULE_SET_LIMITS.conditionDepth && shapeOf(drawn).nodes <= RULE_SET_LIMITS.conditionNodes);

function shapeOf(node: Condition): { depth: number; nodes: number } {
  const children = 'all' in node ? node.all : 'any' in node ? node.any : 'not' in node ? [node.not] : [];
  const shapes = children.map(shapeOf);
  return { depth: 1 + Math.max(0, ...shapes.map((shape) => shape.depth)), nodes: 1 + shapes.reduce((sum, shape) => sum + shape.nodes, 0) };
}

const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const lead: fc.Arbitrary<ScoringLead> = fc.record({
  industry: maybe(fc.constantFrom(...WORDS)),
  region: maybe(fc.constantFrom(...WORDS)),
  emailDomain: maybe(fc.constantFrom(...WORDS)),
  tags: maybe(fc.array(fc.constantFrom(...WORDS), { maxLength: 3 })),
  competitors: maybe(fc.array(fc.constantFrom(...WORDS), { maxLength: 2 })),
  employees: maybe(fc.integer({ min: 0, max: 250 })),
  annualRevenue: maybe(fc.integer({ min: 0, max: 250 })),
});
const signals: fc.Arbitrary<Signals> = fc.record({ visits: fc.constant([]), emailReplies: fc.constant([]), meetings: fc.constant([]), lastTouchAt: maybe(fc.integer({ min: NOW - 40 * DAY, max: NOW + DAY })) });

describe('compiled conditions', () => {
  it('agree with the operators’ definitions on random conditions and leads (property)', () => {
    fc.assert(
      fc.property(fc.array(condition, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(lead, signals), { minLength: 1, maxLength: 8 }), (whens, leads) => {
        const rules = compiled(ruleSetWith(whens.map((when, index) => ({ id: `r${index}`, when, points: 2 ** index }))));
        for (const [anyLead, anySignals] of leads) {
          const expected = whens.reduce((sum, when, index) => sum + (referenceHolds(when, anyLead, anySignals, NOW) ? 2 ** index : 0), 0);
          expect(scoreLead(rules, anyLead, anySignals, NOW).score).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  }, HEAVY);

  it('agree with the operators’ definitions when the leaves take more than one word of bits', () => {
    // 40 distinct leaves (32 bits to a word), and conditions that mix leaves from both words.
    const leaves: Condition[] = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0 ? { field: 'employees', op: 'range', value: { min: index * 5 } } : { field: 'industry', op: 'contains', value: `w${index}` },
    );
    const whens: Condition[] = [
      ...leaves,
      { any: [leaves[0]!, leaves[35]!, leaves[38]!] },
      { all: [leaves[3]!, { not: leaves[37]! }, leaves[36]!] },
      { not: { any: [leaves[5]!, leaves[33]!, { all: [leaves[2]!, leaves[39]!] }] } },
    ];
    const rules = compiled(ruleSetWith(whens.map((when, index) => ({ id: `r${index}`, when, points: 1 }))));
    const words = fc.constantFrom(...leaves.map((_, index) => `w${index}`), 'other');
    const lead = fc.record({ employees: fc.integer({ min: 0, max: 250 }), industry: fc.array(words, { maxLength: 6 }).map((picked) => picked.join(' ')) });
    fc.assert(
      fc.property(lead, (anyLead) => {
        const fired = scoreLead(rules, anyLead, undefined, NOW).reasons.map((reason) => reason.ruleId);
        expect(fired).toEqual(whens.flatMap((when, index) => (referenceHolds(when, anyLead, undefined, NOW) ? [`r${index}`] : [])));
      }),
      { numRuns: 300 },
    );
  });

  it('remember no verdict beyond what the text decides, over many distinct values', () => {
    const rules = compiled(ruleSetWith([{ id: 'soft', when: { any: [{ field: 'industry', op: 'contains', value: 'soft' }, { field: 'industry', op: 'in', value: ['retail'] }] }, points: 1 }]));
    // More distinct texts than any remembered set holds, in both orders.
    const industries = Array.from({ length: 10_000 }, (_, index) => (index % 3 === 0 ? `Software ${index}` : index % 3 === 1 ? `Mining ${index}` : 'RETAIL'));
    for (const industry of [...industries, ...industries.reverse()]) {
      expect(scoreLead(rules, { industry }, undefined, NOW).score).toBe(/soft|^retail$/i.test(industry) ? 1 : 0);
    }
  }, HEAVY);

  it('need the fields every path through them reads', () => {
    expect(requiredFields({ field: 'industry', op: 'in', value: ['x'] })).toBe(FIELD_BIT.industry);
    expect(requiredFields({ all: [{ field: 'industry', op: 'exists' }, { field: 'employees', op: 'range', value: { min: 1 } }] })).toBe(FIELD_BIT.industry | FIELD_BIT.employees);
    expect(requiredFields({ any: [{ field: 'industry', op: 'exists' }, { all: [{ field: 'industry', op: 'exists' }, { field: 'region', op: 'exists' }] }] })).toBe(FIELD_BIT.industry);
    expect(requiredFields({ any: [{ field: 'industry', op: 'exists' }, { field: 'region', op: 'exists' }] })).toBe(0);
    expect(requiredFields({ not: { field: 'industry', op: 'exists' } })).toBe(0);
    // Signal counts are zero, not missing, when nothing happened; a last touch can be missing.
    expect(requiredFields({ field: 'visits', op: 'range', value: { max: 0 } })).toBe(0);
    expect(requiredFields({ field: 'lastTouchAt', op: 'withinDays', value: 7 })).toBe(FIELD_BIT.lastTouchAt);
  });
});
