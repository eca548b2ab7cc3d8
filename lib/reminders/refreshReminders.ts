import { browser } from 'wxt/browser';
import type { LeadKitDatabase } from '../db';
import type { Translate } from '../i18n';
import { dueReminders, overdueBadgeText, overdueCount } from '../pipeline/reminders';
import { accountsById, listActiveTasks } from '../pipeline/store/taskQueries';
import { reminderAlarmAt, scheduleReminderAlarm } from './alarmSchedule';
import { reminderNotifications } from './reminderNotifications';
import { loadReminderState, saveReminderState } from './reminderState';

const BADGE_COLOR = '#b3261e';

/**
 * The whole reminder cycle, run when the worker starts, when tasks change and when the alarm
 * fires: notify what fell due since the last notification (grouped when many), persist that
 * time, set the badge to the overdue count, and re-create the alarm for the next deadline.
 * Everything is read from IndexedDB and storage, so a worker killed at any point loses nothing.
 */
export async function refreshReminders(db: LeadKitDatabase, now: number, t: Translate): Promise<{ notified: number; overdue: number }> {
  const tasks = await listActiveTasks(db);
  const state = await loadReminderState();
  // A clock set back before the last notification: start the window again from now.
  const lastNotifiedAt = state.lastNotifiedAt !== undefined && state.lastNotifiedAt > now ? now : state.lastNotifiedAt;
  const plan = dueReminders(tasks, now, lastNotifiedAt);
  const notified = plan.kind === 'none' ? 0 : plan.kind === 'each' ? plan.tasks.length : plan.count;
  if (plan.kind !== 'none' || lastNotifiedAt !== state.lastNotifiedAt) {
    // Stored before showing: a worker killed mid-way skips these rather than repeating them.
    await saveReminderState({ lastNotifiedAt: now });
    const shown = [...(plan.kind === 'each' ? plan.tasks : plan.kind === 'group' ? plan.earliest : [])];
    const accounts = await accountsById(db, shown.map((task) => task.accountId));
    for (const notification of reminderNotifications(plan, accounts, now, t)) {
      await browser.notifications.create(notification.id, notification.options).catch((error: unknown) => {
        console.warn('[leadkit] could not show a reminder', error);
      });
    }
  }
  const overdue = overdueCount(tasks, now);
  await browser.action.setBadgeText({ text: overdueBadgeText(overdue) });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => {});
  await scheduleReminderAlarm(reminderAlarmAt(tasks, now, plan.kind === 'none' ? lastNotifiedAt : now));
  return { notified, overdue };
}

/** From a page after its writes: only the alarm (the worker may be asleep; the alarm wakes it). */
export async function rescheduleReminders(db: LeadKitDatabase, now: number): Promise<void> {
  const [tasks, state] = await Promise.all([listActiveTasks(db), loadReminderState()]);
  await scheduleReminderAlarm(reminderAlarmAt(tasks, now, state.lastNotifiedAt));
}
