import type { LeadKitDatabase } from '../../db';
import type { CompiledRuleSet } from '../compileRuleSet';
import { lap, type RescoreTimings } from './rescoreTimings';
import { readLeadBatch, readLeads } from './storedLeads';
import { emptyReport, scoreAndWrite, type OwnWrites, type RescoreReport } from './writeScores';

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
 */
export async function rescoreAllStored(db: LeadKitDatabase, compiled: CompiledRuleSet, options: FullRescoreOptions): Promise<RescoreReport & { complete: boolean }> {
  const total = emptyReport();
  const size = options.batchSize ?? RESCORE_BATCH_SIZE;
  // The next batch is read while this one is scored and stored: IndexedDB does its work outside
  // this thread, and the two transactions touch different stores.
  let next = readLeadBatch(db, options.startAfter ?? null, size);
  for (;;) {
    if (options.signal?.aborted) {
      next.catch(() => {});
      return { ...total, complete: false };
    }
    const waited = performance.now();
    const { leads, lastId } = await next;
    lap(options.timings, 'read', waited);
    if (lastId === null) return { ...total, complete: true };
    next = readLeadBatch(db, lastId, size);
    try {
      add(total, await scoreAndWrite(db, compiled, leads, options.now, options.ownWrites, options.timings));
    } catch (error) {
      console.warn('[leadkit] a re-scoring batch failed; continuing with the next', error);
      total.scanned += leads.length;
      total.skipped += leads.length;
    }
    await options.onBatch?.(lastId, total);
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
