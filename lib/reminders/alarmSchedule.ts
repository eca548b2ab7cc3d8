import { browser } from 'wxt/browser';
import { dueReminders, nextAlarmAt } from '../pipeline/reminders';
import type { PipelineTask } from '../pipeline/pipelineTask';

/** The one alarm LeadKit keeps; re-created from the stored tasks, never remembered in memory. */
export const REMINDER_ALARM = 'leadkit-reminders';
/** Chrome fires alarms no sooner than 30 s out; asking for less is clamped, so we clamp ourselves. */
export const MIN_ALARM_DELAY_MS = 30_000;

/**
 * When the alarm should fire: as soon as allowed when something is due and not yet notified
 * (written by a page while the worker slept), else at the next deadline; undefined for none.
 */
export function reminderAlarmAt(tasks: readonly PipelineTask[], now: number, lastNotifiedAt: number | undefined): number | undefined {
  const pending = dueReminders(tasks, now, lastNotifiedAt).kind !== 'none';
  const next = pending ? now : nextAlarmAt(tasks, now);
  return next === undefined ? undefined : Math.max(next, now + MIN_ALARM_DELAY_MS);
}

/** Works from any extension context: the side panel schedules it after its writes, the worker fires on it. */
export async function scheduleReminderAlarm(when: number | undefined): Promise<void> {
  if (when === undefined) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when });
}
