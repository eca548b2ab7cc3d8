import { addCalendarDays, addHours, addWorkingDays } from '../calendar/workingDays';
import type { WorkCalendar } from '../calendar/workCalendar';
import type { DueAfter } from './schema';

export function deadlineAfter(triggerAt: number, due: DueAfter, calendar: WorkCalendar): number {
  switch (due.unit) {
    case 'hours':
      return addHours(triggerAt, due.amount);
    case 'days':
      return addCalendarDays(triggerAt, due.amount, calendar.timeZone);
    case 'workingDays':
      return addWorkingDays(triggerAt, due.amount, calendar);
  }
}
