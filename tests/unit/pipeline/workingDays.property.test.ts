import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../../../lib/pipeline/calendar/workingDays';
import { wallTimeAt } from '../../../lib/time/zonedTime';
import { berlin, newYork, shanghai2025, shanghaiSixDay } from './calendarFixtures';

const calendars = [newYork, berlin, shanghai2025, shanghaiSixDay];
const instant = fc.integer({ min: Date.parse('2024-12-01T00:00:00Z'), max: Date.parse('2026-01-31T00:00:00Z') });

describe('addWorkingDays properties', () => {
  it('lands on a working day, after the start, at the same local time unless DST skipped it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...calendars), (at, n, calendar) => {
        const due = addWorkingDays(at, n, calendar);
        const start = wallTimeAt(at, calendar.timeZone);
        const end = wallTimeAt(due, calendar.timeZone);
        expect(due).toBeGreaterThan(at);
        expect(isWorkingDay(end.date, calendar)).toBe(true);
        // Only a wall time inside a spring-forward gap moves, and by exactly the gap (1 h here).
        expect([0, 3_600_000]).toContain(end.msOfDay - start.msOfDay);
      }),
    );
  });

  it('n + 1 working days is the next working day after n', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...calendars), (at, n, calendar) => {
        const a = wallTimeAt(addWorkingDays(at, n + 1, calendar), calendar.timeZone).date;
        const b = wallTimeAt(addWorkingDays(at, n + 2, calendar), calendar.timeZone).date;
        expect(b > a).toBe(true);
      }),
    );
  });
});
