import type { StoreName } from './schema';

/**
 * Two derived stores keep a row per account id, built from the account and the records that belong
 * to it: the dashboard's digest (lib/dashboard/digest: accounts, activities, tasks) and the scoring
 * inputs (lib/scoring/inputs: accounts, contacts, activities, visits). Every write to those stores
 * marks the account ids whose rows it changes, in each set that summarises the store, in the same
 * transaction as the write: a write and its mark commit together, so neither misses one. The
 * writers: commitChanges (lib/db/write.ts), sync's record store (lib/sync/pendingEntries.ts) and
 * the visit store (lib/signals/visitStore.ts); tests/unit/architecture/digestWrites.test.ts keeps it so.
 */
export const DIRTY_STORE = 'digestDirty';
export const SCORE_INPUTS_DIRTY = 'scoreInputsDirty';
export type DirtySet = typeof DIRTY_STORE | typeof SCORE_INPUTS_DIRTY;

/** The stores a mark can come from: the synced records and the (local) visits. */
export type MarkedStore = StoreName | 'visits';

/** The record stores each set summarises. */
export const DIRTY_SOURCES: Readonly<Record<DirtySet, ReadonlySet<MarkedStore>>> = {
  digestDirty: new Set<MarkedStore>(['accounts', 'activities', 'tasks']),
  scoreInputsDirty: new Set<MarkedStore>(['accounts', 'contacts', 'activities', 'visits']),
};

/** The record stores the digest summarises. */
export const DIGEST_SOURCES = DIRTY_SOURCES.digestDirty;

/** The sets a write to these stores marks (the stores its transaction must also open). */
export function dirtySetsFor(stores: Iterable<MarkedStore>): DirtySet[] {
  const written = [...stores];
  return (Object.keys(DIRTY_SOURCES) as DirtySet[]).filter((set) => written.some((store) => DIRTY_SOURCES[set].has(store)));
}

/** Stores whose records belong to an account through `accountId` (the record may move to another). */
const BY_ACCOUNT_ID: ReadonlySet<MarkedStore> = new Set<MarkedStore>(['contacts', 'activities', 'tasks', 'visits']);

const accountIdOf = (record: unknown): string | undefined => {
  const id = (record as { accountId?: unknown } | null | undefined)?.accountId;
  return typeof id === 'string' ? id : undefined;
};

/**
 * The account ids a write changes the rows of: the account itself, or the account of the record
 * before and after the write (a merge moves contacts, activities and visits between accounts).
 */
export function dirtyAccountsOf(store: MarkedStore, id: string, previous: unknown, next: unknown): string[] {
  if (store === 'accounts') return [id];
  if (!BY_ACCOUNT_ID.has(store)) return [];
  const ids = new Set<string>();
  for (const record of [previous, next]) {
    const accountId = accountIdOf(record);
    if (accountId !== undefined) ids.add(accountId);
  }
  return [...ids];
}

/** One dirty set inside a write transaction: anything with IndexedDB's put(value, key). */
export interface DirtyMarks {
  put(value: number, key: string): Promise<unknown>;
}

/** The dirty sets a write transaction opened, by name. */
export type DirtySetStores = Partial<Record<DirtySet, DirtyMarks>>;

/**
 * Each mark has a value of its own: a reader clears a mark only if it still holds the value it
 * read (lib/dashboard/digest/digestStore.ts), so a write made while it rebuilt keeps its mark.
 */
export function markDirty(marks: DirtyMarks, accountIds: Iterable<string>): Promise<unknown> {
  return Promise.all([...accountIds].map((id) => marks.put(Math.random(), id)));
}

/**
 * Marks the accounts one write to `store` changes, in every set of `sets` that summarises the
 * store, `next` being the record written (none for a delete). For records that belong to an
 * account the record it replaces is read first (`previous`, queued before the write in the same
 * transaction): its account's row changes too.
 */
export function markWrite(sets: DirtySetStores, store: MarkedStore, id: string, next: unknown, previous: () => Promise<unknown>): Promise<unknown> {
  const targets = (Object.keys(sets) as DirtySet[]).filter((set) => DIRTY_SOURCES[set].has(store)).map((set) => sets[set]!);
  if (targets.length === 0) return Promise.resolve();
  const mark = (ids: string[]) => Promise.all(targets.map((marks) => markDirty(marks, ids)));
  if (!BY_ACCOUNT_ID.has(store)) return mark(dirtyAccountsOf(store, id, undefined, next));
  return previous().then((before) => mark(dirtyAccountsOf(store, id, before, next)));
}
