import { describe, expect, it } from 'vitest';
import type { Condition, ScoringLead, Signals } from '../../../lib/scoring';
import { scoreLead } from '../../../lib/scoring';
import { compiled, DAY, NOW, ruleSetWith } from './ruleSetFixture';

/** Whether one rule worth 1 point fires for this lead. */
function fires(when: Condition, lead: ScoringLead, signals?: Signals): boolean {
  const result = scoreLead(compiled(ruleSetWith([{ id: 'r', when, points: 1 }])), lead, signals, NOW);
  return result.score === 1;
}

const NO_SIGNALS: Signals = { visits: [], emailReplies: [], meetings: [] };

describe('operators', () => {
  it('equals compares text trimmed and case-insensitively, numbers exactly', () => {
    const when: Condition = { field: 'industry', op: 'equals', value: 'SaaS' };
    expect(fires(when, { industry: ' saas ' })).toBe(true);
    expect(fires(when, { industry: 'SAAS' })).toBe(true);
    expect(fires(when, { industry: 'saas platform' })).toBe(false);
    expect(fires(when, {})).toBe(false);
    expect(fires({ field: 'employees', op: 'equals', value: 50 }, { employees: 50 })).toBe(true);
    expect(fires({ field: 'employees', op: 'equals', value: 50 }, { employees: 51 })).toBe(false);
  });

  it('equals and in on a list field match when any item matches', () => {
    expect(fires({ field: 'tags', op: 'equals', value: 'crm' }, { tags: ['Partner', 'CRM'] })).toBe(true);
    expect(fires({ field: 'tags', op: 'in', value: ['erp', 'crm'] }, { tags: ['partner', ' crm'] })).toBe(true);
    expect(fires({ field: 'tags', op: 'in', value: ['erp', 'crm'] }, { tags: ['partner'] })).toBe(false);
    expect(fires({ field: 'tags', op: 'in', value: ['erp'] }, { tags: [] })).toBe(false);
  });

  it('in tests membership of a set, in Chinese too', () => {
    const when: Condition = { field: 'region', op: 'in', value: ['华东', 'Shanghai'] };
    expect(fires(when, { region: '华东' })).toBe(true);
    expect(fires(when, { region: 'SHANGHAI' })).toBe(true);
    expect(fires(when, { region: '华南' })).toBe(false);
  });

  it('range is inclusive at both ends, and either end may be open', () => {
    const band: Condition = { field: 'employees', op: 'range', value: { min: 50, max: 1000 } };
    expect([49, 50, 1000, 1001].map((employees) => fires(band, { employees }))).toEqual([false, true, true, false]);
    expect(fires({ field: 'employees', op: 'range', value: { min: 1001 } }, { employees: 1e6 })).toBe(true);
    expect(fires({ field: 'employees', op: 'range', value: { max: 9 } }, { employees: 0 })).toBe(true);
    expect(fires(band, {})).toBe(false);
  });

  it('contains finds text case-insensitively, in list items too', () => {
    expect(fires({ field: 'industry', op: 'contains', value: 'Software' }, { industry: 'Computer SOFTWARE' })).toBe(true);
    expect(fires({ field: 'industry', op: 'contains', value: '软件' }, { industry: '工业软件' })).toBe(true);
    expect(fires({ field: 'emailDomain', op: 'contains', value: '.edu' }, { emailDomain: 'pku.edu.cn' })).toBe(true);
    expect(fires({ field: 'tags', op: 'contains', value: 'fit' }, { tags: ['product-fit'] })).toBe(true);
    expect(fires({ field: 'industry', op: 'contains', value: 'soft' }, { industry: 'hardware' })).toBe(false);
  });

  it('exists is false for missing, null, blank text and empty lists', () => {
    const budget: Condition = { field: 'budget', op: 'exists' };
    expect(fires(budget, { budget: '500k' })).toBe(true);
    expect(fires(budget, { budget: '  \u3000' })).toBe(false);
    expect(fires(budget, {})).toBe(false);
    expect(fires(budget, { budget: null } as unknown as ScoringLead)).toBe(false);
    expect(fires({ field: 'tags', op: 'exists' }, { tags: [] })).toBe(false);
    expect(fires({ field: 'tags', op: 'exists' }, { tags: [' '] })).toBe(false);
    expect(fires({ field: 'tags', op: 'exists' }, { tags: ['x'] })).toBe(true);
    expect(fires({ field: 'employees', op: 'exists' }, { employees: 0 })).toBe(true);
    expect(fires({ field: 'lastTouchAt', op: 'exists' }, {}, { ...NO_SIGNALS, lastTouchAt: NOW })).toBe(true);
    expect(fires({ field: 'lastTouchAt', op: 'exists' }, {}, NO_SIGNALS)).toBe(false);
  });

  it('withinDays includes the boundary and counts a future time as recent', () => {
    const week: Condition = { field: 'lastTouchAt', op: 'withinDays', value: 7 };
    const at = (lastTouchAt: number) => fires(week, {}, { ...NO_SIGNALS, lastTouchAt });
    expect(at(NOW - 7 * DAY)).toBe(true);
    expect(at(NOW - 7 * DAY - 1)).toBe(false);
    expect(at(NOW + DAY)).toBe(true);
    expect(fires(week, {}, NO_SIGNALS)).toBe(false);
  });

  it('combines with all, any and not', () => {
    const fit: Condition = {
      all: [
        { any: [{ field: 'industry', op: 'equals', value: 'saas' }, { field: 'industry', op: 'contains', value: 'software' }] },
        { not: { field: 'emailDomain', op: 'in', value: ['gmail.com'] } },
      ],
    };
    expect(fires(fit, { industry: 'SaaS', emailDomain: 'acme.com' })).toBe(true);
    expect(fires(fit, { industry: 'Enterprise Software' })).toBe(true);
    expect(fires(fit, { industry: 'SaaS', emailDomain: 'gmail.com' })).toBe(false);
    expect(fires(fit, { industry: 'Retail' })).toBe(false);
    expect(fires({ not: { field: 'industry', op: 'exists' } }, {})).toBe(true);
    expect(fires({ any: [{ field: 'employees', op: 'exists' }, { field: 'budget', op: 'exists' }, { field: 'region', op: 'exists' }] }, { region: 'x' })).toBe(true);
  });

  it('fused text tests in an any behave like the separate tests', () => {
    const when: Condition = {
      any: [
        { field: 'industry', op: 'in', value: ['retail'] },
        { field: 'industry', op: 'contains', value: 'soft' },
        { field: 'industry', op: 'equals', value: 'Banking' },
        { field: 'employees', op: 'range', value: { min: 10_000 } },
      ],
    };
    expect(['Retail', 'software house', 'BANKING', 'mining'].map((industry) => fires(when, { industry }))).toEqual([true, true, true, false]);
    expect(fires(when, { industry: 'mining', employees: 20_000 })).toBe(true);
  });
});
