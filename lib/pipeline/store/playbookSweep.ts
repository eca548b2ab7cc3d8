import { storage } from '#imports';
import type { LeadKitDatabase } from '../../db';
import type { PipelineConfig } from './pipelineConfig';
import { syncPlaybookTasksFor } from './playbookBatch';
import { accountIdsUpdatedSince } from './taskQueries';

/**
 * When the background last ran the playbook over changed accounts. Persisted, so a service
 * worker stopped between a capture and the sweep picks the account up when it next starts.
 */
export const playbookSweptAtItem = storage.defineItem<number>('local:playbookSweptAt', { fallback: 0, version: 1 });

/** Writes committed just before the previous sweep may carry an `updatedAt` a little older than it. */
const OVERLAP_MS = 60_000;

/** Runs the playbook for every account written since the last sweep; returns how many tasks it created. */
export async function sweepChangedAccounts(db: LeadKitDatabase, now: number, config: PipelineConfig): Promise<number> {
  const sweptAt = await playbookSweptAtItem.getValue();
  const since = Number.isFinite(sweptAt) && sweptAt > 0 ? Math.min(sweptAt, now) - OVERLAP_MS : 0;
  const ids = await accountIdsUpdatedSince(db, Math.max(0, since));
  // One bad record must not keep the others from getting their tasks.
  const created = await syncPlaybookTasksFor(db, ids, () => now, config, (accountId, error) => console.warn('[leadkit] playbook sync failed for an account', accountId, error));
  await playbookSweptAtItem.setValue(now);
  return created;
}
