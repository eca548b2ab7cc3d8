import { minorDigits, STAGES, type CurrencyCode, type Deal, type Stage } from '../model';
import { monthStart } from '../dashboard/period';
import { addDays, localDateParts, type LocalDate } from '../time/localDate';
import type { ForecastSettings } from './forecastSettings';

/** What the forecast reads of a deal. */
export type ForecastDeal = Pick<Deal, 'id' | 'accountId' | 'name' | 'amount' | 'currency' | 'expectedCloseDate' | 'stage' | 'probability' | 'ownerId' | 'status' | 'closedOn'>;

export interface ForecastContext {
  /** The manager's today. */
  today: LocalDate;
  /** The dashboard's period as calendar days, both included: won revenue and deal size read it. */
  period: { from: LocalDate; to: LocalDate };
  settings: ForecastSettings;
}

/** A deal listed by an alert: enough to name it and open its account. */
export type ListedDeal = Pick<ForecastDeal, 'id' | 'accountId' | 'name' | 'ownerId' | 'expectedCloseDate' | 'amount' | 'currency'>;

/** Most deals an alert lists by name; the count says how many there are in all. */
export const LISTED_DEALS = 50;

/** Every amount is integer minor units of `baseCurrency`. */
export interface Forecast {
  baseCurrency: CurrencyCode;
  openDeals: number;
  pipelineByStage: Array<{ stage: Stage; count: number; amount: number }>;
  /** Sum of amount × probability of the open deals expected to close in each window. */
  weighted: { thisMonth: number; thisQuarter: number; nextQuarter: number };
  won: { count: number; amount: number; averageDealSize: number | null };
  wonByRep: Array<{ rep: string; count: number; amount: number }>;
  /** Open deals whose expected close date has passed, oldest first. */
  slipping: { count: number; deals: ListedDeal[] };
  /** Deals in a currency with no rate: in no sum above, listed here so none is silently dropped. */
  unconverted: Unconverted;
}

/** Deals in a currency with no rate: counted, their currencies named, the first LISTED_DEALS listed. */
export interface Unconverted {
  count: number;
  currencies: CurrencyCode[];
  deals: ListedDeal[];
}

/** [from, to) windows of calendar days: this month, this quarter, next quarter. */
export function forecastWindows(today: LocalDate): Record<keyof Forecast['weighted'], [LocalDate, LocalDate]> {
  const { year, month } = localDateParts(today);
  const quarterMonth = month - ((month - 1) % 3);
  return {
    thisMonth: [monthStart(year, month), monthStart(year, month + 1)],
    thisQuarter: [monthStart(year, quarterMonth), monthStart(year, quarterMonth + 3)],
    nextQuarter: [monthStart(year, quarterMonth + 3), monthStart(year, quarterMonth + 6)],
  };
}

/** Converts minor units of `currency` into minor units of the base, or null with no rate for it. */
export function converter(settings: ForecastSettings): (amount: number, currency: CurrencyCode) => number | null {
  const base = settings.baseCurrency;
  const baseDigits = minorDigits(base);
  const factors = new Map<string, number | null>();
  return (amount, currency) => {
    if (currency === base) return amount;
    let factor = factors.get(currency);
    if (factor === undefined) {
      const rate = settings.rates[currency];
      factor = rate === undefined ? null : rate * 10 ** (baseDigits - minorDigits(currency));
      factors.set(currency, factor);
    }
    return factor === null ? null : Math.round(amount * factor);
  };
}

/** Keeps the LISTED_DEALS oldest by expected close date (then name), in that order. */
function trimOldest(deals: ListedDeal[]): void {
  deals.sort((a, b) => a.expectedCloseDate.localeCompare(b.expectedCloseDate) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  deals.length = Math.min(deals.length, LISTED_DEALS);
}

const listed = (deal: ListedDeal): ListedDeal => ({ id: deal.id, accountId: deal.accountId, name: deal.name, ownerId: deal.ownerId, expectedCloseDate: deal.expectedCloseDate, amount: deal.amount, currency: deal.currency });

/** Tallies the deals no rate converts, with bounded memory (the forecast's and the KPI scorecard's). */
export function unconvertedTally(): { add(deal: ListedDeal): void; result(): Unconverted } {
  const deals: ListedDeal[] = [];
  const currencies = new Set<CurrencyCode>();
  let count = 0;
  return {
    add(deal) {
      count += 1;
      currencies.add(deal.currency);
      if (deals.length < LISTED_DEALS) deals.push(listed(deal));
    },
    result: () => ({ count, currencies: [...currencies].sort(), deals }),
  };
}

/**
 * The dashboard's forecast (issue #24 item 2) in one pass over the deals: no sort but of the
 * alerts' few entries and the reps, so 100k deals cost a few milliseconds (tests/bench/forecast.ts).
 * Money is summed as integers of the base currency's minor units.
 */
export function computeForecast(deals: Iterable<ForecastDeal>, context: ForecastContext): Forecast {
  const toBase = converter(context.settings);
  const windows = forecastWindows(context.today);
  const periodEnd = addDays(context.period.to, 1);
  const byStage = new Map<Stage, { count: number; amount: number }>();
  const byRep = new Map<string, { count: number; amount: number }>();
  const weighted = { thisMonth: 0, thisQuarter: 0, nextQuarter: 0 };
  const won = { count: 0, amount: 0 };
  const slipping: ListedDeal[] = [];
  let slippingCount = 0;
  const unconverted = unconvertedTally();
  let openDeals = 0;

  for (const deal of deals) {
    const isOpen = deal.status === 'open';
    if (isOpen) {
      openDeals += 1;
      if (deal.expectedCloseDate < context.today) {
        slippingCount += 1;
        slipping.push(listed(deal));
        // Only the oldest few are listed: trimmed as it goes, so memory stays bounded.
        if (slipping.length >= LISTED_DEALS * 4) trimOldest(slipping);
      }
    }
    const wonInPeriod = deal.status === 'won' && deal.closedOn !== undefined && deal.closedOn >= context.period.from && deal.closedOn < periodEnd;
    if (!isOpen && !wonInPeriod) continue;
    const amount = toBase(deal.amount, deal.currency);
    if (amount === null) {
      unconverted.add(deal);
      continue;
    }
    if (wonInPeriod) {
      won.count += 1;
      won.amount += amount;
      const rep = byRep.get(deal.ownerId) ?? { count: 0, amount: 0 };
      rep.count += 1;
      rep.amount += amount;
      byRep.set(deal.ownerId, rep);
      continue;
    }
    const stage = byStage.get(deal.stage) ?? { count: 0, amount: 0 };
    stage.count += 1;
    stage.amount += amount;
    byStage.set(deal.stage, stage);
    const expected = Math.round((amount * deal.probability) / 100);
    const close = deal.expectedCloseDate;
    for (const key of ['thisMonth', 'thisQuarter', 'nextQuarter'] as const) {
      const [from, to] = windows[key];
      if (close >= from && close < to) weighted[key] += expected;
    }
  }

  trimOldest(slipping);
  return {
    baseCurrency: context.settings.baseCurrency,
    openDeals,
    pipelineByStage: STAGES.filter((stage) => byStage.has(stage)).map((stage) => ({ stage, ...byStage.get(stage)! })),
    weighted,
    won: { ...won, averageDealSize: won.count > 0 ? Math.round(won.amount / won.count) : null },
    wonByRep: [...byRep].map(([rep, value]) => ({ rep, ...value })).sort((a, b) => b.amount - a.amount || a.rep.localeCompare(b.rep)),
    slipping: { count: slippingCount, deals: slipping },
    unconverted: unconverted.result(),
  };
}
