import { describe, expect, it } from 'vitest';
import type { LeadScore } from '../../../lib/model';
import { explainGradeChange, isSameScore } from '../../../lib/scoring';

const label = (text: string) => ({ en: text, zh_CN: text });
const score = (grade: LeadScore['grade'], reasons: Array<[string, number]>): LeadScore => ({
  score: reasons.reduce((total, [, points]) => total + points, 0),
  grade,
  reasons: reasons.map(([ruleId, points]) => ({ ruleId, label: label(ruleId), points })),
  scoredAt: 1,
  ruleSetVersion: 1,
});

describe('explainGradeChange', () => {
  it('says which reasons came, went and changed', () => {
    const before = score('B', [['fit.industry', 15], ['engagement.visits', 4], ['fit.region', 5]]);
    const after = score('A', [['fit.industry', 15], ['engagement.visits', 2.5], ['fit.budget', 10], ['engagement.meetings', 12]]);
    const change = explainGradeChange(before, after);
    expect(change).toMatchObject({ changed: true, from: 'B', to: 'A', scoreDelta: 15.5 });
    expect(change.added.map((reason) => reason.ruleId)).toEqual(['fit.budget', 'engagement.meetings']);
    expect(change.removed.map((reason) => reason.ruleId)).toEqual(['fit.region']);
    expect(change.adjusted).toEqual([{ ruleId: 'engagement.visits', label: label('engagement.visits'), from: 4, to: 2.5 }]);
  });

  it('reports no change for the same grade', () => {
    const same = score('C', [['flags.personalEmail', -15]]);
    expect(explainGradeChange(same, same)).toMatchObject({ changed: false, added: [], removed: [], adjusted: [] });
    expect(isSameScore(same, structuredClone(same))).toBe(true);
    // A new rule-set version that scores the lead the same way is not a change worth a write.
    expect(isSameScore(same, { ...same, ruleSetVersion: 2 })).toBe(true);
    expect(isSameScore(same, { ...same, reasons: [{ ...same.reasons[0]!, label: { en: 'Renamed', zh_CN: '改名' } }] })).toBe(false);
  });

  it('treats a first grade, or an unreadable stored one, as a change from nothing', () => {
    const first = score('A', [['fit.industry', 15]]);
    expect(explainGradeChange(undefined, first)).toMatchObject({ changed: true, from: undefined, added: first.reasons });
    const garbage = { grade: 'A', reasons: 'lots' } as unknown as LeadScore;
    expect(explainGradeChange(garbage, first)).toMatchObject({ changed: true, from: undefined });
    expect(isSameScore(garbage, first)).toBe(false);
  });
});
