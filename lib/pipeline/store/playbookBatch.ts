import type { LeadKitDatabase } from '../../db';
import type { PipelineConfig } from './pipelineConfig';
import { syncPlaybookTasks } from './syncPlaybookTasks';
import { accountsById } from './taskQueries';

/** Accounts read together: a slice of ids in order spans one or two score pages. */
const CHUNK = 200;

/**
 * Runs the playbook for many accounts (a re-score that moved thousands of grades, a sweep after
 * an import). One at a time, each account's read included its score, which means reading the
 * whole score page it sits on (up to 1,000 packed scores) for one grade: after a bulk grade change
 * that kept IndexedDB busy for minutes. Here ids go in order, a chunk at a time, each chunk's
 * accounts and scores read together. Returns how many tasks were created; a failed account is
 * reported to `onError` and never stops the rest.
 */
export async function syncPlaybookTasksFor(
  db: LeadKitDatabase,
  accountIds: readonly string[],
  now: () => number,
  config: PipelineConfig,
  onError: (accountId: string, error: unknown) => void,
): Promise<number> {
  const ids = [...new Set(accountIds)].sort();
  let created = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const accounts = await accountsById(db, chunk);
    for (const id of chunk) {
      try {
        created += (await syncPlaybookTasks(db, id, now(), config, accounts.get(id) ?? null)).created.length;
      } catch (error) {
        onError(id, error);
      }
    }
  }
  return created;
}
