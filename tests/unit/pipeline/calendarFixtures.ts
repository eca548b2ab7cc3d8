import { WorkCalendar } from '../../../lib/pipeline/calendar/workCalendar';

/** An instant from a wall time in a zone, written as the offset the zone has then (checked by tests). */
export const at = (isoWithOffset: string) => Date.parse(isoWithOffset);

/**
 * China 2025 from the State Council notice (test data only: real calendars are the manager's).
 * Spring Festival 28 Jan–4 Feb with make-up Sunday 26 Jan and Saturday 8 Feb; National Day
 * 1–8 Oct with make-up Sunday 28 Sep and Saturday 11 Oct.
 */
export const shanghai2025 = WorkCalendar.parse({
  timeZone: 'Asia/Shanghai',
  workWeek: [1, 2, 3, 4, 5],
  holidays: [
    '2025-01-01',
    '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
  ],
  makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11'],
});

export const newYork = WorkCalendar.parse({ timeZone: 'America/New_York', workWeek: [1, 2, 3, 4, 5] });
export const berlin = WorkCalendar.parse({ timeZone: 'Europe/Berlin', workWeek: [1, 2, 3, 4, 5], holidays: ['2025-12-25', '2025-12-26'] });
export const dubaiSunToThu = WorkCalendar.parse({ timeZone: 'Asia/Dubai', workWeek: [7, 1, 2, 3, 4] });
export const shanghaiSixDay = WorkCalendar.parse({ timeZone: 'Asia/Shanghai', workWeek: [1, 2, 3, 4, 5, 6] });
