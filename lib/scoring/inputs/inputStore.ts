import { clearAnsweredMarks } from '../../db/answeredMarks';
import type { LeadKitDatabase } from '../../db/open';
import { wholeStoreWins, type WholeStoreThreshold } from '../../db/wholeStore';
import { readLeads } from '../rescore/storedLeads';
import { FIRST_PAGE, pageKeyFor, splitPage } from '../store/scorePageLayout';
import { decodeInputPage, encodeInputPage, type StoredInputPage } from './inputPageCodec';
import { inputRowOf, type InputRow } from './inputRow';

/** In `meta`: the version of the inputs stored, written once every page of a build is. None: never built. */
export const INPUTS_META_KEY = 'scoring.inputs';
/**
 * Bump when what a row holds changes, or how `leadInputFrom` or `activitySignals` read the records
 * (tests/unit/scoring/inputs/inputVersion.test.ts notices): the next full re-score builds every row again.
 */
export const INPUTS_VERSION = 1;

/**
 * Marked rows are rebuilt one account at a time (four lookups, ~0.3–1 ms each in Chromium); a build
 * reads every record in id ranges, ~2.5 s for 100k accounts. Past one account in a hundred marked
 * (an import, a first sync pull) the build is the shorter way; a day's work marks a few hundred.
 */
export const BUILD_RATHER_THAN_REBUILD: WholeStoreThreshold = { min: 500, share: 1 / 100 };

export interface LoadedInputs {
  /** Every account's row, ids ascending. */
  readonly rows: readonly InputRow[];
  /** Rows rebuilt from their records (their accounts were marked). */
  readonly rebuilt: number;
  /** Stores the pages whose rows were rebuilt and clears the marks they answer. */
  save(): Promise<void>;
}

/**
 * The stored inputs with the marked accounts' rows rebuilt from their records. Null when they must be
 * built from every record instead: none of this version stored, too many marks, or a damaged page.
 */
