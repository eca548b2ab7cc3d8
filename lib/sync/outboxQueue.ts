import { MAX_BODY_BYTES, MAX_PUSH_BATCH } from './protocol';
import { entityKey, META, syncDb, type OutboxEntry, type SyncDatabase } from './syncDb';
import type { LeadKitDatabase } from '../db';

/** Room left in a push body for the envelope; the server refuses bodies above MAX_BODY_BYTES. */
const BATCH_BYTES = MAX_BODY_BYTES - 16_384;
const encoder = new TextEncoder();

export async function readInflight(db: SyncDatabase): Promise<Set<string>> {
  const value = await db.get('meta', META.inflight);
  return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
}

/**
 * Keeps only what needs pushing: a record's pending mutations that were never sent collapse into
 * one (the latest state, in the oldest one's place in line, so a contact never overtakes the
 * account it belongs to). A record created and deleted before the server ever had it leaves nothing.
 * Mutations in flight are left exactly as sent: they are re-sent as they are, and the server
 * recognises them by id. Runs in local-only mode too, so the outbox stays as small as the data.
 */
export async function compactOutbox(database: LeadKitDatabase): Promise<number> {
  const db = syncDb(database);
  const tx = db.transaction(['outbox', 'meta', 'syncBase'], 'readwrite');
  const inflight = new Set<string>();
  const stored = await tx.objectStore('meta').get(META.inflight);
  if (Array.isArray(stored)) for (const id of stored) if (typeof id === 'string') inflight.add(id);

  const groups = new Map<string, OutboxEntry[]>();
  const sentBefore = new Set<string>();
  for (const entry of await tx.objectStore('outbox').getAll()) {
    const key = entityKey(entry.entity, entry.entityId);
    if (inflight.has(entry.id)) {
      sentBefore.add(key);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  let removed = 0;
  const outbox = tx.objectStore('outbox');
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    for (const entry of group.slice(1)) await outbox.delete(entry.seq);
    removed += group.length - 1;
    // Base version 0 alone is not proof: the create may be in flight (applied, answer lost), or a
    // page wrote from a copy read before the confirmation. Only a record the server never saw goes.
    const key = entityKey(first.entity, first.entityId);
    if (first.baseVersion === 0 && last.op === 'delete' && !sentBefore.has(key) && !(await tx.objectStore('syncBase').getKey(key))) {
      await outbox.delete(first.seq);
      removed += 1;
    } else {
      await outbox.put({ ...first, op: last.op, data: last.data, at: last.at });
    }
  }
  await tx.done;
  return removed;
}

/**
 * The next push: oldest first, at most one mutation per record (the next one waits for the
 * server's answer to this one, so its base version is known), none for a record with an open
 * conflict, within the protocol's count and the server's body size.
 */
export async function nextBatch(database: LeadKitDatabase): Promise<OutboxEntry[]> {
  const db = syncDb(database);
  const tx = db.transaction(['outbox', 'syncIssues']);
  const blocked = new Set(
    (await tx.objectStore('syncIssues').getAllKeys(IDBKeyRange.bound('conflict:', 'conflict:\uffff'))).map((key) => key.slice('conflict:'.length)),
  );
  const seen = new Set<string>();
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  let cursor = await tx.objectStore('outbox').openCursor();
  while (cursor && batch.length < MAX_PUSH_BATCH) {
    const entry = cursor.value;
    const key = entityKey(entry.entity, entry.entityId);
    if (!seen.has(key)) {
      seen.add(key);
      if (!blocked.has(key)) {
        const size = encoder.encode(JSON.stringify(entry)).length + 1;
        if (batch.length > 0 && bytes + size > BATCH_BYTES) break;
        batch.push(entry);
        bytes += size;
      }
    }
    cursor = await cursor.continue();
  }
  return batch;
}

/** Mutations about to be sent are recorded first: after a crash they are re-sent unchanged. */
export async function markInflight(database: LeadKitDatabase, ids: string[]): Promise<void> {
  const db = syncDb(database);
  const tx = db.transaction('meta', 'readwrite');
  const current = await tx.store.get(META.inflight);
  const merged = new Set([...(Array.isArray(current) ? (current as string[]) : []), ...ids]);
  await tx.store.put([...merged], META.inflight);
  await tx.done;
}

/** Mutations the rep can still expect to reach the server (open conflicts included). */
export async function countPending(database: LeadKitDatabase): Promise<number> {
  return syncDb(database).count('outbox');
}
