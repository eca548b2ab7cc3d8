import { describe, expect, it } from 'vitest';
import { DEFAULT_KPI_SETTINGS } from '../../../lib/kpi/kpiSettings';
import { computeScorecard } from '../../../lib/kpi/scorecard';

const plan = DEFAULT_KPI_SETTINGS.month; // targets: 50,000 revenue, 15,000 GP, 4 customers, 40,000 collected, 20%, CSAT 4.5, NPS 30, 90%

describe('computeScorecard', () => {
  it('scores each part as weight × capped attainment, by hand', () => {
    const [ann] = computeScorecard({
      baseCurrency: 'USD',
      plan,
      // $25,000 revenue (50%), $18,000 GP (120%: capped from 120%), $40,000 collected (100%)
      deals: new Map([['Ann', { revenue: 2_500_000, grossProfit: 1_800_000, collections: 4_000_000, wonDeals: 2, withoutMargin: 0 }]]),
      // 8 new customers (200% → capped 120%), 10% conversion (50%), 45% on time (50%)
      reps: [{ rep: 'Ann', newCustomers: 8, leadConversion: 0.1, process: 0.45 }],
      satisfaction: new Map([['Ann', { nps: -20, csatAverage: 4.5 }]]),
    });
    const contributions = Object.fromEntries(Object.entries(ann!.parts).map(([part, value]) => [part, value.contribution]));
    expect(contributions).toEqual({ revenue: 10, grossProfit: 24, newCustomers: 18, collections: 15, leadConversion: 5, satisfaction: 10, process: 5 });
    expect(ann!.total).toBeCloseTo(87);
    expect(ann!.weightCounted).toBe(100);
    expect(ann!.parts.satisfaction.basis).toBe('csat');
  });

  it('leaves a part with no data out and re-bases the other weights onto 100', () => {
    const [bo] = computeScorecard({
      baseCurrency: 'USD',
      plan,
      deals: new Map([['Bo', { revenue: 5_000_000, grossProfit: 1_500_000, collections: 4_000_000, wonDeals: 1, withoutMargin: 0 }]]),
      reps: [{ rep: 'Bo', newCustomers: 4, leadConversion: null, process: 0.9 }],
      satisfaction: new Map(),
    });
    // Every part with data is at 100%; lead conversion and satisfaction (20%) had none.
    expect(bo!.weightCounted).toBe(80);
    expect(bo!.parts.satisfaction).toMatchObject({ measured: null, contribution: null });
    expect(bo!.parts.revenue.contribution).toBeCloseTo(25); // 20 × 100 / 80
    expect(bo!.total).toBeCloseTo(100);
  });

  it('judges satisfaction by NPS only when a rep has no CSAT', () => {
    const [cy] = computeScorecard({ baseCurrency: 'USD', plan, deals: new Map(), reps: [{ rep: 'Cy', newCustomers: 0, leadConversion: 0, process: 0 }], satisfaction: new Map([['Cy', { nps: 15, csatAverage: null }]]) });
    expect(cy!.parts.satisfaction).toMatchObject({ basis: 'nps', measured: 15, target: 30, contribution: 5 });
    expect(cy!.total).toBeCloseTo(5);
  });

  it('sorts reps by total, best first, and leaves out the unnamed rep', () => {
    const rows = computeScorecard({
      baseCurrency: 'USD',
      plan,
      deals: new Map([
        ['Low', { revenue: 100, grossProfit: 0, collections: 0, wonDeals: 1, withoutMargin: 1 }],
        ['High', { revenue: 5_000_000, grossProfit: 0, collections: 0, wonDeals: 1, withoutMargin: 1 }],
      ]),
      reps: [{ rep: '', newCustomers: 3, leadConversion: 1, process: 1 }],
      satisfaction: new Map(),
    });
    expect(rows.map((row) => row.rep)).toEqual(['High', 'Low']);
  });
});
