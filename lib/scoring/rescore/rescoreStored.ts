import type { LeadKitDatabase } from '../../db';
import type { CompiledRuleSet } from '../compileRuleSet';
import { lap, type RescoreTimings } from './rescoreTimings';
import { readLeadBatch, readLeads, type StoredLead } from './storedLeads';
import { emptyReport, scoreAndWrite, scoreLeads, storeScored, type OwnWrites, type RescoreReport, type ScoredBatch } from './writeScores';

export const RESCORE_BATCH_SIZE = 1_000;

export interface FullRescoreOptions {
  now: number;
  batchSize?: number;
  /** Resume after this account id (a worker stopped mid-run). */
  startAfter?: string | null;
  /** Aborted when a newer rule set arrives: the run stops between batches. */
  signal?: AbortSignal;
  ownWrites?: OwnWrites;
  /** After each batch, with the last account id done: progress to persist. */
  onBatch?(lastId: string, report: RescoreReport): void | Promise<void>;
  /** Filled with where the time went (the benchmark's breakdown). */
  timings?: RescoreTimings;
}

/**
 * Re-scores every stored account in batches by id (issue #4: rules changed, or time has decayed
 * the behaviour signals). Each batch is its own read and its own write, so the worker stays
 * responsive; a batch that fails is logged and the run moves on to the next.
 *
 * Three batches are under way at once: the next one is read while this one is scored, and the
 * previous one is stored meanwhile. IndexedDB works outside this thread, reads and writes touch
 * different stores, and writes commit in the order they start, so batches are stored in id order.
 */
export async function rescoreAllStored(db: LeadKitDatabase, compiled: CompiledRuleSet, options: FullRescoreOptions): Promise<RescoreReport & { complete: boolean }> {
  const total = emptyReport();
  const size = options.batchSize ?? RESCORE_BATCH_SIZE;
  let next = readLeadBatch(db, options.startAfter ?? null, size);
  let storing: Promise<void> = Promise.resolve();
  const stop = async (complete: boolean) => {
    next.catch(() => {});
    await storing;
    return { ...total, complete };
  };
  for (;;) {
    if (options.signal?.aborted) return stop(false);
    const waited = performance.now();
    const { leads, lastId } = await next;
    lap(options.timings, 'read', waited);
    if (lastId === null) return stop(true);
    next = readLeadBatch(db, lastId, size);
    const scored = scoreBatch(compiled, leads, options);
    await storing;
    // Aborted while this batch was scored: it was scored under the old rules, so it is not stored.
    if (options.signal?.aborted) return stop(false);
    storing = storeBatch(db, scored, options).then(async (report) => {
      add(total, report);
      // Progress is saved once the batch is stored: a worker stopped now resumes after it.
      await options.onBatch?.(lastId, total);
    });
  }
}

type BatchOutcome = ScoredBatch | { readonly failed: unknown; readonly scanned: number };

function scoreBatch(compiled: CompiledRuleSet, leads: readonly StoredLead[], options: FullRescoreOptions): BatchOutcome {
  try {
    return scoreLeads(compiled, leads, options.now, options.timings);
  } catch (error) {
    return { failed: error, scanned: leads.length };
  }
}

async function storeBatch(db: LeadKitDatabase, batch: BatchOutcome, options: FullRescoreOptions): Promise<RescoreReport> {
  try {
    if ('failed' in batch) throw batch.failed;
    return await storeScored(db, batch, options.now, options.ownWrites, options.timings);
  } catch (error) {
    console.warn('[leadkit] a re-scoring batch failed; continuing with the next', error);
    return { ...emptyReport(), scanned: batch.scanned, skipped: batch.scanned };
  }
}

/** Re-scores the given accounts (their record, contacts, activities or visits changed). */
export async function rescoreAccounts(
  db: LeadKitDatabase,
  compiled: CompiledRuleSet,
  accountIds: Iterable<string>,
  now: number,
  ownWrites?: OwnWrites,
): Promise<RescoreReport> {
  const ids = [...accountIds];
  const total = emptyReport();
  for (let start = 0; start < ids.length; start += RESCORE_BATCH_SIZE) {
    const leads = await readLeads(db, ids.slice(start, start + RESCORE_BATCH_SIZE));
    add(total, await scoreAndWrite(db, compiled, leads, now, ownWrites));
  }
  return total;
}

function add(total: RescoreReport, part: RescoreReport): void {
  total.scanned += part.scanned;
  total.written += part.written;
  total.gradeChanges += part.gradeChanges;
  total.skipped += part.skipped;
  total.gradeChangedIds.push(...part.gradeChangedIds);
}
