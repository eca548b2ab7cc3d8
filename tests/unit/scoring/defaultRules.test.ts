import { describe, expect, it } from 'vitest';
import type { Signals } from '../../../lib/scoring';
import { DEFAULT_RULE_SET, leadInputFrom, parseRuleSet, scoreLead } from '../../../lib/scoring';
import { account, contact, needs } from './accountFixture';
import { compiled, DAY, NOW } from './ruleSetFixture';

const rules = compiled(DEFAULT_RULE_SET);
const quiet: Signals = { visits: [], emailReplies: [], meetings: [] };
const ids = (reasons: Array<{ ruleId: string }>) => reasons.map((reason) => reason.ruleId);

describe('the default rule set', () => {
  it('is valid as it ships', () => {
    const parsed = parseRuleSet(DEFAULT_RULE_SET);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('labels every rule and group in both locales, each label its own', () => {
    const labels = [...DEFAULT_RULE_SET.rules, ...DEFAULT_RULE_SET.groups].map((item) => item.label);
    for (const label of labels) {
      expect(label.en.trim()).not.toBe('');
      expect(label.zh_CN).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(labels.map((label) => label.en)).size).toBe(labels.length);
    expect(new Set(labels.map((label) => label.zh_CN)).size).toBe(labels.length);
  });

  it('grades an ideal-fit, engaged lead A', () => {
    const lead = leadInputFrom(
      account({
        industry: 'Computer Software',
        employees: 400,
        annualRevenue: 8e7,
        region: 'Shanghai',
        tags: ['product-fit'],
        needs: needs({ budget: '800k', timeline: 'Q3', pains: [{ id: 'p', description: 'Lost leads', kind: 'rigid', priority: 'must' }] }),
      }),
      [contact({ name: 'Li', title: '销售总监', email: 'li@acme.com' })],
    );
    const signals: Signals = {
      visits: [{ at: NOW - DAY, seconds: 600 }, { at: NOW - 3 * DAY, seconds: 300 }],
      emailReplies: [NOW - 2 * DAY],
      meetings: [NOW - 5 * DAY],
      lastTouchAt: NOW - 2 * DAY,
    };
    const result = scoreLead(rules, lead, signals, NOW);
    expect(result.grade).toBe('A');
    expect(ids(result.reasons)).toEqual(expect.arrayContaining(['fit.industry', 'fit.contact.decisionMaker', 'fit.budget', 'cap:fit', 'engagement.meetings']));
  });

  it('grades a mid lead B: fits, need still to uncover', () => {
    const lead = leadInputFrom(account({ industry: '制造业', employees: 120, region: '华东' }), [
      contact({ name: 'Wang', title: '采购经理', email: 'wang@factory.cn' }),
    ]);
    const signals: Signals = { visits: [{ at: NOW - 5 * DAY, seconds: 240 }], emailReplies: [], meetings: [], lastTouchAt: NOW - 20 * DAY };
    const result = scoreLead(rules, lead, signals, NOW);
    expect(result.grade).toBe('B');
    expect(ids(result.reasons)).not.toContain('fit.budget');
  });

  it('grades a poor-fit lead C', () => {
    const lead = leadInputFrom(account({ industry: 'Retail', employees: 15, region: 'Texas' }), [
      contact({ name: 'Sam', title: 'Clerk', email: 'sam@shop.com' }),
    ]);
    expect(scoreLead(rules, lead, quiet, NOW).grade).toBe('C');
  });

  it('grades a student with a gmail address C, with negative points and the reasons why', () => {
    const lead = leadInputFrom(account({ domain: 'gmail.com' }), [contact({ name: 'Stu', title: 'Student', email: 'stu@gmail.com' })]);
    const result = scoreLead(rules, lead, quiet, NOW);
    expect(result.grade).toBe('C');
    expect(result.score).toBeLessThan(0);
    expect(ids(result.reasons)).toEqual(['flags.student', 'flags.personalEmail']);
  });

  it('sinks a competitor whatever else it has', () => {
    const lead = leadInputFrom(account({ industry: 'Software', employees: 300, tags: ['competitor'] }), []);
    expect(scoreLead(rules, lead, quiet, NOW)).toMatchObject({ grade: 'C' });
  });

  it('does not grade a lead it knows almost nothing about', () => {
    const lead = leadInputFrom(account(), []);
    expect(scoreLead(rules, lead, quiet, NOW).grade).toBe('unscored');
  });

  it('lets engagement fade: the same lead a quarter later scores lower', () => {
    const lead = leadInputFrom(account({ industry: 'SaaS', employees: 80 }), []);
    const signals: Signals = { visits: [{ at: NOW, seconds: 900 }], emailReplies: [NOW], meetings: [], lastTouchAt: NOW };
    const now = scoreLead(rules, lead, signals, NOW).score;
    const later = scoreLead(rules, lead, signals, NOW + 90 * DAY).score;
    expect(later).toBeLessThan(now - 20);
  });
});
