import type { WorkCalendar } from '../../pipeline/calendar/workCalendar';
import { inPeriod, type Period } from '../period';
import type { ServiceLevelMetrics } from './aggregates';
import type { AccountHistory } from './accountHistory';
import { movedToWonAt } from './accountMilestones';
import type { HistoryTally } from './historyTally';
import { SlaCounter, type SlaStatus } from './slaCounter';
import { createWorkingDayClock, type WorkingDayClock } from './workingDayClock';

const HOUR_MS = 3_600_000;
/** shared/domain.md: signed contract entered within 1 working day; survey within 3 of acceptance. */
export const ENTRY_WORKING_DAYS = 1;
export const SURVEY_WORKING_DAYS = 3;

export interface ServiceLevelContext {
  period: Period;
  now: number;
  /** Settings.firstContactHours (default 48). */
  firstContactHours: number;
  calendar: WorkCalendar;
  /** The calendar's fast deadline clock; made from `calendar` when absent (see workingDayClock.ts). */
  clock?: WorkingDayClock;
}

const clocks = new WeakMap<WorkCalendar, WorkingDayClock>();
function clockOf(context: ServiceLevelContext): WorkingDayClock {
  if (context.clock) return context.clock;
  let clock = clocks.get(context.calendar);
  if (!clock) clocks.set(context.calendar, (clock = createWorkingDayClock(context.calendar)));
  return clock;
}

function judge(doneAt: number | undefined, deadline: number, now: number): SlaStatus {
  if (doneAt !== undefined && doneAt <= deadline) return 'met';
  return now > deadline ? 'missed' : 'pending';
}

/**
 * First contact on time: A and B leads (grade as scored now) captured in the period; met when the
 * first call, email or meeting at or after capture is within `firstContactHours` real hours of it.
 * Late contact, or none once the deadline passed, is missed; otherwise pending.
 */
export function firstContactStatus(history: AccountHistory, context: ServiceLevelContext): SlaStatus | null {
  const { account } = history;
  const grade = account.score?.grade;
  if ((grade !== 'A' && grade !== 'B') || !inPeriod(account.capturedAt, context.period)) return null;
  return judge(history.firstContactAt, account.capturedAt + context.firstContactHours * HOUR_MS, context.now);
}

/**
 * Entry on time: the contract-signed tick and the move to won are the two halves of entering a
 * signed contract; whichever came first starts the clock (in the period), and the other must follow
 * within 1 working day of the work calendar. Accounts imported as won, with no move, are not judged.
 */
export function entryStatus(history: AccountHistory, context: ServiceLevelContext): SlaStatus | null {
  const signedAt = history.account.checklist?.contractSigned?.at;
  const wonAt = movedToWonAt(history);
  if (signedAt === undefined && wonAt === undefined) return null;
  const start = Math.min(signedAt ?? Number.POSITIVE_INFINITY, wonAt ?? Number.POSITIVE_INFINITY);
  if (!inPeriod(start, context.period)) return null;
  const deadline = clockOf(context).addWorkingDays(start, ENTRY_WORKING_DAYS);
  const done = signedAt === undefined || wonAt === undefined ? undefined : Math.max(signedAt, wonAt);
  return judge(done, deadline, context.now);
}

/** Survey on time: delivery accepted in the period; satisfaction surveyed within 3 working days of it. */
export function surveyStatus(history: AccountHistory, context: ServiceLevelContext): SlaStatus | null {
  const checklist = history.account.checklist;
  const acceptedAt = checklist?.deliveryAccepted?.at;
  if (acceptedAt === undefined || !inPeriod(acceptedAt, context.period)) return null;
  return judge(checklist?.satisfactionSurveyed?.at, clockOf(context).addWorkingDays(acceptedAt, SURVEY_WORKING_DAYS), context.now);
}

export function createServiceLevelTally(context: ServiceLevelContext): HistoryTally<ServiceLevelMetrics> {
  const firstContact = new SlaCounter();
  const entry = new SlaCounter();
  const survey = new SlaCounter();
  return {
    add(history) {
      firstContact.add(firstContactStatus(history, context));
      entry.add(entryStatus(history, context));
      survey.add(surveyStatus(history, context));
    },
    result: () => ({ firstContact: firstContact.result(), entry: entry.result(), survey: survey.result() }),
  };
}
