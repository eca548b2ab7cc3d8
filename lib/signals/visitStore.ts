import type { LeadKitDatabase } from '../db';
import { markWrite } from '../db/dirtyAccounts';
import type { SiteVisitRecord } from './visitRecord';

/**
 * Visits are local analytics, written in their own transaction (not `commitChanges`: nothing to
 * sync). Put-if-absent by id: a worker restarted between storing a visit and forgetting it as
 * open closes it again, and the first record stands. Visits are scoring inputs: each write marks
 * its account's in the same transaction (lib/db/dirtyAccounts.ts).
 */
export async function recordVisit(db: LeadKitDatabase, visit: SiteVisitRecord): Promise<boolean> {
  const tx = db.transaction(['visits', 'scoreInputsDirty'], 'readwrite');
  const visits = tx.objectStore('visits');
  const exists = (await visits.getKey(visit.id)) !== undefined;
  if (!exists) await Promise.all([markWrite({ scoreInputsDirty: tx.objectStore('scoreInputsDirty') }, 'visits', visit.id, visit, async () => undefined), visits.add(visit)]);
  await tx.done;
  return !exists;
}

/** One account's visits, oldest first. */
export async function listVisits(db: LeadKitDatabase, accountId: string): Promise<SiteVisitRecord[]> {
  return db.getAllFromIndex('visits', 'byAccountStartedAt', IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]));
}

/**
 * Re-points one account's visits to another, for a merge: the behaviour signals of both accounts
 * score the one that stays. Returns how many moved.
 */
export async function moveVisits(db: LeadKitDatabase, fromAccountId: string, toAccountId: string): Promise<number> {
  const tx = db.transaction(['visits', 'scoreInputsDirty'], 'readwrite');
  const store = tx.objectStore('visits');
  const marks = { scoreInputsDirty: tx.objectStore('scoreInputsDirty') };
  const visits = await store.index('byAccountStartedAt').getAll(IDBKeyRange.bound([fromAccountId, -Infinity], [fromAccountId, Infinity]));
  await Promise.all([
    ...visits.flatMap((visit) => {
      const moved = { ...visit, accountId: toAccountId };
      return [markWrite(marks, 'visits', visit.id, moved, async () => visit), store.put(moved)];
    }),
    tx.done,
  ]);
  return visits.length;
}
