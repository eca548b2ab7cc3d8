import type { Account } from '../model';
import type { Translate } from '../i18n';
import { REMINDER_LABEL_KEYS } from '../pipeline/labelKeys';
import type { ReminderPlan } from '../pipeline/reminders';
import type { PipelineTask } from '../pipeline/pipelineTask';
import { groupNotificationId, taskNotificationId } from './notificationIds';
import { platform, type PlatformAdapter, type PlatformNotificationOptions } from '../platform';

/**
 * LeadKit's mark (public/icon/, rendered from assets/icon/leadkit.svg by scripts/render-icons.ts).
 * A path inside the extension, which both Chrome and Firefox resolve for notifications.
 */
export const NOTIFICATION_ICON = 'icon/128.png';
/** The same mark with a red "!" badge: an overdue action looks different from a due one. */
export const OVERDUE_NOTIFICATION_ICON = 'icon/overdue.png';

export interface ReminderNotification {
  id: string;
  options: PlatformNotificationOptions;
}

/** A task is "due" in the minute it falls due, "overdue" after. */
const GRACE_MS = 60_000;
const isOverdue = (task: PipelineTask, now: number) => task.dueAt < now - GRACE_MS;

export function taskText(task: PipelineTask, t: Translate): string {
  return t(task.title, task.titleParams);
}

/**
 * The notifications for one reminder plan: one each for a few tasks, one grouped for many (in the
 * form the browser can show: `adapter`, the build's own unless a test passes another).
 */
export function reminderNotifications(
  plan: ReminderPlan,
  accounts: ReadonlyMap<string, Account>,
  now: number,
  t: Translate,
  adapter: PlatformAdapter = platform,
): ReminderNotification[] {
  const accountName = (task: PipelineTask) => accounts.get(task.accountId)?.name ?? '';
  if (plan.kind === 'none') return [];
  if (plan.kind === 'each') {
    return plan.tasks.map((task) => ({
      id: taskNotificationId(task.id),
      options: {
        type: 'basic',
        iconUrl: isOverdue(task, now) ? OVERDUE_NOTIFICATION_ICON : NOTIFICATION_ICON,
        title: t(isOverdue(task, now) ? REMINDER_LABEL_KEYS.overdue : REMINDER_LABEL_KEYS.due),
        message: [taskText(task, t), accountName(task)].filter(Boolean).join(' · '),
        priority: task.priority === 'high' ? 2 : 0,
      },
    }));
  }
  return [
    {
      id: groupNotificationId(now),
      options: adapter.groupedNotification({
        iconUrl: plan.earliest.some((task) => isOverdue(task, now)) ? OVERDUE_NOTIFICATION_ICON : NOTIFICATION_ICON,
        title: t(REMINDER_LABEL_KEYS.group, { count: plan.count }),
        lines: plan.earliest.map((task) => ({ title: accountName(task), message: taskText(task, t) })),
        priority: 1,
      }),
    },
  ];
}
