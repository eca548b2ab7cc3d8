import { markWrite } from '../db/dirtyAccounts';
import { newId, type Mutation, type SyncedEntity } from '../model';
import { STORE_OF, type OutboxEntry, type RecordData, type SyncTx } from './syncDb';

/** A record store inside a sync transaction, untyped by entity (records are checked on the way in). */
export interface RecordStore {
  get(id: string): Promise<RecordData | undefined>;
  put(record: RecordData): Promise<unknown>;
  delete(id: string): Promise<void>;
}

/**
 * Every synced record write goes through here: it marks the accounts whose dashboard digest rows
 * or scoring inputs it changes in the same transaction (lib/db/dirtyAccounts.ts).
 */
export function recordStore(tx: SyncTx, entity: SyncedEntity): RecordStore {
  const name = STORE_OF[entity];
  const store = tx.objectStore(name);
  const dirty = { digestDirty: tx.objectStore('digestDirty'), scoreInputsDirty: tx.objectStore('scoreInputsDirty') };
  const mark = (id: string, next: RecordData | undefined) => markWrite(dirty, name, id, next, () => store.get(id));
  return {
    get: async (id) => (await store.get(id)) as RecordData | undefined,
    put: async (record) => {
      await mark(String(record.id), record);
      return store.put(record as never);
    },
    delete: async (id) => {
      await mark(id, undefined);
      await store.delete(id);
    },
  };
}

/** The record's mutations still waiting in the outbox, oldest first. */
export async function pendingFor(tx: SyncTx, entity: SyncedEntity, entityId: string): Promise<OutboxEntry[]> {
  const entries = await tx.objectStore('outbox').index('byEntity').getAll([entity, entityId]);
  return entries.sort((a, b) => a.seq - b.seq);
}

export type NextChange = { op: 'put'; data: RecordData; baseVersion: number } | { op: 'delete'; baseVersion: number } | null;

/**
 * Replaces a record's pending mutations by one (or none, when the server already holds the
 * result). The new mutation takes the oldest one's place in line and a fresh id, so it is never
 * mistaken for a mutation the server may already have applied. Callers make sure none of
 * `pending` is in flight.
 */
export async function replacePending(
  tx: SyncTx,
  target: { entity: SyncedEntity; entityId: string },
  pending: OutboxEntry[],
  next: NextChange,
  at: number,
): Promise<void> {
  const outbox = tx.objectStore('outbox');
  const first = pending[0];
  for (const entry of pending.slice(next && first ? 1 : 0)) await outbox.delete(entry.seq);
  if (!next) return;
  const mutation: Mutation = {
    id: newId(),
    entity: target.entity,
    entityId: target.entityId,
    op: next.op,
    baseVersion: next.baseVersion,
    data: next.op === 'put' ? next.data : null,
    at: Math.max(at, ...pending.map((entry) => entry.at)),
  };
  // Without a pending mutation to take the place of, it joins the end of the line.
  if (first) await outbox.put({ ...mutation, seq: first.seq });
  else await outbox.add(mutation as OutboxEntry);
}
