import type { LeadKitDatabase } from '../db';
import type { SiteVisitRecord } from './visitRecord';

/**
 * Visits are local analytics, written in their own transaction (not `commitChanges`: nothing to
 * sync). Put-if-absent by id: a worker restarted between storing a visit and forgetting it as
 * open closes it again, and the first record stands.
 */
export async function recordVisit(db: LeadKitDatabase, visit: SiteVisitRecord): Promise<boolean> {
  const tx = db.transaction('visits', 'readwrite');
  const exists = (await tx.store.getKey(visit.id)) !== undefined;
  if (!exists) await tx.store.add(visit);
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
  const tx = db.transaction('visits', 'readwrite');
  const index = tx.store.index('byAccountStartedAt');
  const visits = await index.getAll(IDBKeyRange.bound([fromAccountId, -Infinity], [fromAccountId, Infinity]));
  await Promise.all([...visits.map((visit) => tx.store.put({ ...visit, accountId: toAccountId })), tx.done]);
  return visits.length;
}
