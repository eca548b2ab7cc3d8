import type { LeadKitDatabase } from '../db';
import type { Mutation } from '../model';
import { applyPullPage, readCursor, resetCursor } from './applyPull';
import { applyPushResults, rejectTooLarge } from './applyPush';
import { backoffDelay } from './backoff';
import { backendOrigin, createSyncClient, type FetchLike } from './client';
import { compactOutbox, countPending, markInflight, nextBatch } from './outboxQueue';
import { CLOCK_SKEW_WARN_MS, clientIdOf, readSyncState, writeSyncState } from './syncState';
import { SyncFailure, type SyncErrorCode } from './syncError';
import type { OutboxEntry } from './syncDb';
import type { AccountOwnerChange } from '../assignment/assignmentNotice';

export interface SyncConnection {
  backendUrl: string;
  token: string;
}

/** Where the engine meets the world; the background passes the browser's, tests pass fakes. */
export interface SyncEngineDeps {
  db(): Promise<LeadKitDatabase>;
  /** The configured backend and token, or null for local-only mode. */
  connection(): Promise<SyncConnection | null>;
  fetch: FetchLike;
  now(): number;
  random(): number;
  hasPermission(origin: string): Promise<boolean>;
  /** Wake the engine at `at` (an alarm that survives the worker), or cancel the wake-up. */
  scheduleRetry(at: number | null): Promise<void>;
  /** The stored state changed: pages showing it re-read it. */
  notify(): void;
  log(line: string): void;
  /** Pulled accounts changed owner (once per run, not on the first pull): the background tells their new owner. */
  ownersChanged?(changes: AccountOwnerChange[]): Promise<void>;
  timeoutMs?: number;
  pullLimit?: number;
}

/** What started a run. Automatic ones wait out the backoff; the rep's and the network's do not. */
export type SyncTrigger = 'manual' | 'online' | 'config' | 'startup' | 'alarm' | 'retry' | 'write';

export interface SyncOutcome {
  outcome: 'synced' | 'localOnly' | 'failed' | 'waiting' | 'idle';
  error?: SyncErrorCode;
  pushed: number;
  pulled: number;
  conflicts: number;
}

const MAX_BATCHES_PER_RUN = 200;
const MAX_PAGES_PER_RUN = 500;
const STARTUP_QUIET_MS = 60_000;
/** Owner changes one run passes on: enough to tell a rep about a batch of new leads, bounded for a mass reassignment. */
const MAX_OWNER_CHANGES = 200;

const toMutation = ({ seq: _seq, ...mutation }: OutboxEntry): Mutation => mutation;

export interface SyncEngine {
  run(trigger: SyncTrigger, signal?: AbortSignal): Promise<SyncOutcome>;
}

