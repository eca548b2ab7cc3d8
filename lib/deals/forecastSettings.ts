import { z } from 'zod';
import { CurrencyCode } from '../model';

/** Most currencies a team's rate table holds; more is a pasted list, not a team's trade. */
export const MAX_RATES = 200;

/**
 * The team's base currency and the manager's exchange rates into it (issue #24 item 2: entered by
 * hand, no network). A rate is how many units of the base one unit of the currency is worth.
 */
export const ForecastSettings = z.object({
  baseCurrency: CurrencyCode.default('USD'),
  rates: z
    .record(CurrencyCode, z.number().positive().max(1e9))
    .refine((rates) => Object.keys(rates).length <= MAX_RATES, { message: `at most ${MAX_RATES} rates` })
    .default({}),
});
export type ForecastSettings = z.infer<typeof ForecastSettings>;

export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = ForecastSettings.parse({});

/** What is stored, or the defaults when it does not pass (a hand-edited or older value). */
export function parseForecastSettings(stored: unknown): ForecastSettings {
  const parsed = ForecastSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_FORECAST_SETTINGS;
}
