import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type LeadKitDB } from './schema';
import { DB_VERSION, runUpgrades } from './upgrades';

export type LeadKitDatabase = IDBPDatabase<LeadKitDB>;

/** Opens (and upgrades) the one database. `version` is for upgrade tests only. */
export function openLeadKitDB(name = DB_NAME, version = DB_VERSION): Promise<LeadKitDatabase> {
  return openDB<LeadKitDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // idb types the versionchange transaction per schema; upgrade steps work on the untyped shape.
      void runUpgrades(
        db as unknown as IDBPDatabase<unknown>,
        oldVersion,
        newVersion ?? version,
        tx as unknown as Parameters<typeof runUpgrades>[3],
      );
    },
    blocking(_current, _blocked, event) {
      // Another context wants a newer version: let it upgrade, we reopen on next use.
      (event.target as IDBDatabase).close();
      dbPromise = null;
    },
  }).then((db) => db);
}

let dbPromise: Promise<LeadKitDatabase> | null = null;

/** The shared connection of this context. */
export function getDB(): Promise<LeadKitDatabase> {
  dbPromise ??= openLeadKitDB().catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** Test seam: forget the cached connection. */
export function resetDBConnection(): void {
  dbPromise = null;
}