/**
 * One sync run: push the outbox (oldest first, one batch at a time, each answer stored before the
 * next batch), then pull by cursor until nothing more waits. Pulling only after every pushed
 * batch is answered means no mutation is in flight while pulled changes are rebased. A failure
 * stores its code and schedules the next try with backoff; every step's result is in IndexedDB
 * before the next step, so a worker stopped anywhere resumes correctly from storage alone.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  let active: Promise<SyncOutcome> | null = null;
  let queued: Promise<SyncOutcome> | null = null;

  async function runOnce(trigger: SyncTrigger, signal?: AbortSignal): Promise<SyncOutcome> {
    const db = await deps.db();
    const tally: SyncOutcome = { outcome: 'synced', pushed: 0, pulled: 0, conflicts: 0 };
    const connection = await deps.connection();
    const state = await readSyncState(db);
    if (!connection) {
      await compactOutbox(db);
      if (!state.localOnly || state.lastError || state.runningSince) {
        await writeSyncState(db, { localOnly: true, lastError: null, failures: 0, nextRetryAt: null, runningSince: null, clockSkewMs: null });
        await deps.scheduleRetry(null);
        deps.notify();
      }
      return { ...tally, outcome: 'localOnly' };
    }
    const forced = trigger === 'manual' || trigger === 'online' || trigger === 'config';
    if (!forced && state.nextRetryAt !== null && deps.now() < state.nextRetryAt) return { ...tally, outcome: 'waiting' };
    if (trigger === 'write' && (await countPending(db)) === 0) return { ...tally, outcome: 'idle' };
    // The worker starts often (every event wakes it); a start right after a run has nothing to add.
    const recent = state.lastAttemptAt !== null && deps.now() - state.lastAttemptAt < STARTUP_QUIET_MS;
    if (trigger === 'startup' && recent && (await countPending(db)) === 0) return { ...tally, outcome: 'idle' };

    await writeSyncState(db, { runningSince: deps.now(), lastAttemptAt: deps.now(), localOnly: false });
    deps.notify();
    let skew: number | null = null;
    const observe = (serverDate: number | null) => {
      if (serverDate !== null) skew = serverDate - deps.now();
    };
    try {
      if (!(await deps.hasPermission(backendOrigin(connection.backendUrl)))) throw new SyncFailure('noPermission');
      const client = createSyncClient({ ...connection, fetch: deps.fetch, timeoutMs: deps.timeoutMs, signal });
      const clientId = await clientIdOf(db);
      await compactOutbox(db);
      let more = false;
      for (let round = 0; ; round += 1) {
        const batch = await nextBatch(db);
        if (batch.length === 0) break;
        if (round === MAX_BATCHES_PER_RUN) {
          more = true;
          break;
        }
        await markInflight(db, batch.map((entry) => entry.id));
        let answer;
        try {
          answer = await client.push(clientId, batch.map(toMutation));
        } catch (error) {
          // One mutation larger than the server takes can never go: keep it as an issue, go on.
          if (error instanceof SyncFailure && error.code === 'payloadTooLarge' && batch.length === 1) {
            await rejectTooLarge(db, batch[0]!, deps.now());
            continue;
          }
          throw error;
        }
        observe(answer.serverDate);
        const pushed = await applyPushResults(db, batch, answer.data.results, deps.now());
        tally.pushed += pushed.confirmed;
        tally.conflicts += pushed.conflicts;
      }

      const backend = connection.backendUrl.replace(/\/+$/, '');
      let cursor = await readCursor(db, backend);
      // A first pull brings every account the team has, the rep's own among them: none is news.
      const firstPull = cursor === '';
      const ownerChanges: AccountOwnerChange[] = [];
      for (let page = 0; page < MAX_PAGES_PER_RUN; page += 1) {
        let answer;
        try {
          answer = await client.pull(cursor, deps.pullLimit ?? 500);
        } catch (error) {
          // The server does not know our cursor (restored from a backup, another server): start over.
          if (error instanceof SyncFailure && error.code === 'badCursor' && cursor !== '') {
            deps.log('[leadkit] sync: the server did not know our pull cursor; pulling everything again');
            await resetCursor(db);
            cursor = '';
            continue;
          }
          throw error;
        }
        observe(answer.serverDate);
        const pulled = await applyPullPage(db, answer.data, backend, deps.now());
        tally.pulled += pulled.applied;
        tally.conflicts += pulled.conflicts;
        if (!firstPull) ownerChanges.push(...pulled.ownerChanges.slice(0, MAX_OWNER_CHANGES - ownerChanges.length));
        if (pulled.invalid > 0) deps.log(`[leadkit] sync: skipped ${pulled.invalid} pulled record(s) that did not pass their schema`);
        cursor = answer.data.cursor;
        if (!answer.data.more) break;
        if (page === MAX_PAGES_PER_RUN - 1) more = true;
      }
      if (ownerChanges.length > 0) await deps.ownersChanged?.(ownerChanges).catch(() => deps.log('[leadkit] sync: could not tell the rep about assigned leads'));
      const clockSkewMs = skew !== null && Math.abs(skew) > CLOCK_SKEW_WARN_MS ? skew : null;
      await writeSyncState(db, { lastSuccessAt: deps.now(), lastError: null, failures: 0, nextRetryAt: null, runningSince: null, clockSkewMs });
      // A very long backlog continues in the next run instead of holding this one open.
      await deps.scheduleRetry(more ? deps.now() + 30_000 : null);
      return tally;
    } catch (error) {
      const failure = error instanceof SyncFailure ? error : new SyncFailure('internal');
      if (!(error instanceof SyncFailure)) deps.log(`[leadkit] sync: unexpected ${error instanceof Error ? error.name : 'error'}`);
      if (failure.code === 'aborted') {
        await writeSyncState(db, { runningSince: null });
        return { ...tally, outcome: 'failed', error: 'aborted' };
      }
      const failures = state.failures + 1;
      const delay = backoffDelay(failures, deps.random, failure.retryAfterMs);
      const nextRetryAt = deps.now() + delay;
      await writeSyncState(db, {
        lastError: { code: failure.code, at: deps.now(), ...(failure.httpStatus ? { httpStatus: failure.httpStatus } : {}) },
        failures,
        nextRetryAt,
        runningSince: null,
      });
      await deps.scheduleRetry(nextRetryAt);
      deps.log(`[leadkit] ${failure.message}; next try in ${Math.round(delay / 1_000)} s`);
      return { ...tally, outcome: 'failed', error: failure.code };
    } finally {
      deps.notify();
    }
  }

  function run(trigger: SyncTrigger, signal?: AbortSignal): Promise<SyncOutcome> {
    if (!active) {
      active = runOnce(trigger, signal).finally(() => {
        active = null;
      });
      return active;
    }
    // One run at a time; requests made during a run share the one run queued after it.
    const next = () => {
      queued = null;
      return run(trigger, signal);
    };
    queued ??= active.then(next, next);
    return queued;
  }

  return { run };
}
