import type { LeadKitDatabase } from '../../db/open';
import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { Task } from '../../model/task';
import { readInRanges } from '../worker/readDashboardData';
import { DIGEST_VERSION, groupByPage, packRow, pageOf, pageOfPackedRows, PAGE_COUNT, parsePage, type DigestPage, type PackedRow } from './digestPage';
import { digestRow, type DigestRow } from './digestRow';
import { wholeStoreWins, type WholeStoreThreshold } from '../../db/wholeStore';
import { clearAnsweredMarks } from '../../db/answeredMarks';

/** In `meta`: the version of the digest stored, written with its pages. None: never built. */
export const DIGEST_META_KEY = 'dashboard.digest';

/**
 * The digest's entry in `meta`. `stamp` is new whenever a page is written (a build, or rebuilt
 * rows stored): figures kept with the stamp they were computed from (figuresCache.ts) are the
 * current digest's while the stamp holds and no account is marked.
 */
export interface DigestMeta {
  version: number;
  stamp?: string;
}

export const newStamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The stored digest's stamp, when a digest of the current version is stored. */
export function digestStampOf(meta: unknown): string | undefined {
  const { version, stamp } = (meta ?? {}) as Partial<Record<keyof DigestMeta, unknown>>;
  return version === DIGEST_VERSION && typeof stamp === 'string' ? stamp : undefined;
}

/** Page reads per open: enough to overlap reading with unpacking. */
const PAGE_RANGES = 8;
const pageRanges = () => Array.from({ length: PAGE_RANGES }, (_, i) => IDBKeyRange.bound((i * PAGE_COUNT) / PAGE_RANGES, ((i + 1) * PAGE_COUNT) / PAGE_RANGES, false, true));

const byTimeThenId = (a: Activity, b: Activity) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface RefreshResult {
  /** Every row of the digest by page, up to date as of one snapshot of the records, packed as stored (digestPage.ts). */
  pages: PackedRow[][];
  /** Account ids rebuilt from their records. */
  rebuilt: number;
  /** Storing the rebuilt rows: the number of pages written back (only the ones whose rows changed). */
  saved: Promise<number>;
  /**
   * The stamp of the digest read, when no row needed rebuilding (the pages are then exactly that
   * digest's): '' for a digest stored before stamps were (figuresCache.ts gives it one).
   */
  stamp?: string;
}

const byId = (a: PackedRow, b: PackedRow) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Reads the stored digest with the dirty accounts' rows rebuilt from their records, then stores the
 * rebuilt rows in a second, small transaction (`saved`). Null when no digest of the current version
 * is stored (see buildDigest). `scope` 'dirty' reads only the pages of the dirty accounts (the
 * background keeping the digest current: lib/dashboard/digest/digestKeeper.ts); its `pages` are
 * then those pages only. `onPage` gets each stored page's rows as they are read (a page whose rows
 * are rebuilt comes back as a new array).
 *
 * Both reads are read-only, so they wait for no other reader. The pages and marks are read without
 * the record stores in scope: an open with nothing marked (the usual one) then never queues behind
 * a write to accounts, activities or tasks waiting for another page's long read of them (the queue
 * page at browser start). The marked rows are rebuilt from the records in a transaction after it; a
 * write in between marks its account again, for the next refresh, as one after a shared snapshot did.
 */
export async function refreshDigest(db: LeadKitDatabase, scope: 'all' | 'dirty' = 'all', onPage?: (rows: readonly PackedRow[]) => void): Promise<RefreshResult | null> {
  const tx = db.transaction(['digestPages', 'digestDirty', 'meta'], 'readonly');
  // The version first (one small read): pages of another version are not read as this one's.
  const meta = await tx.objectStore('meta').get(DIGEST_META_KEY);
  if ((meta as { version?: unknown } | undefined)?.version !== DIGEST_VERSION) {
    await tx.done;
    return null;
  }
  const stored = new Map<number, string>();
  const rowsOf = new Map<number, PackedRow[]>();
  const keep = (page: DigestPage | undefined) => {
    if (!page) return;
    stored.set(page.page, page.rows);
    const rows = parsePage(page);
    rowsOf.set(page.page, rows);
    onPage?.(rows);
  };
  const pageStore = tx.objectStore('digestPages');
  // The marks first (a handful of keys), then every page range at once, each unpacked as it
  // arrives while IndexedDB reads the next (the same overlap as readInRanges).
  const markReads = Promise.all([tx.objectStore('digestDirty').getAllKeys(), tx.objectStore('digestDirty').getAll()]);
  const reads = scope === 'all' ? pageRanges().map((range) => pageStore.getAll(range).then((pages) => pages.forEach(keep))) : [];
  const [dirty, marks] = await markReads;
  // The marked rows are rebuilt from the records while the pages are still read (a transaction of
  // its own, read-only: neither waits for the other), so a few writes since the last open add
  // their own lookups to the open, not lookups after the whole read.
  const rebuilding = dirty.length === 0 ? Promise.resolve([]) : rebuildRows(db, dirty);
  rebuilding.catch(() => {}); // awaited below; not an unhandled rejection if a page read fails first
  await Promise.all(reads);
  if (scope === 'dirty') await Promise.all([...new Set(dirty.map(pageOf))].map((page) => pageStore.get(page).then(keep)));
  await tx.done;
  const rebuilt = await rebuilding;
  const touched = new Set<number>();
  for (const { id, row } of rebuilt) {
    const page = pageOf(id);
    const rows = (rowsOf.get(page) ?? []).filter((existing) => existing[0] !== id);
    if (row) rows.push(packRow(row));
    rowsOf.set(page, rows);
    touched.add(page);
  }
  const changed = new Map<number, DigestPage | null>();
  for (const page of touched) {
    const rows = rowsOf.get(page)!.sort(byId);
    const packed = rows.length > 0 ? pageOfPackedRows(page, rows) : null;
    if (packed?.rows !== stored.get(page)) changed.set(page, packed);
  }
  const markOf = new Map(dirty.map((id, i) => [id, marks[i]!]));
  const saved = dirty.length > 0 ? saveRebuilt(db, changed, stored, markOf) : Promise.resolve(0);
  return { pages: [...rowsOf.values()], rebuilt: dirty.length, saved, stamp: dirty.length === 0 ? (digestStampOf(meta) ?? '') : undefined };
}

