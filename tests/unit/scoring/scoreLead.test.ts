import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoringLead, Signals } from '../../../lib/scoring';
import { DEFAULT_RULE_SET, scoreLead } from '../../../lib/scoring';
import { compiled, DAY, NOW, ruleSetWith } from './ruleSetFixture';
import { roundTenth } from '../../../lib/scoring/scoreLead';

const NO_SIGNALS: Signals = { visits: [], emailReplies: [], meetings: [] };
const sum = (points: number[]) => Math.round(points.reduce((total, value) => total + value, 0) * 10) / 10;

describe('time decay', () => {
  const perVisit = compiled(ruleSetWith([{ id: 'v', points: 100, per: 'visits' }]));
  const visitsAt = (...ages: number[]): Signals => ({ ...NO_SIGNALS, visits: ages.map((age) => ({ at: NOW - age, seconds: 60 })) });

  it('halves a signal every half-life', () => {
    expect(scoreLead(perVisit, {}, visitsAt(0), NOW).score).toBe(100);
    expect(scoreLead(perVisit, {}, visitsAt(10 * DAY), NOW).score).toBe(50);
    expect(scoreLead(perVisit, {}, visitsAt(20 * DAY), NOW).score).toBe(25);
    expect(scoreLead(perVisit, {}, visitsAt(0, 10 * DAY, 20 * DAY), NOW).score).toBe(175);
  });

  it('counts a visit from the future (clock skew) in full, not more', () => {
    expect(scoreLead(perVisit, {}, visitsAt(-5 * DAY), NOW).score).toBe(100);
  });

  it('uses each signal’s own half-life, and visit minutes decay with visits', () => {
    const set = compiled(
      ruleSetWith([
        { id: 'replies', points: 10, per: 'emailReplies' },
        { id: 'meetings', points: 100, per: 'meetings' },
        { id: 'minutes', points: 1, per: 'visitMinutes' },
      ]),
    );
    const result = scoreLead(
      set,
      {},
      { visits: [{ at: NOW - 10 * DAY, seconds: 600 }], emailReplies: [NOW - 20 * DAY], meetings: [NOW - 60 * DAY] },
      NOW,
    );
    expect(result.reasons.map((reason) => [reason.ruleId, reason.points])).toEqual([
      ['replies', 5],
      ['meetings', 25],
      ['minutes', 5],
    ]);
  });

  it('caps a per-signal rule at maxPoints and rounds points to tenths', () => {
    const set = compiled(ruleSetWith([{ id: 'v', points: 3, per: 'visits', maxPoints: 10 }]));
    expect(scoreLead(set, {}, visitsAt(0, 0, 0, 0, 0), NOW).score).toBe(10);
    expect(scoreLead(set, {}, visitsAt(3 * DAY), NOW).score).toBe(Math.round(3 * 2 ** -0.3 * 10) / 10);
  });

  it('leaves out a per-signal rule that earns nothing', () => {
    expect(scoreLead(perVisit, {}, NO_SIGNALS, NOW).reasons).toEqual([]);
  });
});

describe('groups, caps and negatives', () => {
  const set = compiled(
    ruleSetWith(
      [
        { id: 'fit.a', group: 'fit', when: { field: 'industry', op: 'exists' }, points: 40 },
        { id: 'fit.b', group: 'fit', when: { field: 'employees', op: 'exists' }, points: 30 },
        { id: 'flag.a', group: 'flags', when: { field: 'emailDomain', op: 'in', value: ['gmail.com'] }, points: -80 },
        { id: 'flag.b', group: 'flags', when: { field: 'tags', op: 'in', value: ['student'] }, points: -80 },
      ],
      {
        groups: [
          { id: 'fit', label: { en: 'Fit', zh_CN: '匹配' }, max: 50 },
          { id: 'flags', label: { en: 'Red flags', zh_CN: '扣分' }, min: -100 },
        ],
      },
    ),
  );

  it('clamps a group to its cap and says so in a reason', () => {
    const result = scoreLead(set, { industry: 'x', employees: 5 }, NO_SIGNALS, NOW);
    expect(result.score).toBe(50);
    expect(result.reasons.at(-1)).toEqual({ ruleId: 'cap:fit', label: { en: 'Fit: capped at 50 points', zh_CN: '匹配：最多计 50 分' }, points: -20 });
  });

  it('clamps deductions to the floor', () => {
    const result = scoreLead(set, { emailDomain: 'gmail.com', tags: ['student'] }, NO_SIGNALS, NOW);
    expect(result.score).toBe(-100);
    expect(result.reasons.map((reason) => reason.ruleId)).toEqual(['flag.a', 'flag.b', 'cap:flags']);
  });

  it('reasons always add up to the score', () => {
    for (const lead of [{}, { industry: 'x' }, { industry: 'x', employees: 1, emailDomain: 'gmail.com' }, { tags: ['student'], emailDomain: 'gmail.com' }]) {
      const result = scoreLead(set, lead, NO_SIGNALS, NOW);
      expect(sum(result.reasons.map((reason) => reason.points))).toBe(result.score);
    }
  });

  it('skips disabled rules', () => {
    const off = compiled(ruleSetWith([{ id: 'off', enabled: false, points: 10 }, { id: 'on', points: 1 }]));
    expect(scoreLead(off, {}, NO_SIGNALS, NOW).reasons.map((reason) => reason.ruleId)).toEqual(['on']);
  });
});

