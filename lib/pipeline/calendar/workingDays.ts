import { addDays, isoWeekday, type LocalDate } from '../../time/localDate';
import type { WorkCalendar } from './workCalendar';
import { instantAt, wallTimeAt } from '../../time/zonedTime';

const HOUR_MS = 3_600_000;
/** Ten years of consecutive days off means a broken calendar, not a long holiday. */
const MAX_DAYS_SCANNED = 3_660;

/** A make-up day beats the weekend; a holiday beats the work week. */
export function isWorkingDay(date: LocalDate, calendar: WorkCalendar): boolean {
  if (calendar.makeUpWorkdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return (calendar.workWeek as readonly number[]).includes(isoWeekday(date));
}

/**
 * Elapsed hours, not wall-clock hours: "first contact within 48 h" is 48 real hours, so a DST
 * change neither stretches nor shortens it, and nights and weekends count (the SLA says hours).
 */
export function addHours(at: number, hours: number): number {
  return at + hours * HOUR_MS;
}

/** Same wall-clock time `days` calendar days later in the zone (23 or 25 real hours across DST). */
export function addCalendarDays(at: number, days: number, timeZone: string): number {
  const wall = wallTimeAt(at, timeZone);
  return instantAt({ date: addDays(wall.date, days), msOfDay: wall.msOfDay }, timeZone);
}

/**
 * The deadline `n` working days after `at`: the same local time of day on the n-th working day
 * after the local date of `at`. Same time of day rather than end of day so every working day
 * granted is a whole one whenever in the day the clock started; a start on a day off counts from
 * that day, so "1 working day" from a Saturday 11:00 is Monday 11:00. n = 0 is `at` itself on a
 * working day, else the same time on the next working day. A wall time skipped by DST moves
 * later by the gap; a repeated one takes the first occurrence.
 */
export function addWorkingDays(at: number, n: number, calendar: WorkCalendar): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  const wall = wallTimeAt(at, calendar.timeZone);
  if (n === 0 && isWorkingDay(wall.date, calendar)) return at;
  let date = wall.date;
  let remaining = Math.max(n, 1);
  for (let scanned = 0; remaining > 0; scanned += 1) {
    if (scanned > MAX_DAYS_SCANNED) throw new RangeError('the work calendar has no working day within ten years');
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) remaining -= 1;
  }
  return instantAt({ date, msOfDay: wall.msOfDay }, calendar.timeZone);
}
