import { describe, expect, it } from 'vitest';
import type { LeadScore } from '../../../lib/model/grade';
import { isStoredScore, packScore, ReasonTable } from '../../../lib/scoring/store/packedScore';

const fit = { ruleId: 'fit', label: { en: 'Fit', zh_CN: '匹配' } };
const size = { ruleId: 'size', label: { en: 'Size', zh_CN: '规模' } };
const scored = (reasons: LeadScore['reasons'], points = 10): LeadScore => ({ score: points, grade: 'C', reasons, scoredAt: 5, ruleSetVersion: 1 });

describe('a page’s table of reason texts', () => {
  it('finds a text by its rule and words, whichever object carries them', () => {
    const table = new ReasonTable([fit]);
    expect(table.indexOf({ ruleId: 'fit', label: { en: 'Fit', zh_CN: '匹配' } })).toBe(0);
    expect(table.indexOf({ ruleId: 'fit', label: { en: 'Good fit', zh_CN: '匹配' } })).toBe(1);
    expect(table.indexOf(size)).toBe(2);
    expect(table.find({ ruleId: 'other', label: fit.label })).toBe(-1);
    expect(table.texts).toHaveLength(3);
  });

  it('keeps a damaged stored text in its place, and never matches it', () => {
    const table = new ReasonTable([{ ruleId: 'fit' } as never, size]);
    expect(table.indexOf(size)).toBe(1);
    expect(table.indexOf(fit)).toBe(2);
  });
});

describe('comparing a score with the stored one', () => {
  it('is the same score whatever its rule-set version and time of scoring, not with other points or words', () => {
    const table = new ReasonTable();
    const stored = packScore(table, scored([{ ...fit, points: 10 }]), 3);
    expect(isStoredScore(stored, table, { ...scored([{ ...fit, points: 10 }]), scoredAt: 99, ruleSetVersion: 2 }, 3)).toBe(true);
    expect(isStoredScore(stored, table, scored([{ ...fit, points: 10 }]), 4)).toBe(false);
    expect(isStoredScore(stored, table, scored([{ ...fit, points: 9 }], 9), 3)).toBe(false);
    expect(isStoredScore(stored, table, scored([{ ...fit, label: { en: 'Fits', zh_CN: '匹配' }, points: 10 }]), 3)).toBe(false);
    expect(isStoredScore(stored, table, scored([{ ...fit, points: 5 }, { ...size, points: 5 }]), 3)).toBe(false);
    expect(table.texts).toHaveLength(1); // comparing adds no texts
  });
});
