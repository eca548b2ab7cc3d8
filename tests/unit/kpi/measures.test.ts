import { describe, expect, it } from 'vitest';
import { ForecastSettings } from '../../../lib/deals/forecastSettings';
import { wonDealMeasures } from '../../../lib/kpi/measures';
import { openDeal } from '../deals/fixtures';

const settings = ForecastSettings.parse({ baseCurrency: 'USD', rates: { CNY: 0.14 } });
const period = { from: '2027-02-01', to: '2027-02-28' };
const won = (fields: Parameters<typeof openDeal>[0]) => openDeal({ status: 'won', stage: 'won', closedOn: '2027-02-10', ...fields });

describe('wonDealMeasures', () => {
  it('sums revenue, gross profit and collections per rep of deals won in the period, in the base currency', () => {
    const { byRep, unconverted } = wonDealMeasures(
      [
        won({ id: '1', ownerId: 'Ann', amount: 100_000, grossMargin: 30_000, collected: 50_000 }),
        // 10,000 CNY at 0.14 is 1,400 USD; margin 2,000 CNY is 280 USD; collected 5,000 CNY is 700 USD.
        won({ id: '2', ownerId: 'Ann', amount: 1_000_000, currency: 'CNY', grossMargin: 200_000, collected: 500_000, closedOn: '2027-02-28' }),
        won({ id: '3', ownerId: 'Bo', amount: 70_000 }),
        won({ id: '4', ownerId: 'Bo', amount: 999_999, closedOn: '2027-03-01' }),
        openDeal({ id: '5', ownerId: 'Bo', amount: 999_999 }),
        openDeal({ id: '6', ownerId: 'Bo', amount: 999_999, status: 'lost', stage: 'lost', closedOn: '2027-02-10' }),
      ],
      period,
      settings,
    );
    expect(byRep.get('Ann')).toEqual({ revenue: 240_000, grossProfit: 58_000, collections: 120_000, wonDeals: 2, withoutMargin: 0 });
    expect(byRep.get('Bo')).toEqual({ revenue: 70_000, grossProfit: 0, collections: 0, wonDeals: 1, withoutMargin: 1 });
    expect(unconverted.count).toBe(0);
  });

  it('lists a won deal in a currency with no rate instead of counting it', () => {
    const { byRep, unconverted } = wonDealMeasures([won({ id: 'e', name: 'Euro deal', currency: 'EUR', amount: 10_000 })], period, settings);
    expect(byRep.size).toBe(0);
    expect(unconverted).toMatchObject({ count: 1, currencies: ['EUR'], deals: [{ id: 'e', name: 'Euro deal' }] });
  });
});
