import type { Deal } from '../model';
import { addDays, type LocalDate } from '../time/localDate';
import { converter, unconvertedTally, type Unconverted } from '../deals/forecast';
import type { ForecastSettings } from '../deals/forecastSettings';

/** What the scorecard reads of a deal. */
export type KpiDeal = Pick<Deal, 'id' | 'accountId' | 'name' | 'amount' | 'currency' | 'expectedCloseDate' | 'ownerId' | 'status' | 'closedOn' | 'grossMargin' | 'collected'>;

/** Money of a rep's deals won in the period, minor units of the base currency. */
export interface DealMeasures {
  revenue: number;
  grossProfit: number;
  collections: number;
  wonDeals: number;
  /** Won deals with no gross margin entered: counted as none, and said so. */
  withoutMargin: number;
}

export interface WonDealMeasures {
  byRep: Map<string, DealMeasures>;
  /** Won deals in a currency with no rate: in no rep's sums, listed so none is silently dropped. */
  unconverted: Unconverted;
}

/**
 * Revenue, gross profit and collections per rep from the deals won in the period (days, both
 * included), converted with the forecast's own converter and the manager's rates: one pass.
 */
export function wonDealMeasures(deals: Iterable<KpiDeal>, period: { from: LocalDate; to: LocalDate }, settings: ForecastSettings): WonDealMeasures {
  const toBase = converter(settings);
  const end = addDays(period.to, 1);
  const byRep = new Map<string, DealMeasures>();
  const unconverted = unconvertedTally();
  for (const deal of deals) {
    if (deal.status !== 'won' || deal.closedOn === undefined || deal.closedOn < period.from || deal.closedOn >= end) continue;
    const revenue = toBase(deal.amount, deal.currency);
    if (revenue === null) {
      unconverted.add(deal);
      continue;
    }
    let rep = byRep.get(deal.ownerId);
    if (!rep) byRep.set(deal.ownerId, (rep = { revenue: 0, grossProfit: 0, collections: 0, wonDeals: 0, withoutMargin: 0 }));
    rep.wonDeals += 1;
    rep.revenue += revenue;
    if (deal.grossMargin === undefined) rep.withoutMargin += 1;
    else rep.grossProfit += toBase(deal.grossMargin, deal.currency) ?? 0;
    if (deal.collected !== undefined) rep.collections += toBase(deal.collected, deal.currency) ?? 0;
  }
  return { byRep, unconverted: unconverted.result() };
}

/**
 * The measures the dashboard's rep table already has (lib/dashboard/metrics/reps.ts), reused:
 * accounts first won in the period, the captured cohort's won rate, first-contact on-time rate.
 */
export interface RepActivityMeasures {
  rep: string;
  newCustomers: number;
  /** 0…1, null when the rep captured no lead in the period. */
  leadConversion: number | null;
  /** 0…1, null when no first contact was due and judged. */
  process: number | null;
}

/** A rep's satisfaction as lib/satisfaction/measures.ts gives it: NPS −100…100, CSAT 1…5. */
export interface RepSatisfaction {
  nps: number | null;
  csatAverage: number | null;
}
