import { storage } from '#imports';
import { getDB } from '../db';
import { accountDomainFor } from '../match/domain';
import { newId } from '../model';
import { listenForViewedTab } from './viewedTabEvents';
import type { SiteVisitRecord } from './visitRecord';
import { recordVisit } from './visitStore';
import { createVisitTracker, type OpenVisit, type VisitTracker } from './visitTracker';

/** The visit in progress lives in `storage.session`: it outlives the worker, not the browser session. */
export const openVisitItem = storage.defineItem<OpenVisit | null>('session:openVisit', { fallback: null });

/** The known account for a page: its registrable domain looked up in the accounts' `byDomain` index. */
export async function accountIdForUrl(url: string): Promise<string | null> {
  const domain = accountDomainFor(url);
  if (!domain) return null;
  const ids = await (await getDB()).getAllKeysFromIndex('accounts', 'byDomain', domain, 1);
  return ids[0] ?? null;
}

/** Background wiring: tab events → tracker → visits store, then `onVisit` (re-score that account). */
export function startVisitTracking(onVisit: (visit: SiteVisitRecord) => void): VisitTracker {
  const tracker = createVisitTracker({
    now: () => Date.now(),
    newId,
    accountIdFor: accountIdForUrl,
    loadOpen: () => openVisitItem.getValue(),
    saveOpen: (visit) => (visit ? openVisitItem.setValue(visit) : openVisitItem.removeValue()),
    async record(visit) {
      if (await recordVisit(await getDB(), visit)) onVisit(visit);
    },
  });
  listenForViewedTab(tracker);
  return tracker;
}
