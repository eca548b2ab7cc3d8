import { announceChange, type LeadKitDatabase, type StoreName } from '../db';
import type { PullResponse } from './protocol';
import { reconcileRecord } from './reconcile';
import type { AccountOwnerChange } from '../assignment/assignmentNotice';
import { ALL_SYNC_STORES, META, RECORD_SCHEMAS, STORE_OF, syncDb, type SyncTx } from './syncDb';

export interface StoredCursor {
  /** The backend the cursor belongs to: another backend's cursor means nothing there. */
  backend: string;
  cursor: string;
}

export interface PullTally {
  applied: number;
  conflicts: number;
  /** Changes whose record did not pass its schema: skipped, never stored. */
  invalid: number;
  /** Pulled accounts whose owner differs from this install's copy (lib/assignment: "a lead reaches its rep"). */
  ownerChanges: AccountOwnerChange[];
}

export async function readCursor(database: LeadKitDatabase, backend: string): Promise<string> {
  const stored = (await syncDb(database).get('meta', META.cursor)) as Partial<StoredCursor> | undefined;
  return stored?.backend === backend && typeof stored.cursor === 'string' ? stored.cursor : '';
}

export async function resetCursor(database: LeadKitDatabase): Promise<void> {
  await syncDb(database).delete('meta', META.cursor);
}

/**
 * Stores one page of pulled changes and the cursor after it in one transaction: a service worker
 * stopped half way resumes from the last page stored, never skipping one. Records are written
 * directly (not through `commitChanges`), so nothing pulled goes back into the outbox; local edits
 * still pending are rebased rather than overwritten (see reconcileRecord).
 */
export async function applyPullPage(database: LeadKitDatabase, page: PullResponse, backend: string, now: number): Promise<PullTally> {
  const db = syncDb(database);
  const tally: PullTally = { applied: 0, conflicts: 0, invalid: 0, ownerChanges: [] };
  const touched = new Set<StoreName>();
  const tx = db.transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
  for (const change of page.changes) {
    let data = change.data;
    if (!change.deleted) {
      const parsed = data ? RECORD_SCHEMAS[change.entity].safeParse(data) : null;
      if (!parsed?.success || parsed.data.id !== change.entityId) {
        tally.invalid += 1;
        continue;
      }
      // Fields this version does not know are kept, so pushing the record back does not drop them.
      data = { ...data, ...parsed.data };
    }
    const previousOwner = change.entity === 'account' && data ? ownerOf(await tx.objectStore('accounts').get(change.entityId)) : undefined;
    const outcome = await reconcileRecord(tx, { ...change, data }, { skipKnown: true, now });
    if (outcome === 'unchanged') continue;
    if (change.entity === 'account' && data && ownerOf(data) !== previousOwner) {
      tally.ownerChanges.push({ account: { id: change.entityId, name: String(data.name ?? ''), ownerId: ownerOf(data) }, previousOwner });
    }
    tally.applied += 1;
    if (outcome === 'conflict') tally.conflicts += 1;
    touched.add(STORE_OF[change.entity]);
  }
  await tx.objectStore('meta').put({ backend, cursor: page.cursor } satisfies StoredCursor, META.cursor);
  await tx.done;
  if (touched.size > 0) announceChange({ stores: [...touched] });
  return tally;
}

function ownerOf(record: unknown): string | undefined {
  const owner = typeof record === 'object' && record !== null ? (record as { ownerId?: unknown }).ownerId : undefined;
  return typeof owner === 'string' && owner !== '' ? owner : undefined;
}
