import { addDays, isoWeekday, localDateOf, type LocalDate } from '../../time/localDate';
import type { WorkCalendar } from '../../pipeline/calendar/workCalendar';
import { addWorkingDays } from '../../pipeline/calendar/workingDays';
import { createZoneOffsetCache } from '../../time/zoneOffsetCache';

const DAY_MS = 86_400_000;

export interface WorkingDayClock {
  /** Same result as lib/pipeline's `addWorkingDays(at, n, calendar)`. */
  addWorkingDays(at: number, n: number): number;
}

/**
 * `addWorkingDays` for thousands of deadlines in one dashboard pass. The pipeline's version asks
 * Intl for the wall clock several times per call (about 20 µs each); here the zone offset is looked
 * up once per quarter hour and the n-th working day once per date, and anything near a DST change
 * (the offset differs around the answer) falls back to the pipeline's exact function.
 */
export function createWorkingDayClock(calendar: WorkCalendar): WorkingDayClock {
  const nthDay = new Map<string, LocalDate>();
  const workWeek = new Set<number>(calendar.workWeek);
  const holidays = new Set(calendar.holidays);
  const makeUp = new Set(calendar.makeUpWorkdays);
  const working = (date: LocalDate) => makeUp.has(date) || (!holidays.has(date) && workWeek.has(isoWeekday(date)));

  const offsetAt = createZoneOffsetCache(calendar.timeZone);

  const nthWorkingDayAfter = (date: LocalDate, n: number): LocalDate => {
    const key = `${date}|${n}`;
    let found = nthDay.get(key);
    if (found === undefined) {
      let day = date;
      for (let remaining = n; remaining > 0; ) {
        day = addDays(day, 1);
        if (working(day)) remaining -= 1;
      }
      nthDay.set(key, (found = day));
    }
    return found;
  };

  return {
    addWorkingDays(at, n) {
      if (!Number.isInteger(n) || n < 1) return addWorkingDays(at, n, calendar);
      const offset = offsetAt(at);
      const wallMs = at + offset;
      const dayStart = Math.floor(wallMs / DAY_MS) * DAY_MS;
      const start = new Date(dayStart);
      const date = localDateOf(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate());
      const target = nthWorkingDayAfter(date, n);
      const [y, m, d] = target.split('-').map(Number) as [number, number, number];
      const targetWall = Date.UTC(y, m - 1, d) + (wallMs - dayStart);
      const guess = targetWall - offset;
      // No offset change within three hours of the answer: it is neither in a gap nor repeated.
      if (offsetAt(guess) === offset && offsetAt(guess - 3 * 3_600_000) === offset && offsetAt(guess + 3 * 3_600_000) === offset) return guess;
      // A DST change lies between: let the exact (slower) function decide gaps and repeats.
      return addWorkingDays(at, n, calendar);
    },
  };
}
