import type { StoreName } from './schema';

/**
 * The dashboard's digest (lib/dashboard/digest) keeps a row per account id, built from the
 * account, its activities and its tasks. Every write to those stores marks the account ids whose
 * rows it changes, in the same transaction as the write: a write and its mark commit together, so
 * the dashboard never misses one. The writers: commitChanges (lib/db/write.ts) and sync's record
 * store (lib/sync/pendingEntries.ts); tests/unit/architecture/digestWrites.test.ts keeps it so.
 */
export const DIRTY_STORE = 'digestDirty';

/** The record stores the digest summarises. */
export const DIGEST_SOURCES: ReadonlySet<StoreName> = new Set<StoreName>(['accounts', 'activities', 'tasks']);

/** Stores whose records belong to an account through `accountId` (the record may move to another). */
const BY_ACCOUNT_ID: ReadonlySet<StoreName> = new Set<StoreName>(['activities', 'tasks']);


const accountIdOf = (record: unknown): string | undefined => {
  const id = (record as { accountId?: unknown } | null | undefined)?.accountId;
  return typeof id === 'string' ? id : undefined;
};

/**
 * The account ids a write changes the rows of: the account itself, or the account of the
 * activity or task before and after the write (a merge moves activities between accounts).
 */
export function dirtyAccountsOf(store: StoreName, id: string, previous: unknown, next: unknown): string[] {
  if (!DIGEST_SOURCES.has(store)) return [];
  if (store === 'accounts') return [id];
  const ids = new Set<string>();
  for (const record of [previous, next]) {
    const accountId = accountIdOf(record);
    if (accountId !== undefined) ids.add(accountId);
  }
  return [...ids];
}

/** The dirty set inside a write transaction: anything with IndexedDB's put(value, key). */
export interface DirtyMarks {
  put(value: number, key: string): Promise<unknown>;
}

/**
 * Each mark has a value of its own: the digest clears a mark only if it still holds the value it
 * read (lib/dashboard/digest/digestStore.ts), so a write made while it rebuilt keeps its mark.
 */
export function markDirty(marks: DirtyMarks, accountIds: Iterable<string>): Promise<unknown> {
  return Promise.all([...accountIds].map((id) => marks.put(Math.random(), id)));
}

/**
 * Marks the accounts one write to `store` changes, `next` being the record written (none for a
 * delete). For activities and tasks the record it replaces is read first (`previous`, queued
 * before the write in the same transaction): its account's row changes too.
 */
export function markWrite(marks: DirtyMarks, store: StoreName, id: string, next: unknown, previous: () => Promise<unknown>): Promise<unknown> {
  if (!BY_ACCOUNT_ID.has(store)) return markDirty(marks, dirtyAccountsOf(store, id, undefined, next));
  return previous().then((before) => markDirty(marks, dirtyAccountsOf(store, id, before, next)));
}
