import { describe, expect, it } from 'vitest';
import { computeForecast, forecastWindows, LISTED_DEALS } from '../../../lib/deals/forecast';
import { ForecastSettings } from '../../../lib/deals/forecastSettings';
import { openDeal } from './fixtures';

const settings = ForecastSettings.parse({ baseCurrency: 'USD', rates: { CNY: 0.14, JPY: 0.0067 } });
const context = { today: '2027-02-10', period: { from: '2027-02-01', to: '2027-02-28' }, settings };

describe('forecast windows', () => {
  it('cuts this month, this quarter and next quarter by calendar day, across a year end', () => {
    expect(forecastWindows('2027-02-10')).toEqual({ thisMonth: ['2027-02-01', '2027-03-01'], thisQuarter: ['2027-01-01', '2027-04-01'], nextQuarter: ['2027-04-01', '2027-07-01'] });
    expect(forecastWindows('2027-12-31').nextQuarter).toEqual(['2028-01-01', '2028-04-01']);
  });
});

describe('computeForecast', () => {
  it('sums open pipeline by stage and the weighted forecast in base-currency minor units', () => {
    const forecast = computeForecast(
      [
        openDeal({ id: '1', amount: 100_000, probability: 40, stage: 'opportunity', expectedCloseDate: '2027-02-20' }),
        openDeal({ id: '2', amount: 1_000_000, currency: 'CNY', probability: 70, stage: 'negotiation', expectedCloseDate: '2027-03-15' }),
        openDeal({ id: '3', amount: 1_000_000, currency: 'JPY', probability: 10, stage: 'lead', expectedCloseDate: '2027-05-01' }),
        openDeal({ id: '4', amount: 50_000, status: 'lost', stage: 'lost', closedOn: '2027-02-02' }),
      ],
      context,
    );
    // 10,000 CNY at 0.14 is 1,400 USD; ¥1,000,000 at 0.0067 is 6,700 USD.
    expect(forecast.pipelineByStage).toEqual([
      { stage: 'lead', count: 1, amount: 670_000 },
      { stage: 'opportunity', count: 1, amount: 100_000 },
      { stage: 'negotiation', count: 1, amount: 140_000 },
    ]);
    expect(forecast.weighted).toEqual({ thisMonth: 40_000, thisQuarter: 40_000 + 98_000, nextQuarter: 67_000 });
    expect(forecast.openDeals).toBe(3);
    expect(forecast.unconverted.count).toBe(0);
  });

  it('counts won revenue per rep and the average deal size in the period only', () => {
    const forecast = computeForecast(
      [
        openDeal({ id: '1', amount: 300_000, status: 'won', closedOn: '2027-02-03', ownerId: 'Ann' }),
        openDeal({ id: '2', amount: 100_000, status: 'won', closedOn: '2027-02-28', ownerId: 'Bob' }),
        openDeal({ id: '3', amount: 200_000, status: 'won', closedOn: '2027-02-10', ownerId: 'Ann' }),
        openDeal({ id: '4', amount: 999_999, status: 'won', closedOn: '2027-01-31', ownerId: 'Bob' }),
        openDeal({ id: '5', amount: 999_999, status: 'won', closedOn: '2027-03-01', ownerId: 'Bob' }),
      ],
      context,
    );
    expect(forecast.wonByRep).toEqual([
      { rep: 'Ann', count: 2, amount: 500_000 },
      { rep: 'Bob', count: 1, amount: 100_000 },
    ]);
    expect(forecast.won).toEqual({ count: 3, amount: 600_000, averageDealSize: 200_000 });
    expect(computeForecast([], context).won.averageDealSize).toBeNull();
  });

  it('lists a deal in a currency with no rate instead of dropping it silently', () => {
    const forecast = computeForecast([openDeal({ id: 'e', currency: 'EUR', amount: 5_000 }), openDeal({ id: 'g', currency: 'GBP', status: 'won', closedOn: '2027-02-05' })], context);
    expect(forecast.unconverted).toMatchObject({ count: 2, currencies: ['EUR', 'GBP'] });
    expect(forecast.unconverted.deals.map((deal) => deal.id)).toEqual(['e', 'g']);
    expect(forecast.pipelineByStage).toEqual([]);
    expect(forecast.won.count).toBe(0);
  });

  it('alerts on open deals whose close date passed, oldest first, listing a bounded few', () => {
    const deals = Array.from({ length: 500 }, (_, index) => openDeal({ id: `s${index}`, name: `Deal ${index}`, expectedCloseDate: `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}` }));
    deals.push(openDeal({ id: 'today', expectedCloseDate: '2027-02-10' }), openDeal({ id: 'won-late', status: 'won', closedOn: '2027-02-01', expectedCloseDate: '2026-01-01' }));
    const { slipping } = computeForecast(deals, context);
    expect(slipping.count).toBe(500);
    expect(slipping.deals).toHaveLength(LISTED_DEALS);
    const dates = slipping.deals.map((deal) => deal.expectedCloseDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2026-01-01');
  });
});

describe('the worker’s forecast request', () => {
  it('reads the period and today as the manager’s calendar days', async () => {
    const { forecastFor, ForecastRequest } = await import('../../../lib/deals/dashboard/forecastRequest');
    // 2027-02-28 23:30 in Shanghai is still the 28th there, the 28th 15:30 in UTC.
    const now = Date.UTC(2027, 1, 28, 15, 30);
    const period = { from: Date.UTC(2027, 1, 28, 16), to: Date.UTC(2027, 2, 1, 16) };
    const deals = [openDeal({ id: 'w', status: 'won', closedOn: '2027-03-01', amount: 10 }), openDeal({ id: 'o', expectedCloseDate: '2027-03-01', amount: 100, probability: 50 })];
    const request = ForecastRequest.parse({ id: 1, kind: 'forecast', period, now, timeZone: 'Asia/Shanghai', settings });
    const forecast = forecastFor(deals, request);
    expect(forecast.won.amount).toBe(10);
    // Today is Feb 28 in Shanghai: the deal closing Mar 1 is next month, still this quarter.
    expect(forecast.weighted).toEqual({ thisMonth: 0, thisQuarter: 50, nextQuarter: 0 });
    expect(forecast.slipping.count).toBe(0);
  });
});

describe('rates typed by the manager', () => {
  it('reads one currency and rate per line and names the first bad line', async () => {
    const { ratesFromText } = await import('../../../lib/deals/forecastSettings');
    expect(ratesFromText('CNY 0.14\n\neur=1.08\nJPY: 0.0067')).toEqual({ ok: true, rates: { CNY: 0.14, EUR: 1.08, JPY: 0.0067 } });
    expect(ratesFromText('CNY 0.14\nEUR abc')).toEqual({ ok: false, line: 2 });
    expect(ratesFromText('CNY 0')).toEqual({ ok: false, line: 1 });
    expect(ForecastSettings.safeParse({ baseCurrency: 'USD', rates: { XYZ: 1 } }).success).toBe(false);
  });
});
