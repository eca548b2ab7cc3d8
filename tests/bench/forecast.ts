/**
 * The deal forecast (issue #24 item 2) over 50k accounts and 100k deals in four currencies, one of
 * them with no rate: the worker's computation as the dashboard runs it (lib/deals/forecast.ts),
 * from deals already read. Median of several runs after a warm-up.
 *
 *   npx tsx tests/bench/forecast.ts
 */
import { performance } from 'node:perf_hooks';
import { computeForecast, type ForecastDeal } from '../../lib/deals/forecast';
import { ForecastSettings } from '../../lib/deals/forecastSettings';
import { FUNNEL_STAGES, type CurrencyCode } from '../../lib/model';
import { addDays } from '../../lib/time/localDate';
import { seededRandom } from '../support/seededRandom';

const ACCOUNTS = 50_000;
const DEALS = 100_000;
const RUNS = 7;
const TODAY = '2027-02-10';
const CURRENCIES: CurrencyCode[] = ['USD', 'CNY', 'EUR', 'JPY'];
const REPS = Array.from({ length: 25 }, (_, index) => `Rep ${index + 1}`);

function syntheticDeals(): ForecastDeal[] {
  const random = seededRandom(24);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: DEALS }, (_, index) => {
    const status = random() < 0.7 ? 'open' : random() < 0.5 ? 'won' : 'lost';
    const expectedCloseDate = addDays(TODAY, Math.floor(random() * 400) - 120);
    return {
      id: `deal-${index}`,
      accountId: `account-${Math.floor(random() * ACCOUNTS)}`,
      name: `Deal ${index}`,
      amount: Math.floor(random() * 10_000_000),
      currency: pick(CURRENCIES),
      expectedCloseDate,
      stage: status === 'open' ? pick(FUNNEL_STAGES.slice(0, 4)) : status,
      probability: Math.floor(random() * 101),
      ownerId: pick(REPS),
      status,
      ...(status === 'open' ? {} : { closedOn: addDays(TODAY, -Math.floor(random() * 90)) }),
    } as ForecastDeal;
  });
}

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
