import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../lib/i18n';
import { churnAlertsToNotify, churnRiskText } from '../../../lib/satisfaction/churnAlerts';
import type { AtRiskCustomer } from '../../../lib/satisfaction/report';

const risk = (accountId: string, overrides: Partial<AtRiskCustomer> = {}): AtRiskCustomer => ({ accountId, name: accountId, rep: 'Mei Chen', reasons: ['detractor'], nps: 5, complaints: 0, ...overrides });

describe('churn warnings in the daily alert', () => {
  it('names each at-risk customer once while the risk lasts, and again after it recovered', () => {
    const first = churnAlertsToNotify([risk('acme')], { 'funnel:lead': 1 }, 100);
    expect(first.notify.map((r) => r.accountId)).toEqual(['acme']);
    expect(first.lastNotified).toEqual({ 'churnRisk:acme': 100 });
    const second = churnAlertsToNotify([risk('acme'), risk('globex')], first.lastNotified, 200);
    expect(second.notify.map((r) => r.accountId)).toEqual(['globex']);
    expect(second.lastNotified).toEqual({ 'churnRisk:acme': 100, 'churnRisk:globex': 200 });
    const recovered = churnAlertsToNotify([risk('globex')], second.lastNotified, 300);
    expect(recovered.lastNotified).toEqual({ 'churnRisk:globex': 200 });
    expect(churnAlertsToNotify([risk('acme')], recovered.lastNotified, 400).notify.map((r) => r.accountId)).toEqual(['acme']);
  });

  it('says who, whose and why, in both languages', () => {
    const acme = risk('Acme', { reasons: ['detractor', 'complaints'], complaints: 2 });
    expect(churnRiskText(acme, translatorFor('en'))).toBe('Acme (Mei Chen): detractor NPS 5, 2 complaints');
    expect(churnRiskText({ ...acme, rep: '' }, translatorFor('zh_CN'))).toBe('Acme（未分配）：NPS 为贬损者（5），2 次投诉');
  });
});
