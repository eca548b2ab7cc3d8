/** Notification ids carry what a click opens, so a worker woken by the click needs no memory. */
const TASK_PREFIX = 'leadkit-task:';
const GROUP_PREFIX = 'leadkit-group:';

export const taskNotificationId = (taskId: string) => `${TASK_PREFIX}${taskId}`;
export const groupNotificationId = (at: number) => `${GROUP_PREFIX}${at}`;

export type NotificationTarget = { kind: 'task'; taskId: string } | { kind: 'group' } | null;

export function notificationTarget(id: string): NotificationTarget {
  if (id.startsWith(TASK_PREFIX) && id.length > TASK_PREFIX.length) return { kind: 'task', taskId: id.slice(TASK_PREFIX.length) };
  if (id.startsWith(GROUP_PREFIX)) return { kind: 'group' };
  return null;
}
