import { z } from 'zod';
import { isLocalDate } from '../time/localDate';
import { Id, RecordMeta, ShortText } from './common';
import { Stage } from './stage';

/**
 * A deal (issue #24 item 1): what an opportunity is worth and when it should close. Money is an
 * integer count of the currency's minor units (cents, fen; none for JPY), never a float: sums of
 * floats drift, and a forecast over 100k deals adds a lot of them.
 */

/** ISO 4217 code the runtime knows (Intl), upper case: `USD`, `CNY`, `JPY`. */
export const CurrencyCode = z
  .string()
  .max(3)
  .refine((code) => /^[A-Z]{3}$/.test(code) && isKnownCurrency(code), { message: 'must be an ISO 4217 currency code (USD, CNY, EUR…)' });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * Bound on one amount: 1e13 minor units is a hundred billion in a two-digit currency, far above any
 * deal, and keeps a sum of up to ~900 such amounts exact in a double.
 */
export const MAX_MINOR_UNITS = 1e13;
export const MinorUnits = z.number().int().min(-MAX_MINOR_UNITS).max(MAX_MINOR_UNITS);
export const Amount = MinorUnits.min(0, 'must not be negative');

/** A calendar date with no time zone, `YYYY-MM-DD`: a close date is a day, wherever the rep is. */
export const DealDate = z.string().refine(isLocalDate, { message: 'must be a date (YYYY-MM-DD)' });

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export const DealStatus = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatus>;

export const Probability = z.number().int().min(0).max(100);

export const Deal = RecordMeta.extend({
  accountId: Id,
  name: ShortText.trim().min(1),
  /** Minor units of `currency`. */
  amount: Amount,
  currency: CurrencyCode,
  expectedCloseDate: DealDate,
  stage: Stage,
  /** Percent; set from the stage's default (lib/deals/stageProbability.ts) unless changed by hand. */
  probability: Probability,
  ownerId: ShortText.min(1),
  status: DealStatus.default('open'),
  /** Why it was won or lost (closed deals only). */
  closeReason: ShortText.optional(),
  /** The day it was won or lost (closed deals only). */
  closedOn: DealDate.optional(),
  /**
   * Gross margin of a won deal, minor units of `currency` (may be negative). With the collections
   * entered per won deal it feeds the KPI scorecard (issue #24 item 4).
   */
  grossMargin: MinorUnits.optional(),
  /** What has been collected on a won deal so far, minor units of `currency`: the scorecard's collections. */
  collected: Amount.optional(),
}).refine((deal) => deal.status === 'open' || deal.closedOn !== undefined, {
  message: 'a won or lost deal needs the day it closed',
  path: ['closedOn'],
});
export type Deal = z.infer<typeof Deal>;

let knownCurrencies: ReadonlySet<string> | null = null;

/** Whether `code` is a currency the runtime's Intl lists (ISO 4217, current codes). */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

const minorDigitsCache = new Map<string, number>();

/** Digits after the decimal point in `currency`'s minor unit: 2 for USD and CNY, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: CurrencyCode): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}
