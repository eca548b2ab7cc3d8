import type { DBSchema } from 'idb';
import type { Account, Activity, Contact, Deal, Mutation, Script, Task, TeamSetting } from '../model';

export const DB_NAME = 'leadkit';

/**
 * The shape of the database at the latest version; older shapes live in the upgrade steps. These
 * are the records' stores; the local, never-synced stores derived from them are declared by the
 * modules that own them (`declare module` on this interface), so this file imports no feature.
 */
export interface LeadKitDB extends DBSchema {
  accounts: { key: string; value: Account; indexes: { byDomain: string; byStage: string; byUpdatedAt: number } };
  contacts: { key: string; value: Contact; indexes: { byAccount: string; byEmail: string; byUpdatedAt: number } };
  /** `byKindAt`: v11 (issue #24 item 3). */
  activities: { key: string; value: Activity; indexes: { byAccountAt: [string, number]; byUpdatedAt: number; byKindAt: [string, number] } };
  tasks: { key: string; value: Task; indexes: { byDueAt: number; byAccount: string; byStatusDueAt: [string, number] } };
  scripts: { key: string; value: Script; indexes: { byKind: string } };
  /** v9 (issue #24). */
  deals: { key: string; value: Deal; indexes: { byAccount: string } };
  /** v10: settings the manager decides for the team (lib/model/teamSetting.ts), one record each. */
  teamSettings: { key: string; value: TeamSetting };
  /** Local changes waiting for the backend, in the order they were made. */
  outbox: { key: number; value: Mutation & { seq?: number }; indexes: { byMutationId: string } };
  /** Small key/value facts (sync cursor, client id). */
  meta: { key: string; value: unknown };
  /** Account ids whose digest rows are out of date (v6, lib/db/dirtyAccounts.ts); the value means nothing. */
  digestDirty: { key: string; value: number };
  /** Account ids whose scoring inputs are out of date (v8, lib/db/dirtyAccounts.ts); the value means nothing. */
  scoreInputsDirty: { key: string; value: number };
}

export type StoreName = 'accounts' | 'contacts' | 'activities' | 'tasks' | 'scripts' | 'deals' | 'teamSettings';
