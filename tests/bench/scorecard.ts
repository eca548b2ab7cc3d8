/**
 * The KPI scorecard (issue #24 item 4) over the forecast bench's 100k deals, spread over as many
 * reps as a request may name (MAX_SCORED_REPS), every won deal with a margin and a collection: the
 * worker's computation from deals already read. Median of several runs after a warm-up.
 *
 *   npx tsx tests/bench/scorecard.ts
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_FORECAST_SETTINGS, ForecastSettings } from '../../lib/deals/forecastSettings';
import { DEFAULT_KPI_SETTINGS } from '../../lib/kpi/kpiSettings';
import type { KpiDeal } from '../../lib/kpi/measures';
import { MAX_SCORED_REPS, scorecardFor } from '../../lib/kpi/scorecardRequest';
import { DEALS, syntheticDeals } from './syntheticDeals';

const RUNS = 7;
const reps = Array.from({ length: MAX_SCORED_REPS }, (_, index) => `Rep ${index + 1}`);
const deals: KpiDeal[] = syntheticDeals().map((deal, index) => ({
  ...deal,
  ownerId: reps[index % reps.length]!,
  ...(deal.status === 'won' ? { grossMargin: Math.round(deal.amount / 3), collected: Math.round(deal.amount / 2) } : {}),
}));
const request = {
  // February 2027 in UTC: the synthetic deals close around 2027-02-10.
  period: { from: Date.UTC(2027, 1, 1), to: Date.UTC(2027, 2, 1) },
  timeZone: 'UTC',
  forecastSettings: ForecastSettings.parse({ ...DEFAULT_FORECAST_SETTINGS, rates: { CNY: 0.14, JPY: 0.0067 } }),
  kpiSettings: DEFAULT_KPI_SETTINGS,
  reps: reps.map((rep, index) => ({ rep, newCustomers: index % 7, leadConversion: (index % 10) / 10, process: index % 3 ? 0.9 : null })),
};
const satisfaction = new Map(reps.map((rep, index) => [rep, { nps: (index % 200) - 100, csatAverage: index % 2 ? 1 + (index % 5) : null }]));
scorecardFor(deals, request, satisfaction);
const times: number[] = [];
let last = scorecardFor(deals, request, satisfaction);
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  last = scorecardFor(deals, request, satisfaction);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`scorecard over ${DEALS.toLocaleString('en')} deals, ${reps.length.toLocaleString('en')} reps: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)})`);
console.log(`rows ${last.rows.length}, without a rate ${last.unconverted.count} (${last.unconverted.currencies.join(', ')})`);
