import type { DBSchema } from 'idb';
import type { Account, Activity, Contact, Mutation, Script, Task } from '../model';

export const DB_NAME = 'leadkit';

/** The shape of the database at the latest version; older shapes live in the upgrade steps. */
export interface LeadKitDB extends DBSchema {
  accounts: { key: string; value: Account; indexes: { byDomain: string; byStage: string; byUpdatedAt: number } };
  contacts: { key: string; value: Contact; indexes: { byAccount: string; byEmail: string } };
  activities: { key: string; value: Activity; indexes: { byAccountAt: [string, number] } };
  tasks: { key: string; value: Task; indexes: { byDueAt: number; byAccount: string; byStatusDueAt: [string, number] } };
  scripts: { key: string; value: Script; indexes: { byKind: string } };
  /** Local changes waiting for the backend, in the order they were made. */
  outbox: { key: number; value: Mutation & { seq?: number }; indexes: { byMutationId: string } };
  /** Small key/value facts (sync cursor, client id). */
  meta: { key: string; value: unknown };
}

export type StoreName = 'accounts' | 'contacts' | 'activities' | 'tasks' | 'scripts';