/** The rows of these account ids from their records, in one read-only snapshot. */
async function rebuildRows(db: LeadKitDatabase, ids: readonly string[]): Promise<Array<{ id: string; row: DigestRow | null }>> {
  const tx = db.transaction(['accounts', 'activities', 'tasks'], 'readonly');
  const rows = await Promise.all(
    ids.map(async (id) => {
      const [account, activities, tasks] = await Promise.all([
        tx.objectStore('accounts').get(id),
        tx.objectStore('activities').index('byAccountAt').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
        tx.objectStore('tasks').index('byAccount').getAll(id),
      ]);
      return { id, row: digestRow(id, account, activities, tasks) };
    }),
  );
  await tx.done;
  return rows;
}

/**
 * Stores rebuilt pages and clears the marks they answer. Between the snapshot and now a write may
 * have marked an account again (its mark has a new value: kept, rebuilt next time), or another
 * context may have stored the same page (its rows are left alone and the marks of that page kept).
 */
async function saveRebuilt(db: LeadKitDatabase, changed: ReadonlyMap<number, DigestPage | null>, before: ReadonlyMap<number, string>, markOf: ReadonlyMap<string, number>): Promise<number> {
  const tx = db.transaction(['digestPages', 'digestDirty', 'meta'], 'readwrite');
  const pageStore = tx.objectStore('digestPages');
  const markStore = tx.objectStore('digestDirty');
  const metaStore = tx.objectStore('meta');
  const ids = [...markOf.keys()];
  const pages = [...new Set(ids.map(pageOf))];
  const [nowPages, nowMarks, meta] = await Promise.all([Promise.all(pages.map((page) => pageStore.get(page))), Promise.all(ids.map((id) => markStore.get(id))), metaStore.get(DIGEST_META_KEY)]);
  const movedOn = new Set(pages.filter((page, i) => nowPages[i]?.rows !== before.get(page)));
  const writes: Array<Promise<unknown>> = [];
  let written = 0;
  for (const [page, packed] of changed) {
    if (movedOn.has(page)) continue;
    written += 1;
    writes.push(packed ? pageStore.put(packed) : pageStore.delete(page));
  }
  // Only a digest still stored gets a new stamp (one dropped meanwhile stays dropped).
  if (written > 0 && (meta as DigestMeta | undefined)?.version === DIGEST_VERSION) writes.push(metaStore.put({ version: DIGEST_VERSION, stamp: newStamp() } satisfies DigestMeta, DIGEST_META_KEY));
  ids.forEach((id, i) => {
    if (!movedOn.has(pageOf(id)) && nowMarks[i] === markOf.get(id)) writes.push(markStore.delete(id));
  });
  await Promise.all([...writes, tx.done]);
  return written;
}

/** Activities and tasks grouped by account as they come (range by range), then each account's row. */
function createRecordGroups() {
  const activitiesOf = new Map<string, Activity[]>();
  const tasksOf = new Map<string, Task[]>();
  const add = <T extends { accountId: string }>(groups: Map<string, T[]>, records: readonly T[]) => {
    for (const record of records) {
      const list = groups.get(record.accountId);
      if (list) list.push(record);
      else groups.set(record.accountId, [record]);
    }
  };
  return {
    addActivities: (activities: readonly Activity[]) => add(activitiesOf, activities),
    addTasks: (tasks: readonly Task[]) => add(tasksOf, tasks),
    rows(accounts: readonly Account[]): DigestRow[] {
      const accountOf = new Map(accounts.map((account) => [account.id, account]));
      const rows: DigestRow[] = [];
      for (const id of new Set([...accountOf.keys(), ...activitiesOf.keys(), ...tasksOf.keys()])) {
        const row = digestRow(id, accountOf.get(id), (activitiesOf.get(id) ?? []).sort(byTimeThenId), tasksOf.get(id) ?? []);
        if (row) rows.push(row);
      }
      return rows;
    },
  };
}