export async function loadScoreInputs(db: LeadKitDatabase): Promise<LoadedInputs | null> {
  const tx = db.transaction(['meta', 'scoreInputPages', 'scoreInputsDirty']);
  const marks = tx.objectStore('scoreInputsDirty');
  const [meta, pages, markIds, markValues] = await Promise.all([tx.objectStore('meta').get(INPUTS_META_KEY), tx.objectStore('scoreInputPages').getAll(), marks.getAllKeys(), marks.getAll(), tx.done]);
  if ((meta as { version?: unknown } | undefined)?.version !== INPUTS_VERSION) return null;
  if (await wholeStoreWins(markIds.length, BUILD_RATHER_THAN_REBUILD, () => db.count('accounts'))) return null;
  const rowsOf = new Map<string, InputRow[]>();
  for (const page of pages) {
    const rows = decodeInputPage(page);
    if (!rows) return null;
    rowsOf.set(page.lo, rows);
  }
  const rebuilt = await rebuildRows(db, markIds);
  const changed = applyRebuilt(rowsOf, rebuilt);
  const rows = [...rowsOf.keys()].sort(byText).flatMap((lo) => rowsOf.get(lo)!);
  // Pages hold disjoint id ranges in order; anything else is a damaged store, built again.
  for (let i = 1; i < rows.length; i++) if (!(rows[i - 1]!.id < rows[i]!.id)) return null;
  const answered = new Map(markIds.map((id, i) => [id, markValues[i]]));
  return { rows, rebuilt: rebuilt.size, save: () => saveRebuilt(db, changed, rowsOf, answered) };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each marked account's row from its records, or null where the account is gone. */
async function rebuildRows(db: LeadKitDatabase, ids: readonly string[]): Promise<Map<string, InputRow | null>> {
  const rebuilt = new Map<string, InputRow | null>(ids.map((id) => [id, null]));
  for (const lead of await readLeads(db, ids)) {
    const id = (lead.account as { id: string }).id;
    rebuilt.set(id, inputRowOf(lead, id));
  }
  return rebuilt;
}

/** Puts the rebuilt rows on their pages (splitting a page grown too big); returns the page keys changed, with those removed. */
function applyRebuilt(rowsOf: Map<string, InputRow[]>, rebuilt: ReadonlyMap<string, InputRow | null>): Set<string> {
  const keys = [...rowsOf.keys()].sort(byText);
  const byPage = new Map<string, string[]>();
  for (const id of rebuilt.keys()) {
    const lo = pageKeyFor(keys, id);
    const ids = byPage.get(lo);
    if (ids) ids.push(id);
    else byPage.set(lo, [id]);
  }
  const changed = new Set<string>();
  for (const [lo, ids] of byPage) {
    const rows = new Map((rowsOf.get(lo) ?? []).map((row) => [row.id, row]));
    for (const id of ids) {
      const row = rebuilt.get(id);
      if (row) rows.set(id, row);
      else rows.delete(id);
    }
    const sorted = new Map([...rows].sort(([a], [b]) => byText(a, b)));
    rowsOf.delete(lo);
    changed.add(lo);
    for (const part of splitPage(lo, sorted)) {
      if (part.scores.size > 0 || part.lo === FIRST_PAGE) rowsOf.set(part.lo, [...part.scores.values()]);
      changed.add(part.lo);
    }
  }
  return changed;
}

async function saveRebuilt(db: LeadKitDatabase, changed: ReadonlySet<string>, rowsOf: ReadonlyMap<string, InputRow[]>, answered: ReadonlyMap<string, number | undefined>): Promise<void> {
  if (answered.size === 0) return;
  const tx = db.transaction(['scoreInputPages', 'scoreInputsDirty'], 'readwrite');
  const pages = tx.objectStore('scoreInputPages');
  const marks = tx.objectStore('scoreInputsDirty');
  const writes: Array<Promise<unknown>> = [];
  for (const lo of changed) {
    const rows = rowsOf.get(lo);
    writes.push(rows ? pages.put(encodeInputPage(lo, rows)) : pages.delete(lo));
  }
  // A mark written since the rows were read has a new value: it stays, and its row is rebuilt next time.
  for (const [id, value] of answered) writes.push(marks.get(id).then((now) => (now === value ? marks.delete(id) : undefined)));
  await Promise.all([...writes, tx.done]);
}

/** Storing the rows of a full re-score that reads every record (inputs missing, or too many marks). */
export interface InputBuild {
  /** One batch's rows, ids ascending, the first batch's page named FIRST_PAGE: packed now, stored by `finish`. */
  add(lo: string, rows: readonly InputRow[]): void;
  /**
   * Once every batch is added: all pages stored with the version, the marks read before the first
   * batch cleared, in one transaction, so a build either replaces the stored inputs whole or not at
   * all. Called after the run's last scores are stored: the grades do not wait for it.
   */
  finish(): Promise<void>;
}

/** Starts a build: the marks now (every record is read after this, so these are the ones it answers). */
export async function beginInputBuild(db: LeadKitDatabase): Promise<InputBuild> {
  const tx = db.transaction('scoreInputsDirty');
  const [markIds, markValues] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const answered = new Map(markIds.map((id, i) => [id, markValues[i]]));
  const pages: StoredInputPage[] = [];
  return {
    add: (lo, rows) => void pages.push(encodeInputPage(lo, rows)),
    async finish() {
      const done = db.transaction(['meta', 'scoreInputPages', 'scoreInputsDirty'], 'readwrite');
      const store = done.objectStore('scoreInputPages');
      await Promise.all([
        store.clear(),
        ...pages.map((page) => store.put(page)),
        done.objectStore('meta').put({ version: INPUTS_VERSION }, INPUTS_META_KEY),
        clearAnsweredMarks(done.objectStore('scoreInputsDirty'), answered),
        done.done,
      ]);
    },
  };
}
