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

/** One rate per line, "CNY 0.14" or "CNY=0.14"; the manager's own text, so a bad line is named, not skipped. */
// The separator is "=" or ":" with any spaces around it, or spaces alone: one way to read each
// line, so a long run of spaces is crossed once (the regex-safety test checks).
const RATE_LINE = /^([A-Za-z]{3})(?:\s*[=:]\s*|\s+)(\d{1,9}(?:\.\d{1,12})?)$/;

export function ratesFromText(text: string): { ok: true; rates: Record<string, number> } | { ok: false; line: number } {
  const rates: Record<string, number> = {};
  const lines = text.slice(0, 20_000).split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = RATE_LINE.exec(line);
    const rate = match ? Number(match[2]) : NaN;
    if (!match || !(rate > 0)) return { ok: false, line: index + 1 };
    rates[match[1]!.toUpperCase()] = rate;
  }
  return { ok: true, rates };
}

export function ratesToText(rates: Record<string, number>): string {
  return Object.entries(rates).map(([code, rate]) => `${code} ${rate}`).join('\n');
}
