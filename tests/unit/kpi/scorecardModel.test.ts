import { describe, expect, it } from 'vitest';
import { DEFAULT_FORECAST_SETTINGS } from '../../../lib/deals/forecastSettings';
import { DEFAULT_KPI_SETTINGS, DEFAULT_WEIGHTS } from '../../../lib/kpi/kpiSettings';
import { scorecardCsvParts } from '../../../lib/kpi/scorecardCsv';
import { scorecardFor } from '../../../lib/kpi/scorecardRequest';
import { openDeal } from '../deals/fixtures';
import { scorecardModelForTest } from './fixtures';

const model = scorecardModelForTest;

describe('scorecard settings', () => {
  it('saves nothing when the weights of a plan add up to 90, and says so with the sum', async () => {
    const { created, saved } = model();
    const result = await created.saveSettings({ ...DEFAULT_KPI_SETTINGS, quarter: { ...DEFAULT_KPI_SETTINGS.quarter, weights: { ...DEFAULT_WEIGHTS, process: 0 } } });
    expect(result).toEqual({ ok: false, weightSum: { kind: 'quarter', sum: 90 } });
    expect(saved).toEqual([]);
    expect(created.settings.value).toEqual(DEFAULT_KPI_SETTINGS);
  });

  it('saves weights that add up to 100', async () => {
    const { created, saved } = model();
    const month = { ...DEFAULT_KPI_SETTINGS.month, weights: { ...DEFAULT_WEIGHTS, revenue: 30, grossProfit: 10 } };
    expect(await created.saveSettings({ ...DEFAULT_KPI_SETTINGS, month })).toEqual({ ok: true });
    expect(saved[0]?.month.weights.revenue).toBe(30);
  });
});

describe('scorecard CSV', () => {
  it('writes one row per rep with money in base units and guards a formula-like rep name', () => {
    const deals = [openDeal({ id: '1', ownerId: '=HYPERLINK("x")', status: 'won', stage: 'won', closedOn: '2027-02-10', amount: 1_000_000 })];
    const period = { from: Date.UTC(2027, 1, 1), to: Date.UTC(2027, 2, 1) };
    const scorecard = scorecardFor(deals, { period, timeZone: 'UTC', forecastSettings: DEFAULT_FORECAST_SETTINGS, kpiSettings: DEFAULT_KPI_SETTINGS, reps: [] }, new Map());
    const text = scorecardCsvParts(scorecard, (part, column) => `${part} ${column}`, { rep: 'Rep', total: 'Total' }).join('');
    const [header, row] = text.replace('\uFEFF', '').split('\r\n');
    expect(header!.startsWith('Rep,revenue measured,revenue target,revenue contribution')).toBe(true);
    // $10,000 of a $50,000 target: 20% × 20 points, re-based over the 70% of weight with data
    // (no lead conversion, satisfaction or SLA figures for this rep): 4 × 100 / 70.
    expect(row).toMatch(/^"'=HYPERLINK\(""x""\)",10000,50000,5\.71,/);
    expect(row!.endsWith(',5.71')).toBe(true);
  });
});
