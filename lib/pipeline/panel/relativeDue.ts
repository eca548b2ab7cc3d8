const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type DueUnit = 'minute' | 'hour' | 'day';

/** The coarsest unit that still reads precisely: minutes under 90, hours under 48 (the SLA), then days. */
export function dueDistance(dueAt: number, now: number): { overdue: boolean; amount: number; unit: DueUnit } {
  const distance = Math.abs(dueAt - now);
  const overdue = dueAt < now;
  if (distance < 90 * MINUTE) return { overdue, amount: Math.max(1, Math.round(distance / MINUTE)), unit: 'minute' };
  if (distance < 48 * HOUR) return { overdue, amount: Math.round(distance / HOUR), unit: 'hour' };
  return { overdue, amount: Math.round(distance / DAY), unit: 'day' };
}

/**
 * "in 2 hours" / "2小时后" for a coming deadline; for a passed one the bare duration ("1 day" /
 * "1天") the caller puts in its "overdue by {duration}" message. Locale-aware through Intl.
 */
export function formatDue(dueAt: number, now: number, intlLocale: string): { overdue: boolean; text: string } {
  const { overdue, amount, unit } = dueDistance(dueAt, now);
  if (!overdue) return { overdue, text: new Intl.RelativeTimeFormat(intlLocale, { numeric: 'always' }).format(amount, unit) };
  return { overdue, text: new Intl.NumberFormat(intlLocale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount) };
}
