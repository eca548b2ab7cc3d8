import { browser } from 'wxt/browser';
import { resolveLocale, translatorFor } from '../i18n';
import type { Settings } from '../model';
import { assignmentNotification, newlyMine, type AccountOwnerChange } from './assignmentNotice';

/** Most notifications one sync shows: a big reassignment must not bury the rep in them. */
export const MAX_ASSIGNMENT_NOTICES = 5;

/**
 * Tells this rep about leads that have just become theirs: at once for their own capture, and
 * when a sync pulls an account another install assigned to them. A failed notification is
 * logged, never thrown: the lead is stored either way.
 */
export async function notifyIfMine(changes: Iterable<AccountOwnerChange>, settings: Pick<Settings, 'repName' | 'locale'>): Promise<number> {
  const mine = newlyMine(changes, settings.repName);
  if (mine.length === 0) return 0;
  const t = translatorFor(resolveLocale(settings.locale, navigator.language));
  const shown = mine.slice(0, MAX_ASSIGNMENT_NOTICES);
  for (const account of shown) {
    const { id, options } = assignmentNotification(account, t);
    await browser.notifications.create(id, options).catch((error: unknown) => console.warn('[leadkit] assignment notification failed', error));
  }
  return mine.length;
}
