import { describe, expect, it } from 'vitest';
import { AlertSettings, DEFAULT_ALERT_SETTINGS, parseAlertSettings } from '../../../lib/dashboard/alertRules';
import { ALERT_COOL_DOWN_MS, evaluateAlerts } from '../../../lib/dashboard/alerts';
import { breachText } from '../../../lib/dashboard/alertText';
import type { DashboardAggregates } from '../../../lib/dashboard/metrics/aggregates';
import { computeDashboard } from '../../../lib/dashboard/metrics/computeDashboard';
import { translatorFor } from '../../../lib/i18n';
import { defaultCalendar } from '../../../lib/pipeline/calendar/workCalendar';

const HOUR = 3_600_000;
const NOW = Date.UTC(2025, 5, 1, 9);

/** Aggregates where Opportunity → Negotiation converts `reached` of `entered`, first contact `met` of 10. */
function aggregates(reached: number, entered: number, met: number): DashboardAggregates {
  const base = computeDashboard({ accounts: [], activities: [], tasks: [] }, { period: { from: 0, to: NOW }, now: NOW, firstContactHours: 48, calendar: defaultCalendar('UTC') });
  return {
    ...base,
    funnel: { ...base.funnel, conversions: base.funnel.conversions.map((row) => (row.from === 'opportunity' ? { ...row, entered, reached, rate: entered ? reached / entered : null } : row)) },
    serviceLevels: { ...base.serviceLevels, firstContact: { met, missed: 10 - met, pending: 0, rate: met / 10 } },
  };
}

describe('funnel alerts', () => {
  it('the defaults watch Opportunity → Negotiation below 20% and first contact below 90%', () => {
    const { breaches } = evaluateAlerts(aggregates(1, 10, 8), DEFAULT_ALERT_SETTINGS, {}, NOW);
    expect(breaches.map((b) => [b.key, b.value, b.sample])).toEqual([
      ['conversion:opportunity', 0.1, 10],
      ['serviceLevel:firstContact', 0.8, 10],
    ]);
  });

  it('notifies a breach once, then not again within the cool-down, then again after it', () => {
    const settings = DEFAULT_ALERT_SETTINGS;
    const figures = aggregates(1, 10, 10);
    const first = evaluateAlerts(figures, settings, {}, NOW);
    expect(first.notify.map((b) => b.key)).toEqual(['conversion:opportunity']);
    expect(first.lastNotified).toEqual({ 'conversion:opportunity': NOW });
    const hourly = [1, 2, 12, 23].map((hours) => evaluateAlerts(figures, settings, first.lastNotified, NOW + hours * HOUR));
    expect(hourly.every((check) => check.notify.length === 0 && check.breaches.length === 1)).toBe(true);
    expect(hourly[3]!.lastNotified).toEqual({ 'conversion:opportunity': NOW });
    const nextDay = evaluateAlerts(figures, settings, first.lastNotified, NOW + ALERT_COOL_DOWN_MS);
    expect(nextDay.notify).toHaveLength(1);
    expect(nextDay.lastNotified).toEqual({ 'conversion:opportunity': NOW + ALERT_COOL_DOWN_MS });
  });

  it('forgets an alert that recovered, so a new breach notifies at once', () => {
    const first = evaluateAlerts(aggregates(1, 10, 10), DEFAULT_ALERT_SETTINGS, {}, NOW);
    const recovered = evaluateAlerts(aggregates(5, 10, 10), DEFAULT_ALERT_SETTINGS, first.lastNotified, NOW + HOUR);
    expect(recovered).toEqual({ breaches: [], notify: [], lastNotified: {} });
    const again = evaluateAlerts(aggregates(1, 10, 10), DEFAULT_ALERT_SETTINGS, recovered.lastNotified, NOW + 2 * HOUR);
    expect(again.notify).toHaveLength(1);
  });

  it('never alerts on a rate over fewer accounts than minSample, or on nothing counted', () => {
    expect(evaluateAlerts(aggregates(0, 4, 10), DEFAULT_ALERT_SETTINGS, {}, NOW).breaches).toEqual([]);
    expect(evaluateAlerts(aggregates(0, 0, 10), DEFAULT_ALERT_SETTINGS, {}, NOW).breaches).toEqual([]);
  });

  it('shows breaches but notifies none when notifications are off', () => {
    const result = evaluateAlerts(aggregates(1, 10, 10), { ...DEFAULT_ALERT_SETTINGS, notify: false }, {}, NOW);
    expect([result.breaches.length, result.notify.length]).toEqual([1, 0]);
  });

  it('validates stored settings: two thresholds on one measure, rates outside 0…1; bad storage falls back', () => {
    expect(AlertSettings.safeParse({ rules: [{ metric: 'leadToWon', below: 0.1 }, { metric: 'leadToWon', below: 0.2 }] }).success).toBe(false);
    expect(AlertSettings.safeParse({ rules: [{ metric: 'winRate', below: 1.5 }] }).success).toBe(false);
    expect(parseAlertSettings({ rules: 'nope' })).toEqual(DEFAULT_ALERT_SETTINGS);
    expect(parseAlertSettings(null)).toEqual(DEFAULT_ALERT_SETTINGS);
  });

  it('words a breach in both locales', () => {
    const [breach] = evaluateAlerts(aggregates(1, 10, 10), DEFAULT_ALERT_SETTINGS, {}, NOW).breaches;
    expect(breachText(breach!, translatorFor('en'), 'en')).toBe('Opportunity → Negotiation conversion: 10% (alert below 20%)');
    expect(breachText(breach!, translatorFor('zh_CN'), 'zh-CN')).toBe('机会客户→谈判阶段转化率：10%（预警线 20%）');
  });
});
