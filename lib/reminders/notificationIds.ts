/** Notification ids carry what a click opens, so a worker woken by the click needs no memory. */
const TASK_PREFIX = 'leadkit-task:';
const GROUP_PREFIX = 'leadkit-group:';
const ACCOUNT_PREFIX = 'leadkit-account:';

export const taskNotificationId = (taskId: string) => `${TASK_PREFIX}${taskId}`;
export const groupNotificationId = (at: number) => `${GROUP_PREFIX}${at}`;
/** A lead newly assigned to this rep (lib/assignment): a click opens the account. */
export const accountNotificationId = (accountId: string) => `${ACCOUNT_PREFIX}${accountId}`;

export type NotificationTarget = { kind: 'task'; taskId: string } | { kind: 'account'; accountId: string } | { kind: 'group' } | null;

export function notificationTarget(id: string): NotificationTarget {
  if (id.startsWith(TASK_PREFIX) && id.length > TASK_PREFIX.length) return { kind: 'task', taskId: id.slice(TASK_PREFIX.length) };
  if (id.startsWith(ACCOUNT_PREFIX) && id.length > ACCOUNT_PREFIX.length) return { kind: 'account', accountId: id.slice(ACCOUNT_PREFIX.length) };
  if (id.startsWith(GROUP_PREFIX)) return { kind: 'group' };
  return null;
}
