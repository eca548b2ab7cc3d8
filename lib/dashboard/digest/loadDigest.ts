import type { LeadKitDatabase } from '../../db/open';
import { readAllGrades } from '../../scoring/store/readGrades';
import type { AggregateInputs } from '../metrics/computeDashboard';
import { buildDigest, refreshDigest } from './digestStore';
import { historyFromDigest } from './historyFromDigest';
import type { PackedRow } from './digestPage';
import type { Grade } from '../../model/grade';

export interface LoadedDigest {
  /** Every row, in page order (the figures do not depend on the order: see outcomes.ts, rfm.ts). */
  rows: PackedRow[];
  /** The digest was built from every record (first open, or a new digest version). */
  built: boolean;
  rebuilt: number;
  /** Storing the rebuilt rows (pages written). */
  saved: Promise<number>;
}

/**
 * The digest as the dashboard reads it (issue #8): the stored pages with the dirty accounts
 * rebuilt; built from every record first when there is none of this version yet.
 */
export async function loadDigest(db: LeadKitDatabase, onProgress?: (read: number) => void): Promise<LoadedDigest> {
  let refreshed = await refreshDigest(db);
  let built = false;
  if (!refreshed) {
    await buildDigest(db, onProgress);
    built = true;
    refreshed = await refreshDigest(db);
    if (!refreshed) throw new Error('the dashboard digest was not stored');
  }
  // The figures need not wait for the rebuilt rows to be stored.
  refreshed.saved.catch((error: unknown) => console.warn('[leadkit] storing the dashboard digest failed', error));
  return { rows: refreshed.rows, built, rebuilt: refreshed.rebuilt, saved: refreshed.saved };
}

/**
 * The digest's rows and the stored grades (scores live apart: lib/scoring/store), read together.
 * Grades only: the figures use no reasons, and unpacking 50k scores in full cost the open ~10%.
 */
export async function loadRowsAndGrades(db: LeadKitDatabase, onProgress?: (read: number) => void): Promise<{ rows: PackedRow[]; grades: Map<string, Grade> }> {
  const [{ rows }, grades] = await Promise.all([loadDigest(db, onProgress), readAllGrades(db)]);
  return { rows, grades };
}

/** What computeAggregates needs for `now`: the digest and the stored grades. */
export async function loadAggregateInputs(db: LeadKitDatabase, now: number): Promise<AggregateInputs> {
  const { rows, grades } = await loadRowsAndGrades(db);
  return historyFromDigest(rows, grades, now);
}
