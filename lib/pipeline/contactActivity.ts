import type { Activity, ActivityKind } from '../model/activity';

/** The activities that count as talking to the customer (a note or a capture does not). */
export const CONTACT_KINDS: readonly ActivityKind[] = ['call', 'email', 'meeting'];

export function isContact(activity: Activity): boolean {
  return CONTACT_KINDS.includes(activity.kind);
}

/** The earliest customer contact at or after `since`, for this account. */
export function firstContactSince(activities: readonly Activity[], accountId: string, since: number): Activity | undefined {
  let first: Activity | undefined;
  for (const activity of activities) {
    if (activity.accountId !== accountId || !isContact(activity) || activity.at < since) continue;
    if (!first || activity.at < first.at) first = activity;
  }
  return first;
}
