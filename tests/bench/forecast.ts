/**
 * The deal forecast (issue #24 item 2) over 50k accounts and 100k deals in four currencies, one of
 * them with no rate: the worker's computation as the dashboard runs it (lib/deals/forecast.ts),
 * from deals already read. Median of several runs after a warm-up.
 *
 *   npx tsx tests/bench/forecast.ts
 */
import { performance } from 'node:perf_hooks';
import { computeForecast } from '../../lib/deals/forecast';
import { ForecastSettings } from '../../lib/deals/forecastSettings';
import { ACCOUNTS, DEALS, syntheticDeals, TODAY } from './syntheticDeals';

const RUNS = 7;

const deals = syntheticDeals();
const context = { today: TODAY, period: { from: '2027-02-01', to: '2027-02-28' }, settings: ForecastSettings.parse({ baseCurrency: 'USD', rates: { CNY: 0.14, JPY: 0.0067 } }) };
computeForecast(deals, context);
const times: number[] = [];
let last = computeForecast(deals, context);
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  last = computeForecast(deals, context);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`forecast over ${ACCOUNTS.toLocaleString('en')} accounts, ${DEALS.toLocaleString('en')} deals: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)})`);
console.log(`open ${last.openDeals}, slipping ${last.slipping.count}, won in period ${last.won.count}, without a rate ${last.unconverted.count} (${last.unconverted.currencies.join(', ')})`);
