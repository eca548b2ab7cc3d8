import { describe, expect, it } from 'vitest';
import { isLocalDate, isoWeekday } from '../../../lib/time/localDate';
import { WorkCalendar, defaultCalendar } from '../../../lib/pipeline/calendar/workCalendar';
import { addCalendarDays, addHours, addWorkingDays, isWorkingDay } from '../../../lib/pipeline/calendar/workingDays';
import { instantAt, wallTimeAt } from '../../../lib/time/zonedTime';
import { at, berlin, dubaiSunToThu, newYork, shanghai2025, shanghaiSixDay } from './calendarFixtures';
import { HEAVY } from '../heavy';

const iso = (ms: number) => new Date(ms).toISOString();

describe('local dates', () => {
  it('knows real dates and weekdays', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
    expect(isoWeekday('2025-03-10')).toBe(1);
    expect(isoWeekday('2025-03-09')).toBe(7);
  });
});

describe('zoned time', () => {
  it('reads the wall clock in a zone', () => {
    expect(wallTimeAt(at('2025-03-10T01:30:00Z'), 'Asia/Shanghai')).toEqual({ date: '2025-03-10', msOfDay: 9.5 * 3_600_000 });
    expect(wallTimeAt(at('2025-03-10T01:30:00Z'), 'America/New_York')).toEqual({ date: '2025-03-09', msOfDay: 21.5 * 3_600_000 });
  });

  it('moves a wall time skipped by spring-forward later by the gap', () => {
    // New York 2025-03-09: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist.
    expect(iso(instantAt({ date: '2025-03-09', msOfDay: 2.5 * 3_600_000 }, 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
    // Berlin 2025-03-30: 02:00 CET jumps to 03:00 CEST.
    expect(iso(instantAt({ date: '2025-03-30', msOfDay: 2.5 * 3_600_000 }, 'Europe/Berlin'))).toBe('2025-03-30T01:30:00.000Z');
  });

  it('takes the first of a wall time repeated by fall-back', () => {
    // New York 2025-11-02: 01:30 happens at EDT (05:30Z) and again at EST (06:30Z).
    expect(iso(instantAt({ date: '2025-11-02', msOfDay: 1.5 * 3_600_000 }, 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
    expect(iso(instantAt({ date: '2025-10-26', msOfDay: 2.5 * 3_600_000 }, 'Europe/Berlin'))).toBe('2025-10-26T00:30:00.000Z');
  });

  it('round-trips every hour of a DST year', () => {
    for (let t = at('2025-01-01T00:00:00Z'); t < at('2026-01-01T00:00:00Z'); t += 3_600_000) {
      for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai']) {
        const back = instantAt(wallTimeAt(t, zone), zone);
        // The only instants that do not come back are the second pass of a repeated hour.
        if (back !== t) expect(back).toBe(t - 3_600_000);
      }
    }
  }, HEAVY);
});

describe('isWorkingDay', () => {
  it('follows the work week, holidays and make-up days', () => {
    expect(isWorkingDay('2025-03-08', newYork)).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-10', newYork)).toBe(true);
    expect(isWorkingDay('2025-10-01', shanghai2025)).toBe(false); // National Day, a Wednesday
    expect(isWorkingDay('2025-09-28', shanghai2025)).toBe(true); // 调休 Sunday
    expect(isWorkingDay('2025-10-11', shanghai2025)).toBe(true); // 调休 Saturday
    expect(isWorkingDay('2025-03-08', shanghaiSixDay)).toBe(true);
    expect(isWorkingDay('2025-03-09', dubaiSunToThu)).toBe(true); // Sunday
    expect(isWorkingDay('2025-03-14', dubaiSunToThu)).toBe(false); // Friday
  });
});

describe('addHours', () => {
  it('counts elapsed hours, so 48 h over spring-forward reads 49 on the wall clock', () => {
    const capture = at('2025-03-08T10:00:00-05:00');
    const due = addHours(capture, 48);
    expect(due - capture).toBe(48 * 3_600_000);
    expect(wallTimeAt(due, 'America/New_York')).toEqual({ date: '2025-03-10', msOfDay: 11 * 3_600_000 });
  });
});

describe('addCalendarDays', () => {
  it('keeps the wall time across DST (a 23 h and a 25 h day)', () => {
    expect(iso(addCalendarDays(at('2025-03-29T12:00:00+01:00'), 1, 'Europe/Berlin'))).toBe('2025-03-30T10:00:00.000Z');
    expect(iso(addCalendarDays(at('2025-10-25T12:00:00+02:00'), 1, 'Europe/Berlin'))).toBe('2025-10-26T11:00:00.000Z');
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend at the same local time', () => {
    const fridayAfternoon = at('2025-03-14T15:00:00-04:00');
    expect(iso(addWorkingDays(fridayAfternoon, 1, newYork))).toBe('2025-03-17T19:00:00.000Z');
    expect(iso(addWorkingDays(fridayAfternoon, 3, newYork))).toBe('2025-03-19T19:00:00.000Z');
  });

  it('counts from a day off: Saturday 11:00 + 1 is Monday 11:00', () => {
    expect(iso(addWorkingDays(at('2025-03-15T11:00:00-04:00'), 1, newYork))).toBe('2025-03-17T15:00:00.000Z');
  });

  it('returns a working moment itself for n = 0, else the same time on the next working day', () => {
    const monday = at('2025-03-17T09:00:00-04:00');
    expect(addWorkingDays(monday, 0, newYork)).toBe(monday);
    expect(iso(addWorkingDays(at('2025-03-15T09:00:00-04:00'), 0, newYork))).toBe('2025-03-17T13:00:00.000Z');
  });

  it('keeps the local time across spring-forward (New York) — a 71 h span of real time', () => {
    const friday = at('2025-03-07T17:00:00-05:00');
    const due = addWorkingDays(friday, 1, newYork);
    expect(iso(due)).toBe('2025-03-10T21:00:00.000Z'); // Monday 17:00 EDT
    expect(due - friday).toBe(71 * 3_600_000);
  });

  it('keeps the local time across fall-back (Berlin) — a 73 h span of real time', () => {
    const friday = at('2025-10-24T17:00:00+02:00');
    const due = addWorkingDays(friday, 1, berlin);
    expect(iso(due)).toBe('2025-10-27T16:00:00.000Z'); // Monday 17:00 CET
    expect(due - friday).toBe(73 * 3_600_000);
  });

  it('lands a time skipped by spring-forward after the gap', () => {
    // A Saturday-working calendar in New York; Saturday 02:30 + 1 working day is the skipped Sunday 02:30 → 03:30 EDT.
    const weekend = WorkCalendar.parse({ timeZone: 'America/New_York', workWeek: [1, 2, 3, 4, 5, 6, 7] });
    expect(iso(addWorkingDays(at('2025-03-08T02:30:00-05:00'), 1, weekend))).toBe('2025-03-09T07:30:00.000Z');
  });

  it('skips holidays (Berlin Christmas)', () => {
    expect(iso(addWorkingDays(at('2025-12-24T10:00:00+01:00'), 1, berlin))).toBe('2025-12-29T09:00:00.000Z');
  });

  it('works on China\'s make-up Saturday and skips the Golden Week (Asia/Shanghai)', () => {
    // Tuesday 30 Sep 16:00 + 1 working day: 1–8 Oct are holidays, so Thursday 9 Oct 16:00.
    expect(iso(addWorkingDays(at('2025-09-30T16:00:00+08:00'), 1, shanghai2025))).toBe('2025-10-09T08:00:00.000Z');
    // Friday 10 Oct + 1 is the make-up Saturday 11 Oct.
    expect(iso(addWorkingDays(at('2025-10-10T16:00:00+08:00'), 1, shanghai2025))).toBe('2025-10-11T08:00:00.000Z');
    // Friday 26 Sep + 1 is the make-up Sunday 28 Sep.
    expect(iso(addWorkingDays(at('2025-09-26T16:00:00+08:00'), 1, shanghai2025))).toBe('2025-09-28T08:00:00.000Z');
    // Accepted Friday 24 Jan 10:00, 3 working days: Sunday 26 (调休), Monday 27, then 28 Jan–4 Feb off → Wednesday 5 Feb.
    expect(iso(addWorkingDays(at('2025-01-24T10:00:00+08:00'), 3, shanghai2025))).toBe('2025-02-05T02:00:00.000Z');
  });

  it('uses the local date, not the UTC one (Shanghai morning is the previous UTC day)', () => {
    // Monday 07:00 in Shanghai is Sunday 23:00 UTC.
    expect(iso(addWorkingDays(at('2025-03-10T07:00:00+08:00'), 1, defaultCalendar('Asia/Shanghai')))).toBe('2025-03-10T23:00:00.000Z');
  });

  it('supports a Sunday–Thursday week and a six-day week', () => {
    expect(iso(addWorkingDays(at('2025-03-13T10:00:00+04:00'), 1, dubaiSunToThu))).toBe('2025-03-16T06:00:00.000Z'); // Thu → Sun
    expect(iso(addWorkingDays(at('2025-03-14T10:00:00+08:00'), 1, shanghaiSixDay))).toBe('2025-03-15T02:00:00.000Z'); // Fri → Sat
  });

  it('refuses a negative or fractional count and a calendar without working days', () => {
    expect(() => addWorkingDays(0, -1, newYork)).toThrow(RangeError);
    expect(() => addWorkingDays(0, 1.5, newYork)).toThrow(RangeError);
    const dates = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i * 7)).toISOString().slice(0, 10));
    // Every Wednesday for 19 years is a holiday in a Wednesday-only week: a clear error, not a hang.
    const onlyWednesdaysAllHolidays = WorkCalendar.parse({ timeZone: 'UTC', workWeek: [3], holidays: dates });
    expect(() => addWorkingDays(at('2025-01-01T00:00:00Z'), 1, onlyWednesdaysAllHolidays)).toThrow(/no working day/);
  });
});

describe('WorkCalendar schema', () => {
  it('refuses an unknown zone, a bad date and a day that is both holiday and make-up day', () => {
    const result = WorkCalendar.safeParse({
      timeZone: 'Mars/Olympus',
      workWeek: [1, 1],
      holidays: ['2025-02-30', '2025-10-01'],
      makeUpWorkdays: ['2025-10-01'],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['timeZone', 'holidays.0']));
    const clash = WorkCalendar.safeParse({ timeZone: 'UTC', workWeek: [1, 1], holidays: ['2025-10-01'], makeUpWorkdays: ['2025-10-01'] });
    expect(clash.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['workWeek', 'makeUpWorkdays.0']);
  });
});
