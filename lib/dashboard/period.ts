import { z } from 'zod';
import { addDays, localDateOf, localDateParts, type LocalDate } from '../time/localDate';
import { instantAt, wallTimeAt } from '../time/zonedTime';

/**
 * The time window a dashboard reads: `from` inclusive, `to` exclusive, epoch ms. Presets are
 * whole local days in the manager's time zone (the work calendar's), so "this month" starts at
 * local midnight on the 1st whatever the browser's zone.
 */
export const Period = z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }).refine((p) => p.to > p.from, {
  message: 'the period must end after it starts',
});
export type Period = z.infer<typeof Period>;

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'last90Days', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const midnight = (date: LocalDate, timeZone: string) => instantAt({ date, msOfDay: 0 }, timeZone);

/** The first day of a month; months out of 1…12 roll into the neighbouring year. */
export function monthStart(year: number, month: number): LocalDate {
  // Date.UTC rolls month 0 and 13 over into the neighbouring year.
  const date = new Date(Date.UTC(year, month - 1, 1));
  return localDateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** The window of a preset at `now`. "This …" ends now (the rest has not happened); "last month" is whole. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now: number, timeZone: string): Period {
  const today = wallTimeAt(now, timeZone).date;
  const { year, month } = localDateParts(today);
  const end = Math.max(now, midnight(today, timeZone) + 1);
  switch (preset) {
    case 'thisMonth':
      return { from: midnight(monthStart(year, month), timeZone), to: end };
    case 'lastMonth':
      return { from: midnight(monthStart(year, month - 1), timeZone), to: midnight(monthStart(year, month), timeZone) };
    case 'thisQuarter':
      return { from: midnight(monthStart(year, month - ((month - 1) % 3)), timeZone), to: end };
    case 'last90Days':
      return { from: midnight(addDays(today, -89), timeZone), to: end };
  }
}

/** A custom range of local dates, both days included. Null when the dates are not a range. */
export function customPeriod(fromDate: LocalDate, toDate: LocalDate, timeZone: string): Period | null {
  try {
    const from = midnight(fromDate, timeZone);
    const to = midnight(addDays(toDate, 1), timeZone);
    return to > from ? { from, to } : null;
  } catch {
    return null;
  }
}

export const inPeriod = (at: number, period: Period): boolean => at >= period.from && at < period.to;
