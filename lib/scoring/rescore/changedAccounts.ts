import type { LeadKitDatabase } from '../../db';
import type { OwnWrites } from './writeScores';

/**
 * Accounts whose record, contacts or activities were written at or after `since`, found
 * through the `byUpdatedAt` indexes. Our own score writes are left out (they would only
 * re-score to the same result), as is their bookkeeping in `ownWrites` once it is older than `since`.
 */
export async function accountIdsChangedSince(db: LeadKitDatabase, since: number, ownWrites?: OwnWrites): Promise<Set<string>> {
  const range = IDBKeyRange.lowerBound(since);
  const tx = db.transaction(['accounts', 'contacts', 'activities']);
  const ids = new Set<string>();
  let cursor = await tx.objectStore('accounts').index('byUpdatedAt').openKeyCursor(range);
  while (cursor) {
    const id = cursor.primaryKey;
    if (ownWrites?.get(id) !== cursor.key) ids.add(id);
    cursor = await cursor.continue();
  }
  const [contacts, activities] = await Promise.all([
    tx.objectStore('contacts').index('byUpdatedAt').getAll(range),
    tx.objectStore('activities').index('byUpdatedAt').getAll(range),
  ]);
  await tx.done;
  for (const record of [...contacts, ...activities]) if (typeof record.accountId === 'string') ids.add(record.accountId);
  if (ownWrites) for (const [id, at] of ownWrites) if (at < since) ownWrites.delete(id);
  return ids;
}