describe('grades', () => {
  const pointsFromEmployees = compiled(ruleSetWith([{ id: 'size', points: 1, per: 'visits' }], { grades: { A: 50, B: 20 } }));
  const withScore = (score: number) =>
    scoreLead(pointsFromEmployees, {}, { ...NO_SIGNALS, visits: Array.from({ length: score }, () => ({ at: NOW, seconds: 0 })) }, NOW);

  it('grades at the thresholds: A from A, B from B, C below', () => {
    expect([0, 19, 20, 49, 50, 80].map((score) => withScore(score).grade)).toEqual(['C', 'C', 'B', 'B', 'A', 'A']);
  });

  it('stamps the time and rule-set version', () => {
    expect(withScore(1)).toMatchObject({ scoredAt: NOW, ruleSetVersion: 7 });
  });
});

describe('unscored', () => {
  const set = compiled(
    ruleSetWith(
      [
        { id: 'size', when: { field: 'employees', op: 'range', value: { min: 50 } }, points: 30 },
        { id: 'gmail', when: { field: 'emailDomain', op: 'in', value: ['gmail.com'] }, points: -20 },
      ],
      { unscored: { minKnownFields: 2, knownFields: ['industry', 'employees', 'region'] } },
    ),
  );

  it('does not grade a lead when too little is known, and says how much is', () => {
    const result = scoreLead(set, { employees: 500 }, NO_SIGNALS, NOW);
    expect(result.grade).toBe('unscored');
    expect(result.score).toBe(30);
    expect(result.reasons.at(-1)).toEqual({
      ruleId: 'lead:tooLittleKnown',
      label: { en: 'Too little known to grade yet: 1 of the 2 profile facts needed', zh_CN: '信息不足，暂不评级：画像信息只有 1 项，至少需要 2 项' },
      points: 0,
    });
    expect(scoreLead(set, { employees: 500, region: '  ' }, NO_SIGNALS, NOW).grade).toBe('unscored');
    expect(scoreLead(set, { employees: 500, region: 'east' }, NO_SIGNALS, NOW).grade).toBe('B');
  });

  it('grades a lead with a red flag even when little is known', () => {
    expect(scoreLead(set, { emailDomain: 'gmail.com' }, NO_SIGNALS, NOW).grade).toBe('C');
  });
});

