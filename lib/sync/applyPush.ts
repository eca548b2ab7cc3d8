import { announceChange, type LeadKitDatabase } from '../db';
import type { PushResult } from './protocol';
import { pendingFor, recordStore } from './pendingEntries';
import { reconcileRecord } from './reconcile';
import { ALL_SYNC_STORES, entityKey, labelOf, META, nextBase, rejectedKey, STORE_OF, syncDb, type OutboxEntry, type SyncTx } from './syncDb';

export interface PushTally {
  confirmed: number;
  conflicts: number;
  merged: number;
  rejected: number;
}

/**
 * Applies the server's answers to one batch, in one transaction. A mutation leaves the outbox only
 * when the server confirmed it (`applied`, or `duplicate`: applied earlier, the answer was lost);
 * the record's later local edits are rebased on the new version. A `conflict` is reconciled with
 * the server's copy (merged, or surfaced to the rep); a `rejected` one is kept as an issue the rep
 * sees, with the local record untouched.
 */
export async function applyPushResults(database: LeadKitDatabase, batch: OutboxEntry[], results: PushResult[], now: number): Promise<PushTally> {
  const db = syncDb(database);
  const tally: PushTally = { confirmed: 0, conflicts: 0, merged: 0, rejected: 0 };
  const tx = db.transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
  for (const [index, entry] of batch.entries()) {
    const result = results[index]!;
    if (result.status === 'applied' || result.status === 'duplicate') {
      await confirm(tx, entry, result.version);
      tally.confirmed += 1;
    } else if (result.status === 'conflict') {
      const outcome = await reconcileRecord(tx, result.server, { skipKnown: false, now });
      if (outcome === 'conflict') tally.conflicts += 1;
      else tally.merged += 1;
    } else {
      await reject(tx, entry, result.reason, result.message, now);
      tally.rejected += 1;
    }
  }
  const meta = tx.objectStore('meta');
  const inflight = await meta.get(META.inflight);
  const sent = new Set(batch.map((entry) => entry.id));
  await meta.put((Array.isArray(inflight) ? (inflight as string[]) : []).filter((id) => !sent.has(id)), META.inflight);
  await tx.done;
  if (tally.conflicts + tally.merged > 0) announceChange({ stores: [...new Set(batch.map((entry) => STORE_OF[entry.entity]))] });
  return tally;
}

async function confirm(tx: SyncTx, entry: OutboxEntry, version: number): Promise<void> {
  const key = entityKey(entry.entity, entry.entityId);
  await tx.objectStore('outbox').delete(entry.seq);
  const baseStore = tx.objectStore('syncBase');
  const base = await baseStore.get(key);
  // A late `duplicate` must not move the base back behind what this client already knows.
  if (base && base.version > version) return;
  if (entry.op === 'delete' && version === 0) await baseStore.delete(key);
  else {
    const data = entry.op === 'put' && entry.data ? { ...entry.data, version } : null;
    await baseStore.put(nextBase(base, { key, entity: entry.entity, entityId: entry.entityId }, version, data, true));
  }
  // Edits made on the same copy since this one was sent now sit on top of the confirmed version.
  const outbox = tx.objectStore('outbox');
  for (const later of await pendingFor(tx, entry.entity, entry.entityId)) {
    if (later.baseVersion === entry.baseVersion) await outbox.put({ ...later, baseVersion: version });
  }
  const records = recordStore(tx, entry.entity);
  const local = await records.get(entry.entityId);
  if (local && local.version !== version) await records.put({ ...local, version });
}

async function reject(tx: SyncTx, entry: OutboxEntry, reason: Extract<PushResult, { status: 'rejected' }>['reason'] | 'too_large', message: string | undefined, now: number) {
  await tx.objectStore('outbox').delete(entry.seq);
  const local = await recordStore(tx, entry.entity).get(entry.entityId);
  await tx.objectStore('syncIssues').put({
    key: rejectedKey(entry.id),
    kind: 'rejected',
    entity: entry.entity,
    entityId: entry.entityId,
    label: labelOf(local ?? entry.data, entry.entityId),
    reason,
    ...(message ? { message: message.slice(0, 500) } : {}),
    mutationId: entry.id,
    at: now,
  });
}

/** A mutation the server can never take (larger than its body limit on its own): kept as an issue. */
export async function rejectTooLarge(database: LeadKitDatabase, entry: OutboxEntry, now: number): Promise<void> {
  const db = syncDb(database);
  const tx = db.transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
  await reject(tx, entry, 'too_large', undefined, now);
  const meta = tx.objectStore('meta');
  const inflight = await meta.get(META.inflight);
  await meta.put((Array.isArray(inflight) ? (inflight as string[]) : []).filter((id) => id !== entry.id), META.inflight);
  await tx.done;
}