/** Every row from the records themselves (pure: the tests' reference; the full build groups the same way). */
export function digestRowsFrom(accounts: readonly Account[], activities: readonly Activity[], tasks: readonly Task[]): DigestRow[] {
  const groups = createRecordGroups();
  groups.addActivities(activities);
  groups.addTasks(tasks);
  return groups.rows(accounts);
}

/** A whole build (buildDigest): the rows it stored, packed as stored, by page. */
export interface BuiltDigest {
  /** Rows built (accounts, and ids that only activities or tasks name). */
  rows: number;
  /** Every row by page, packed as stored: the open that built them reads them from here, not back from IndexedDB. */
  pages: PackedRow[][];
  /** The stamp written with the pages. */
  stamp: string;
  /** Storing the pages, the version and the stamp, and clearing the marks the build answers. */
  saved: Promise<void>;
}

/**
 * Builds the whole digest from the records (the first open after the upgrade, after the digest's
 * version changed, or after a bulk change marked too many rows: BUILD_RATHER_THAN_REBUILD): one snapshot read,
 * then every page written with the version. The marks read before the snapshot are answered by it
 * and cleared with the pages, unless a write has marked the account again since (a new value: the
 * next refresh rebuilds it). Activities and tasks are grouped by account range by range as they
 * arrive, while IndexedDB reads the next ranges, not all at once after the last. The pages come
 * back before they are stored (`saved`): the open that built them computes its figures meanwhile.
 */
export async function buildDigest(db: LeadKitDatabase, onProgress?: (read: number, share: number) => void): Promise<BuiltDigest> {
  const markTx = db.transaction('digestDirty', 'readonly');
  const [markIds, markValues] = await Promise.all([markTx.store.getAllKeys(), markTx.store.getAll(), markTx.done]);
  const answered = new Map(markIds.map((id, i) => [id, markValues[i]]));
  const accounts: Account[][] = [];
  const grouped = createRecordGroups();
  let read = 0;
  let ranges = 0;
  let rangesRead = 0;
  await readInRanges(
    db,
    ['accounts', 'tasks', 'activities'] as const,
    (store, records) => {
      if (store === 'accounts') accounts.push(records as Account[]);
      else if (store === 'tasks') grouped.addTasks(records as Task[]);
      else grouped.addActivities(records as Activity[]);
      read += records.length;
      rangesRead += 1;
      // The share of the key ranges read: known from the start without counting the stores
      // (a count walks every key), and it reaches 1 exactly when the reading is done.
      onProgress?.(read, ranges > 0 ? rangesRead / ranges : 0);
    },
    (planned) => (ranges = planned),
  );
  const rows = grouped.rows(accounts.flat());
  const stamp = newStamp();
  const tx = db.transaction(['digestPages', 'meta', 'digestDirty'], 'readwrite');
  const pageStore = tx.objectStore('digestPages');
  const writes: Array<Promise<unknown>> = [pageStore.clear()];
  const pages: PackedRow[][] = [];
  // In page order, as a refresh reads them.
  for (const [page, pageRows] of [...groupByPage(rows)].sort(([a], [b]) => a - b)) {
    const packed = pageRows.map(packRow);
    pages.push(packed);
    writes.push(pageStore.put(pageOfPackedRows(page, packed)));
  }
  writes.push(tx.objectStore('meta').put({ version: DIGEST_VERSION, stamp } satisfies DigestMeta, DIGEST_META_KEY));
  writes.push(clearAnsweredMarks(tx.objectStore('digestDirty'), answered));
  const saved = Promise.all([...writes, tx.done]).then(() => undefined);
  return { rows: rows.length, pages, stamp, saved };
}

/**
 * When the digest catches up by building it whole rather than row by row (issue #8). A marked row is
 * rebuilt from its account, activities and tasks, three lookups each; the whole build reads every
 * record in key ranges at a cost that does not depend on the marks. Past about half the accounts
 * marked (a bulk import) the whole build wins; below a thousand marks either is quick. Measured by
 * the digest profile of `npm run bench`.
 */
export const BUILD_RATHER_THAN_REBUILD: WholeStoreThreshold = { min: 1_000, share: 1 / 2 };

/** Marked rows many enough that building the whole digest is faster than rebuilding each. */
export async function marksCallForBuild(db: LeadKitDatabase): Promise<boolean> {
  const tx = db.transaction(['digestDirty', 'accounts'], 'readonly');
  const marks = await tx.objectStore('digestDirty').count();
  const build = await wholeStoreWins(marks, BUILD_RATHER_THAN_REBUILD, () => tx.objectStore('accounts').count());
  await tx.done;
  return build;
}
