import { describe, expect, it } from 'vitest';
import { effectivenessOf, rankByEffectiveness, recordUse, wilsonLowerBound } from '../../../lib/scripts';
import { makeScript } from './makeScript';

describe('wilsonLowerBound', () => {
  it('is 0 with no uses and grows with evidence', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 3);
    expect(wilsonLowerBound(40, 50)).toBeCloseTo(0.6696, 3);
    expect(wilsonLowerBound(400, 500)).toBeGreaterThan(wilsonLowerBound(40, 50));
  });

  it('stays in 0..1 on inconsistent counts', () => {
    expect(wilsonLowerBound(5, 3)).toBeLessThanOrEqual(1);
    expect(wilsonLowerBound(-2, 3)).toBe(0);
  });
});

describe('rankByEffectiveness', () => {
  const lucky = makeScript({ id: 'lucky', title: 'A', body: 'x', usedCount: 1, workedCount: 1 });
  const proven = makeScript({ id: 'proven', title: 'B', body: 'x', usedCount: 50, workedCount: 40 });
  const weak = makeScript({ id: 'weak', title: 'C', body: 'x', usedCount: 50, workedCount: 10 });
  const unused = makeScript({ id: 'unused', title: 'D', body: 'x' });

  it('a 1/1 script does not beat 40/50; unused scripts come last', () => {
    expect(rankByEffectiveness([unused, lucky, weak, proven]).map((script) => script.id)).toEqual([
      'proven',
      'lucky',
      'weak',
      'unused',
    ]);
  });

  it('does not change its input', () => {
    const input = [unused, proven];
    rankByEffectiveness(input);
    expect(input.map((script) => script.id)).toEqual(['unused', 'proven']);
  });

  it('counts only rated uses once ratedCount exists', () => {
    const mostlyUnrated = makeScript({ id: 'm', title: 'M', body: 'x', usedCount: 100, ratedCount: 10, workedCount: 9 });
    expect(effectivenessOf(mostlyUnrated)).toBeCloseTo(wilsonLowerBound(9, 10), 10);
  });
});

describe('recordUse', () => {
  const script = makeScript({ id: 's', title: 'S', body: 'x', usedCount: 4, workedCount: 2, updatedAt: 100 });

  it('counts a use that worked, one that did not, and one without an outcome', () => {
    expect(recordUse(script, true, 200)).toMatchObject({ usedCount: 5, ratedCount: 5, workedCount: 3, updatedAt: 200 });
    expect(recordUse(script, false, 200)).toMatchObject({ usedCount: 5, ratedCount: 5, workedCount: 2 });
    expect(recordUse(script, null, 200)).toMatchObject({ usedCount: 5, ratedCount: 4, workedCount: 2 });
  });

  it('is pure and never moves updatedAt backwards', () => {
    const after = recordUse(script, true, 50);
    expect(script).toMatchObject({ usedCount: 4, workedCount: 2, updatedAt: 100 });
    expect(after.updatedAt).toBe(100);
  });

  it('an unknown outcome does not lower the score', () => {
    const rated = recordUse(makeScript({ id: 'r', title: 'R', body: 'x' }), true, 1);
    expect(effectivenessOf(recordUse(rated, null, 2))).toBe(effectivenessOf(rated));
  });
});
