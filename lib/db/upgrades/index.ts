import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { upgradeTo1 } from './001-initial';
import { upgradeTo2 } from './002-work';
import { upgradeTo3 } from './003-sync';
import { upgradeTo4 } from './004-scoring';
import { upgradeTo5 } from './005-score-pages';
import { upgradeTo6 } from './006-dashboard-digest';
import { upgradeTo7 } from './007-score-columns';
import { upgradeTo8 } from './008-score-inputs';
import { upgradeTo9 } from './009-deals';
import { upgradeTo10 } from './010-team-settings';
import { upgradeTo11 } from './011-activity-kind';

type Step = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

/** Numbered upgrade steps: step N takes a database at version N-1 to version N. Append only. */
export const UPGRADE_STEPS: readonly Step[] = [upgradeTo1, upgradeTo2, upgradeTo3, upgradeTo4, upgradeTo5, upgradeTo6, upgradeTo7, upgradeTo8, upgradeTo9, upgradeTo10, upgradeTo11];
export const DB_VERSION = UPGRADE_STEPS.length;

/** Runs every step above `oldVersion` up to `newVersion`, inside the versionchange transaction. */
export async function runUpgrades(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    await UPGRADE_STEPS[version - 1]!(db, tx);
  }
}
