import type { LeadKitDatabase } from '../../db';
import type { CompiledRuleSet } from '../compileRuleSet';
import { lap, type RescoreTimings } from './rescoreTimings';
import { beginInputBuild, loadScoreInputs } from '../inputs/inputStore';
import { batchesFromInputs, batchesFromRecords, type Batch, type BatchSource } from './batchSources';
import { readLeads } from './storedLeads';
import { emptyReport, scoreAndWrite, storeScored, type OwnWrites, type RescoreReport, type ScoredBatch } from './writeScores';

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
 * the behaviour signals). Each batch is its own write, so the worker stays responsive; a batch that
 * fails is logged and the run moves on to the next.
 *
 * What the rules read of each account comes from the stored scoring inputs (lib/scoring/inputs),
 * the marked accounts' rows rebuilt first: ~100 pages instead of 200k records. With none stored
 * (the first run, a new inputs version) or too many marks (a bulk change), the run reads the
 * records themselves, and a run over all of them stores their rows for the next one.
 */
export async function rescoreAllStored(db: LeadKitDatabase, compiled: CompiledRuleSet, options: FullRescoreOptions): Promise<RescoreReport & { complete: boolean }> {
  const size = options.batchSize ?? RESCORE_BATCH_SIZE;
  const started = performance.now();
  const inputs = await loadScoreInputs(db).catch(warned('reading the scoring inputs', null));
  lap(options.timings, 'inputs', started);
  if (inputs) {
    const saved = inputs.save().catch(warned('storing the rebuilt scoring inputs', undefined));
    const report = await runBatches(db, batchesFromInputs(db, compiled, inputs.rows, size, options.now, options.timings), options);
    await saved;
    return report;
  }
  const build = (options.startAfter ?? null) === null ? await beginInputBuild(db).catch(warned('starting to build the scoring inputs', null)) : null;
  const report = await runBatches(db, batchesFromRecords(db, compiled, size, options.now, build, options.timings), options);
  if (build && report.complete) {
    const storing = performance.now();
    await build.finish().catch(warned('storing the scoring inputs', undefined));
    lap(options.timings, 'storeInputs', storing);
  }
  return report;
}

/** Logs a failure of the inputs (the run goes on from the records, or without storing them) and gives `fallback`. */
const warned =
  <T>(what: string, fallback: T) =>
  (error: unknown): T => {
    console.warn(`[leadkit] ${what} failed`, error);
    return fallback;
  };

/**
 * The batches in turn. Three are under way at once: the next one is read while this one is scored,
 * and the previous one is stored meanwhile. IndexedDB works outside this thread, reads and writes
 * touch different stores, and writes commit in the order they start, so batches are stored in id order.
 */
async function runBatches(db: LeadKitDatabase, source: BatchSource, options: FullRescoreOptions): Promise<RescoreReport & { complete: boolean }> {
  const total = emptyReport();
  let next = source(options.startAfter ?? null);
  let storing: Promise<void> = Promise.resolve();
  const stop = async (complete: boolean) => {
    next.catch(() => {});
    await storing;
    return { ...total, complete };
  };
  for (;;) {
    if (options.signal?.aborted) return stop(false);
    const waited = performance.now();
    const batch = await next;
    lap(options.timings, 'read', waited);
    const { lastId } = batch;
    if (lastId === null) return stop(true);
    next = source(lastId);
    const scored = scoreBatch(batch);
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

function scoreBatch(batch: Batch): BatchOutcome {
  try {
    return batch.score();
  } catch (error) {
    return { failed: error, scanned: batch.size };
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
