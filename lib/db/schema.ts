import type { DBSchema } from 'idb';
import type { Account, Activity, Contact, Mutation, Script, Task } from '../model';
import type { GradeChangeRecord } from '../scoring/history/gradeHistoryEntry';
import type { DigestPage } from '../dashboard/digest/digestPage';
import type { StoredScorePage } from '../scoring/store/pageCodec';
import type { StoredInputPage } from '../scoring/inputs/inputPageCodec';
import type { SiteVisitRecord } from '../signals/visitRecord';

export const DB_NAME = 'leadkit';

/** The shape of the database at the latest version; older shapes live in the upgrade steps. */
export interface LeadKitDB extends DBSchema {
  accounts: { key: string; value: Account; indexes: { byDomain: string; byStage: string; byUpdatedAt: number } };
  contacts: { key: string; value: Contact; indexes: { byAccount: string; byEmail: string; byUpdatedAt: number } };
  activities: { key: string; value: Activity; indexes: { byAccountAt: [string, number]; byUpdatedAt: number } };
  tasks: { key: string; value: Task; indexes: { byDueAt: number; byAccount: string; byStatusDueAt: [string, number] } };
  scripts: { key: string; value: Script; indexes: { byKind: string } };
  /** Local changes waiting for the backend, in the order they were made. */
  outbox: { key: number; value: Mutation & { seq?: number }; indexes: { byMutationId: string } };
  /** Small key/value facts (sync cursor, client id). */
  meta: { key: string; value: unknown };
  /** Stays on known accounts' sites (issue #4, v4): local analytics, never synced. */
  visits: { key: string; value: SiteVisitRecord; indexes: { byAccountStartedAt: [string, number] } };
  /** Scores, a page of account ids to a record (v5; in columns since v7, see pageCodec.ts): derived locally, never synced. */
  scorePages: { key: string; value: StoredScorePage };
  /** When and why grades changed, a re-scoring batch to a record (v5; found through the score pages since v7): local, never synced. */
  gradeChanges: { key: string; value: GradeChangeRecord };
  /** The dashboard's per-account rows, in pages (v6, lib/dashboard/digest): derived locally, never synced. */
  digestPages: { key: number; value: DigestPage };
  /** Account ids whose digest rows are out of date (v6, lib/db/dirtyAccounts.ts); the value means nothing. */
  digestDirty: { key: string; value: number };
  /** What re-scoring reads of each account, in pages of account ids (v8, lib/scoring/inputs): derived locally, never synced. */
  scoreInputPages: { key: string; value: StoredInputPage };
  /** Account ids whose scoring inputs are out of date (v8, lib/db/dirtyAccounts.ts); the value means nothing. */
  scoreInputsDirty: { key: string; value: number };
}

export type StoreName = 'accounts' | 'contacts' | 'activities' | 'tasks' | 'scripts';