describe('bad input never throws', () => {
  const set = compiled(DEFAULT_RULE_SET);

  it('does not grade a lead with a wrongly typed field, and names the field', () => {
    const result = scoreLead(set, { employees: '50' } as unknown as ScoringLead, NO_SIGNALS, NOW);
    expect(result).toMatchObject({ grade: 'unscored', score: 0 });
    expect(result.reasons).toEqual([
      { ruleId: 'lead:badField', label: { en: 'Not graded: the lead\'s "Employees" is not in a form we can read', zh_CN: '未评级：线索的“员工人数”数据格式不对，无法读取' }, points: 0 },
    ]);
    for (const lead of [{ industry: 42 }, { tags: 'crm' }, { tags: ['crm', 7] }, { employees: Number.NaN }, { annualRevenue: Infinity }]) {
      expect(scoreLead(set, lead as unknown as ScoringLead, NO_SIGNALS, NOW).reasons[0]!.ruleId).toBe('lead:badField');
    }
  });

  it('treats null fields as missing', () => {
    const lead = { industry: null, employees: null, tags: null } as unknown as ScoringLead;
    expect(scoreLead(set, lead, NO_SIGNALS, NOW).reasons.some((reason) => reason.ruleId === 'lead:badField')).toBe(false);
  });

  it('does not grade a lead with unreadable signals', () => {
    const bad: unknown[] = [
      { visits: 'many', emailReplies: [], meetings: [] },
      { visits: [{ at: 'yesterday', seconds: 1 }], emailReplies: [], meetings: [] },
      { visits: [{ at: NOW, seconds: -1 }], emailReplies: [], meetings: [] },
      { visits: [null], emailReplies: [], meetings: [] },
      { visits: [], emailReplies: [Number.NaN], meetings: [] },
      { visits: [], emailReplies: [], meetings: {} },
      { visits: [], emailReplies: [], meetings: [], lastTouchAt: '2025-01-01' },
      'signals',
    ];
    for (const signals of bad) {
      const result = scoreLead(set, { industry: 'software' }, signals as Signals, NOW);
      expect(result.grade).toBe('unscored');
      expect(result.reasons[0]!.ruleId).toBe('lead:badSignals');
    }
    expect(scoreLead(set, { industry: 'software', employees: 100 }, undefined, NOW).grade).not.toBe('unscored');
  });

  it('does not grade what is not a lead, or a bad clock', () => {
    for (const lead of [null, undefined, 42, 'lead', [1, 2]]) {
      expect(scoreLead(set, lead as unknown as ScoringLead, NO_SIGNALS, NOW).reasons[0]!.ruleId).toBe('lead:unreadable');
    }
    const hostile = Object.defineProperty({}, 'industry', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(scoreLead(set, hostile as ScoringLead, NO_SIGNALS, NOW).reasons[0]!.ruleId).toBe('lead:unreadable');
    for (const now of [Number.NaN, -1, Infinity]) {
      expect(scoreLead(set, {}, NO_SIGNALS, now)).toMatchObject({ grade: 'unscored', scoredAt: 0, reasons: [{ ruleId: 'lead:badClock' }] });
    }
  });

  it('never throws on arbitrary leads and signals (property)', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string()), fc.anything());
    const lead = fc.oneof(
      fc.anything(),
      fc.record(
        {
          industry: value, employees: value, annualRevenue: value, region: value, tags: value, budget: value,
          contactSeniority: value, emailDomain: value, mustHavePainCount: value, contactTitle: value,
        },
        { requiredKeys: [] },
      ),
    );
    const signals = fc.oneof(
      fc.anything(),
      fc.record({
        visits: fc.oneof(fc.anything(), fc.array(fc.record({ at: fc.double(), seconds: fc.double() }))),
        emailReplies: fc.oneof(fc.anything(), fc.array(fc.double())),
        meetings: fc.array(fc.integer()),
        lastTouchAt: fc.oneof(fc.anything(), fc.integer()),
      }),
    );
    fc.assert(
      fc.property(lead, signals, fc.oneof(fc.integer({ min: 0 }), fc.double()), (anyLead, anySignals, now) => {
        const result = scoreLead(set, anyLead as ScoringLead, anySignals as Signals, now);
        expect(['A', 'B', 'C', 'unscored']).toContain(result.grade);
        expect(Number.isFinite(result.score)).toBe(true);
        expect(Number.isInteger(result.scoredAt) && result.scoredAt >= 0).toBe(true);
        expect(sum(result.reasons.map((reason) => reason.points))).toBe(result.score);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('purity', () => {
  const set = compiled(DEFAULT_RULE_SET);
  const lead: ScoringLead = { industry: 'Software', employees: 300, tags: ['CRM'], emailDomain: 'acme.com', contactSeniority: 'director' };
  const signals: Signals = { visits: [{ at: NOW - DAY, seconds: 120 }], emailReplies: [NOW - 3 * DAY], meetings: [], lastTouchAt: NOW - DAY };

  it('gives the same output for the same input, and does not change the input', () => {
    const leadCopy = structuredClone(lead);
    const signalsCopy = structuredClone(signals);
    const first = scoreLead(set, lead, signals, NOW);
    expect(scoreLead(set, lead, signals, NOW)).toEqual(first);
    expect(scoreLead(compiled(DEFAULT_RULE_SET), structuredClone(lead), structuredClone(signals), NOW)).toEqual(first);
    expect(lead).toEqual(leadCopy);
    expect(signals).toEqual(signalsCopy);
  });

  it('scores a lead the same when reading it starts another scoring (each scoring has its own working state)', () => {
    const plain = scoreLead(set, lead, signals, NOW);
    const other: ScoringLead = { industry: 'Retail', employees: 5, tags: ['student'], emailDomain: 'gmail.com' };
    const reentrant: ScoringLead = {
      ...lead,
      get region() {
        scoreLead(set, other, undefined, NOW);
        return undefined;
      },
    };
    expect(scoreLead(set, reentrant, signals, NOW)).toEqual(plain);
  });

  it('returns reasons the caller can keep: shared ones are frozen', () => {
    const { reasons } = scoreLead(set, lead, signals, NOW);
    expect(reasons.filter((reason) => !reason.ruleId.startsWith('engagement')).every(Object.isFrozen)).toBe(true);
  });
});

describe('rounding to tenths', () => {
  it('rounds a value just below a tenth, whose tenfold is whole in floating point', () => {
    expect(6.699999999999999 * 10).toBe(67);
    expect(roundTenth(6.699999999999999)).toBe(6.7);
    expect([roundTenth(-0), roundTenth(12), roundTenth(0.05), roundTenth(-2.25)]).toEqual([0, 12, 0.1, -2.2]);
  });
});
