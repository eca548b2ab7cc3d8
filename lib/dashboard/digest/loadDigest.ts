import type { LeadKitDatabase } from '../../db/open';
import type { Grade } from '../../model/grade';
import { readAllGrades } from '../../scoring/store/readGrades';
import type { AggregateInputs } from '../metrics/computeDashboard';
import type { PackedRow } from './digestPage';
import { buildDigest, marksCallForBuild, refreshDigest } from './digestStore';
import { historyFromDigest } from './historyFromDigest';

export interface LoadedDigest {
  /** Every row by page, pages in no set order (the figures do not depend on it: see outcomes.ts, rfm.ts). */
  pages: PackedRow[][];
  /** The digest was built from every record (first open, or a new digest version). */
  built: boolean;
  rebuilt: number;
  /** Storing the rebuilt rows (pages written). */
  saved: Promise<number>;
  /** The stamp of the digest read, when no row was rebuilt ('' for none yet: digestStore.ts's RefreshResult). */
  stamp?: string;
}

export interface DigestReadHooks {
  /** Records read so far while the digest is built from them, and the share of the reading done (0…1). */
  onProgress?: (read: number, share: number) => void;
  /** Each stored page's rows as they are read (see refreshDigest). */
  onPage?: (rows: readonly PackedRow[]) => void;
}

/**
 * The digest as the dashboard reads it (issue #8): the stored pages with the dirty accounts
 * rebuilt; built from every record first when there is none of this version yet. A build's rows
 * are the answer as they are (issue #28: reading back the ~1,000 pages it had just written and
 * parsing them again was a second read of the whole digest); a write made while it read the records
 * keeps its mark for the next refresh, as one made while a refresh reads does.
 */
export async function loadDigest(db: LeadKitDatabase, hooks: DigestReadHooks = {}): Promise<LoadedDigest> {
  // A bulk change marked too many rows to rebuild one by one: build them all (BUILD_RATHER_THAN_REBUILD, digestStore.ts).
  const refreshed = (await marksCallForBuild(db)) ? null : await refreshDigest(db, 'all', hooks.onPage);
  if (!refreshed) {
    const built = await buildDigest(db, hooks.onProgress);
    if (hooks.onPage) for (const rows of built.pages) hooks.onPage(rows);
    // The figures need not wait for the pages to be stored; the kept figures do (figuresCache.ts
    // compares the stamp, written with the pages).
    built.saved.catch((error: unknown) => console.warn('[leadkit] storing the dashboard digest failed', error));
    return { pages: built.pages, built: true, rebuilt: 0, saved: built.saved.then(() => built.pages.length), stamp: built.stamp };
  }
  // The figures need not wait for the rebuilt rows to be stored.
  refreshed.saved.catch((error: unknown) => console.warn('[leadkit] storing the dashboard digest failed', error));
  return { pages: refreshed.pages, built: false, rebuilt: refreshed.rebuilt, saved: refreshed.saved, stamp: refreshed.stamp };
}

/**
 * The digest's rows and the stored grades (scores live apart: lib/scoring/store), read together.
 * Grades only: the figures use no reasons, and unpacking 50k scores in full cost the open ~10%.
 */
export async function loadRowsAndGrades(
  db: LeadKitDatabase,
  hooks: DigestReadHooks = {},
  gradesRead: Promise<Map<string, Grade>> = readAllGrades(db),
): Promise<{ pages: PackedRow[][]; grades: Map<string, Grade>; stamp?: string }> {
  const [{ pages, stamp }, grades] = await Promise.all([loadDigest(db, hooks), gradesRead]);
  return { pages, grades, stamp };
}

/** What computeAggregates needs for `now`: the digest and the stored grades. */
export async function loadAggregateInputs(db: LeadKitDatabase, now: number): Promise<AggregateInputs> {
  const { pages, grades } = await loadRowsAndGrades(db);
  return historyFromDigest(pages.flat(), grades, now);
}
