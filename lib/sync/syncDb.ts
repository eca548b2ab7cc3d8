import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { LeadKitDB, LeadKitDatabase, StoreName } from '../db';
import { Account, Activity, Contact, Deal, Script, Task, TeamSetting, type Mutation, type SyncedEntity } from '../model';
import type { RejectReason } from './protocol';

/** One pending local change, as the outbox holds it (`seq` is its place in line). */
export type OutboxEntry = Mutation & { seq: number };

export type RecordData = Record<string, unknown>;

/** The server's copy of a record at the version the local copy is based on (lib/db/upgrades/003-sync.ts). */
export interface BaseCopy {
  key: string;
  entity: SyncedEntity;
  entityId: string;
  version: number;
  data: RecordData | null;
  deleted: boolean;
  /**
   * The base before this one. A page that wrote a record from a copy it read before a pull
   * made its change against this older version; merging against it keeps the pulled fields.
   */
  previous?: { version: number; data: RecordData | null; deleted: boolean };
}

/** The base a local change made against `version` should be merged with (null: none known). */
export function baseAt(base: BaseCopy | undefined, version: number): RecordData | null {
  if (!base) return null;
  if (base.version === version) return base.deleted ? null : base.data;
  if (base.previous?.version === version) return base.previous.deleted ? null : base.previous.data;
  return null;
}

/**
 * The base row once the server holds `version` of the record, keeping one step of history. When
 * the new version is our own change confirmed (`ownChange`), a copy read before the confirmation
 * already held that change: its ancestor is the confirmed content, not the server's older one.
 */
export function nextBase(
  current: BaseCopy | undefined,
  key: Pick<BaseCopy, 'key' | 'entity' | 'entityId'>,
  version: number,
  data: RecordData | null,
  ownChange = false,
): BaseCopy {
  let previous = current?.previous;
  if (current && current.version < version) {
    previous = ownChange ? { version: current.version, data, deleted: data === null } : { version: current.version, data: current.data, deleted: current.deleted };
  }
  return { ...key, version, data, deleted: data === null, ...(previous ? { previous } : {}) };
}

/** `$deleted` stands for "the record exists": one side deleted it, the other changed it. */
export const DELETED_FIELD = '$deleted';

export interface ConflictField {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** The same field changed here and on the server: the rep decides, nothing is overwritten meanwhile. */
export interface ConflictIssue {
  key: string;
  kind: 'conflict';
  entity: SyncedEntity;
  entityId: string;
  label: string;
  serverVersion: number;
  fields: ConflictField[];
  at: number;
}

/** The server refused a change for good; shown until the rep dismisses it. The local record is kept. */
export interface RejectedIssue {
  key: string;
  kind: 'rejected';
  entity: SyncedEntity;
  entityId: string;
  label: string;
  reason: RejectReason | 'too_large';
  message?: string;
  mutationId: string;
  at: number;
}

export type SyncIssue = ConflictIssue | RejectedIssue;

/** The database as sync sees it: the shared schema plus the stores and index of upgrade 003. */
export interface SyncDB extends DBSchema {
  accounts: LeadKitDB['accounts'];
  contacts: LeadKitDB['contacts'];
  activities: LeadKitDB['activities'];
  tasks: LeadKitDB['tasks'];
  scripts: LeadKitDB['scripts'];
  deals: LeadKitDB['deals'];
  teamSettings: LeadKitDB['teamSettings'];
  outbox: { key: number; value: OutboxEntry; indexes: { byMutationId: string; byEntity: [string, string] } };
  meta: LeadKitDB['meta'];
  syncBase: { key: string; value: BaseCopy };
  syncIssues: { key: string; value: SyncIssue };
  digestDirty: LeadKitDB['digestDirty'];
  scoreInputsDirty: LeadKitDB['scoreInputsDirty'];
}

export type SyncDatabase = IDBPDatabase<SyncDB>;
export type SyncStoreName = 'outbox' | 'meta' | 'syncBase' | 'syncIssues' | 'digestDirty' | 'scoreInputsDirty' | StoreName;
export type SyncTx = IDBPTransaction<SyncDB, SyncStoreName[], 'readwrite'>;

/** lib/db types the stores it owns; the sync stores come from upgrade 003 on the same database. */
export function syncDb(db: LeadKitDatabase): SyncDatabase {
  return db as unknown as SyncDatabase;
}

export const STORE_OF: Record<SyncedEntity, StoreName> = {
  account: 'accounts',
  contact: 'contacts',
  activity: 'activities',
  task: 'tasks',
  script: 'scripts',
  deal: 'deals',
  teamSetting: 'teamSettings',
};

export const RECORD_STORES: StoreName[] = ['accounts', 'contacts', 'activities', 'tasks', 'scripts', 'deals', 'teamSettings'];
/** Every store a sync transaction may touch (the dirty sets: record writes mark the dashboard's rows and the scoring inputs, see pendingEntries.ts). */
export const ALL_SYNC_STORES: SyncStoreName[] = [...RECORD_STORES, 'outbox', 'meta', 'syncBase', 'syncIssues', 'digestDirty', 'scoreInputsDirty'];

/** The schema each entity's records must pass before they are stored locally. */
export const RECORD_SCHEMAS = { account: Account, contact: Contact, activity: Activity, task: Task, script: Script, deal: Deal, teamSetting: TeamSetting } as const;

export const entityKey = (entity: SyncedEntity, entityId: string) => `${entity}:${entityId}`;
export const conflictKey = (entity: SyncedEntity, entityId: string) => `conflict:${entity}:${entityId}`;
export const rejectedKey = (mutationId: string) => `rejected:${mutationId}`;

/** A short human label for a record in the issues list (its name, else its id). */
export function labelOf(data: RecordData | null | undefined, fallback: string): string {
  for (const field of ['name', 'title', 'content'] as const) {
    const value = data?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 80);
  }
  return fallback;
}

// Keys in `meta`: small facts, each written in the same transaction as the data it describes.
export const META = {
  clientId: 'sync.clientId',
  cursor: 'sync.cursor',
  state: 'sync.state',
  inflight: 'sync.inflight',
} as const;
