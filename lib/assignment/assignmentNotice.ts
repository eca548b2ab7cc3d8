import type { Translate } from '../i18n';
import type { Account } from '../model';
import type { PlatformNotificationOptions } from '../platform';
import { NOTIFICATION_ICON } from '../reminders/reminderNotifications';
import { accountNotificationId } from '../reminders/notificationIds';

export interface AccountOwnerChange {
  account: Pick<Account, 'id' | 'name' | 'ownerId'>;
  /** The owner this install held before (undefined: it had no copy, or no owner). */
  previousOwner: string | undefined;
}

/** The accounts that have just become `me`'s: owned by me now, not before. Never for a nameless rep. */
export function newlyMine(changes: Iterable<AccountOwnerChange>, me: string): Array<Pick<Account, 'id' | 'name' | 'ownerId'>> {
  const name = me.trim();
  if (name === '') return [];
  const out = [];
  for (const change of changes) if (change.account.ownerId === name && change.previousOwner !== name) out.push(change.account);
  return out;
}

/** "New lead assigned to you: <company>"; the id opens the account on click. */
export function assignmentNotification(account: Pick<Account, 'id' | 'name'>, t: Translate): { id: string; options: PlatformNotificationOptions } {
  return {
    id: accountNotificationId(account.id),
    options: { type: 'basic', iconUrl: NOTIFICATION_ICON, title: t('assignmentNotifyTitle'), message: account.name, priority: 1 },
  };
}
