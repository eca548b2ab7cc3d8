import { z } from 'zod';
import { isLocalDate } from '../../time/localDate';
import { isValidTimeZone } from '../../time/zonedTime';

const IsoDate = z.string().refine(isLocalDate, { message: 'must be an ISO date (YYYY-MM-DD)' });
const IsoWeekday = z.number().int().min(1).max(7);

/**
 * The rep's working calendar: which weekdays are worked, which dates are holidays, and which
 * otherwise-free dates are worked anyway (China's 调休 make-up days). Holidays and make-up days
 * are data the manager maintains each year; no country's calendar is built in.
 */
export const WorkCalendar = z
  .object({
    /** IANA name, e.g. `Asia/Shanghai`; all deadlines are read on this zone's wall clock. */
    timeZone: z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone, e.g. Europe/Berlin' }),
    /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
    workWeek: z.array(IsoWeekday).min(1).max(7),
    holidays: z.array(IsoDate).max(1_000).default([]),
    makeUpWorkdays: z.array(IsoDate).max(1_000).default([]),
  })
  .superRefine((calendar, ctx) => {
    if (new Set(calendar.workWeek).size !== calendar.workWeek.length) {
      ctx.addIssue({ code: 'custom', path: ['workWeek'], message: 'lists a weekday twice' });
    }
    const holidays = new Set(calendar.holidays);
    calendar.makeUpWorkdays.forEach((date, index) => {
      if (holidays.has(date)) {
        ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', index], message: `${date} is also a holiday` });
      }
    });
  });
export type WorkCalendar = z.infer<typeof WorkCalendar>;

export const WORK_WEEKS = {
  mondayToFriday: [1, 2, 3, 4, 5],
  /** A 6-day week, common in Chinese sales teams. */
  mondayToSaturday: [1, 2, 3, 4, 5, 6],
  /** Much of the Middle East. */
  sundayToThursday: [7, 1, 2, 3, 4],
} as const satisfies Record<string, readonly number[]>;

export function defaultCalendar(timeZone: string): WorkCalendar {
  return WorkCalendar.parse({ timeZone, workWeek: [...WORK_WEEKS.mondayToFriday] });
}
