import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingDayClock } from '../../../lib/dashboard/metrics/workingDayClock';
import { addWorkingDays } from '../../../lib/pipeline/calendar/workingDays';
import { WorkCalendar } from '../../../lib/pipeline/calendar/workCalendar';
import { HEAVY } from '../heavy';

const calendars = [
  WorkCalendar.parse({ timeZone: 'Asia/Shanghai', workWeek: [1, 2, 3, 4, 5], holidays: ['2025-10-01', '2025-10-02', '2025-10-03'], makeUpWorkdays: ['2025-09-28'] }),
  WorkCalendar.parse({ timeZone: 'Europe/Berlin', workWeek: [1, 2, 3, 4, 5] }),
  WorkCalendar.parse({ timeZone: 'America/New_York', workWeek: [1, 2, 3, 4, 5, 6] }),
  WorkCalendar.parse({ timeZone: 'Asia/Kathmandu', workWeek: [7, 1, 2, 3, 4] }),
];

describe('the dashboard’s cached working-day clock', () => {
  it('agrees with lib/pipeline’s addWorkingDays, DST changes and holidays included', () => {
    const from = Date.UTC(2024, 0, 1);
    const to = Date.UTC(2026, 0, 1);
    for (const calendar of calendars) {
      const clock = createWorkingDayClock(calendar);
      fc.assert(
        fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 5 }), (at, n) => {
          expect(clock.addWorkingDays(at, n)).toBe(addWorkingDays(at, n, calendar));
        }),
        { numRuns: 400 },
      );
    }
  }, HEAVY);

  it('agrees right around the spring-forward and fall-back nights', () => {
    const calendar = calendars[1]!;
    const clock = createWorkingDayClock(calendar);
    for (const night of [Date.UTC(2025, 2, 28, 0), Date.UTC(2025, 9, 24, 0)]) {
      for (let at = night; at < night + 4 * 86_400_000; at += 15 * 60_000) {
        expect(clock.addWorkingDays(at, 1)).toBe(addWorkingDays(at, 1, calendar));
      }
    }
  });
});
