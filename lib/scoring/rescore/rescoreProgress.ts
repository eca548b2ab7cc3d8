import { storage } from '#imports';

/**
 * Where the background's re-scoring stands, in `storage.local` so a worker stopped mid-run
 * resumes instead of starting over, and one started after a rule change made while it slept
 * notices that the stored grades are stale.
 */
export interface FullRescoreProgress {
  /** `ruleSetKey` of the rule set the run scores with. */
  ruleSetKey: string;
  startedAt: number;
  /** Last account id done; null before the first batch. */
  after: string | null;
  completedAt: number | null;
}

export const fullRescoreItem = storage.defineItem<FullRescoreProgress | null>('local:scoringFullRescore', { fallback: null, version: 1 });
/** When the change sweep last looked for changed accounts. */
export const changesSweptAtItem = storage.defineItem<number>('local:scoringChangesSweptAt', { fallback: 0, version: 1 });

/** Decay lowers engagement points day by day; a full re-score this often keeps grades current. */
export const FULL_RESCORE_EVERY_MINUTES = 6 * 60;

/** What to do at worker start: nothing, resume a run, or start one over. */
export function fullRescoreNeeded(progress: FullRescoreProgress | null, ruleSetKey: string, now: number): { run: boolean; after: string | null } {
  if (!progress || progress.ruleSetKey !== ruleSetKey) return { run: true, after: null };
  if (progress.completedAt === null) return { run: true, after: progress.after };
  return { run: now - progress.completedAt >= FULL_RESCORE_EVERY_MINUTES * 60_000, after: null };
}
