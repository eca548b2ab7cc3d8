import { z } from 'zod';
import type { LeadKitDatabase } from '../db';
import { META, syncDb } from './syncDb';
import { SyncErrorCode } from './syncError';

/**
 * Everything the sync loop knows between runs, kept in IndexedDB `meta`: a service worker stopped
 * at any moment starts again from here (nothing lives only in memory).
 */
export const SyncState = z.object({
  lastAttemptAt: z.number().nullable().default(null),
  lastSuccessAt: z.number().nullable().default(null),
  lastError: z.object({ code: SyncErrorCode, at: z.number(), httpStatus: z.number().optional() }).nullable().default(null),
  /** Failures in a row, for the backoff. */
  failures: z.number().int().nonnegative().default(0),
  /** No automatic run before this (manual "Sync now" and coming back online still run). */
  nextRetryAt: z.number().nullable().default(null),
  /** Server clock minus ours, when it is far enough off to tell the rep. */
  clockSkewMs: z.number().nullable().default(null),
  /** Set while a run is under way; older than RUN_STALE_MS means the worker was stopped mid-run. */
  runningSince: z.number().nullable().default(null),
  /** True when no backend is configured: everything stays on this device. */
  localOnly: z.boolean().default(true),
});
export type SyncState = z.infer<typeof SyncState>;

export const RUN_STALE_MS = 2 * 60_000;
/** Clocks further apart than this are worth a word to the rep (sync itself does not depend on them). */
export const CLOCK_SKEW_WARN_MS = 5 * 60_000;

export async function readSyncState(database: LeadKitDatabase): Promise<SyncState> {
  const stored = await syncDb(database).get('meta', META.state);
  const parsed = SyncState.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SyncState.parse({});
}

export async function writeSyncState(database: LeadKitDatabase, patch: Partial<SyncState>): Promise<SyncState> {
  const db = syncDb(database);
  const tx = db.transaction('meta', 'readwrite');
  const parsed = SyncState.safeParse((await tx.store.get(META.state)) ?? {});
  const next = { ...(parsed.success ? parsed.data : SyncState.parse({})), ...patch };
  await tx.store.put(next, META.state);
  await tx.done;
  return next;
}

/** This install's id for the server's idempotency log, made once and kept. */
export async function clientIdOf(database: LeadKitDatabase): Promise<string> {
  const db = syncDb(database);
  const tx = db.transaction('meta', 'readwrite');
  const stored = await tx.store.get(META.clientId);
  if (typeof stored === 'string' && stored) return stored;
  const id = crypto.randomUUID();
  await tx.store.put(id, META.clientId);
  await tx.done;
  return id;
}
