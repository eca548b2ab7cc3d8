import type { ForecastDeal } from '../../lib/deals/forecast';
import { FUNNEL_STAGES, type CurrencyCode } from '../../lib/model';
import { addDays } from '../../lib/time/localDate';
import { seededRandom } from '../support/seededRandom';

/** 100k deals over 50k accounts in four currencies (one with no rate), for the forecast and scorecard benches. */
export const ACCOUNTS = 50_000;
export const DEALS = 100_000;
export const TODAY = '2027-02-10';
const CURRENCIES: CurrencyCode[] = ['USD', 'CNY', 'EUR', 'JPY'];
export const REPS = Array.from({ length: 25 }, (_, index) => `Rep ${index + 1}`);

export function syntheticDeals(): ForecastDeal[] {
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
