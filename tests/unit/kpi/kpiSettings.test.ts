import { describe, expect, it } from 'vitest';
import { DEFAULT_KPI_SETTINGS, DEFAULT_WEIGHTS, KpiSettings, parseKpiSettings, periodKindOf } from '../../../lib/kpi/kpiSettings';

describe('KPI settings', () => {
  it('defaults to the team plan weights, for the month and the quarter', () => {
    expect(DEFAULT_KPI_SETTINGS.month.weights).toEqual({ revenue: 20, grossProfit: 20, newCustomers: 15, collections: 15, leadConversion: 10, satisfaction: 10, process: 10 });
    expect(DEFAULT_KPI_SETTINGS.quarter.weights).toEqual(DEFAULT_KPI_SETTINGS.month.weights);
    expect(DEFAULT_KPI_SETTINGS.quarter.targets.revenue).toBe(3 * DEFAULT_KPI_SETTINGS.month.targets.revenue);
  });

  it('refuses weights that do not add up to 100, naming the sum', () => {
    const settings = { ...DEFAULT_KPI_SETTINGS, month: { ...DEFAULT_KPI_SETTINGS.month, weights: { ...DEFAULT_WEIGHTS, revenue: 10 } } };
    const parsed = KpiSettings.safeParse(settings);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('the weights add up to 90%, not 100%');
  });

  it('falls back to the defaults for a stored value that does not pass', () => {
    expect(parseKpiSettings({ month: { weights: { revenue: 'x' } } })).toEqual(DEFAULT_KPI_SETTINGS);
    expect(parseKpiSettings(undefined)).toEqual(DEFAULT_KPI_SETTINGS);
  });

  it('judges a month-sized period by the month plan and a longer one by the quarter plan', () => {
    expect(periodKindOf(31)).toBe('month');
    expect(periodKindOf(90)).toBe('quarter');
  });
});
