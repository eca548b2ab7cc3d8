import type { Change } from '../../db';
import type { Account, Task } from '../../model';
import type { PipelineConfig } from '../store/pipelineConfig';

/** The store and browser behind the pipeline sections; browserDeps.ts supplies the real ones, tests fakes. */
export interface PipelineDeps {
  now(): number;
  newId(): string;
  /** Who acts, for stage history and activities: the rep's name from settings. */
  actor(): Promise<string>;
  config(): Promise<PipelineConfig>;
  /** Every task of the account, any status. */
  tasksFor(accountId: string): Promise<Task[]>;
  /**
   * Stores the changes in one `commitChanges`, then runs the playbook for the account so its
   * next actions appear, and re-schedules the reminder alarm.
   */
  commit(accountId: string, changes: Change[]): Promise<void>;
  /** The playbook for an account without a write of ours (e.g. one the background has not swept yet). */
  syncAccount(accountId: string): Promise<void>;
  onDataChange(listener: () => void, signal: AbortSignal): void;
}

/** What the queue page needs. */
export interface QueueDeps {
  now(): number;
  /** The rep's name (tasks assigned to others are not "mine"); empty for everyone's. */
  me(): Promise<string>;
  timeZone(): Promise<string>;
  loadOpenWork(): Promise<{ tasks: Task[]; accounts: Account[] }>;
  onDataChange(listener: () => void, signal: AbortSignal): void;
}

/** Opens one of our own pages (e.g. the queue) in a tab. */
export type OpenExtensionPage = (path: '/queue.html' | '/options.html' | '/dashboard.html') => Promise<void>;
