import type { LeadKitDatabase } from '../../db';
import type { CompiledRuleSet } from '../compileRuleSet';
import { inputRowOf, signalsAt, type InputRow } from '../inputs/inputRow';
import type { InputBuild } from '../inputs/inputStore';
import { scoreLead } from '../scoreLead';
import { FIRST_PAGE } from '../store/scorePageLayout';
import type { ScoreUpdate } from '../store/storeScores';
import { lap, type RescoreTimings } from './rescoreTimings';
import { readLeadBatch, readLeads, type StoredLead } from './storedLeads';
import { scoreLeads, type ScoredBatch } from './writeScores';

/** A batch read and not yet scored: `score` runs when the run gets to it. */
export interface Batch {
  /** The last account id in the batch; null once there are no more. */
  readonly lastId: string | null;
  /** Accounts in the batch (a batch whose scoring fails counts them as skipped). */
  readonly size: number;
  score(): ScoredBatch;
}

/** The batch of (up to) `size` accounts after `afterId` (null: from the first). */
export type BatchSource = (afterId: string | null) => Promise<Batch>;

const NO_MORE: Batch = { lastId: null, size: 0, score: () => ({ scanned: 0, updates: [], unstorable: 0 }) };

/**
 * Batches read from the records in id ranges (readLeadBatch), scored through their input rows as
 * stored inputs are. With a `build`, each batch's rows are stored as a page as it is scored, so the
 * next full re-score reads those instead of the records.
 */
export function batchesFromRecords(db: LeadKitDatabase, compiled: CompiledRuleSet, size: number, now: number, build: InputBuild | null, timings?: RescoreTimings): BatchSource {
  return async (afterId) => {
    const { leads, lastId } = await readLeadBatch(db, afterId, size);
    if (lastId === null) return NO_MORE;
    return {
      lastId,
      size: leads.length,
      score: () => {
        const started = performance.now();
        const rows: InputRow[] = [];
        const rawLeads: StoredLead[] = [];
        for (const lead of leads) {
          const id = (lead.account as { id?: unknown }).id;
          // No string id: no row and no score (scoreLeads counts it as unstorable).
          const row = typeof id === 'string' ? inputRowOf(lead, id) : null;
          if (row) rows.push(row);
          if (!row || row.raw) rawLeads.push(lead);
        }
        lap(timings, 'score', started);
        build?.add(afterId === null ? FIRST_PAGE : rows[0]?.id ?? lastId, rows);
        return scoreRows(compiled, rows, rawLeads, now, timings);
      },
    };
  };
}

/** Batches of stored input rows (ids ascending); a raw row's records are read with its batch. */
export function batchesFromInputs(db: LeadKitDatabase, compiled: CompiledRuleSet, rows: readonly InputRow[], size: number, now: number, timings?: RescoreTimings): BatchSource {
  return async (afterId) => {
    const start = afterId === null ? 0 : firstAfter(rows, afterId);
    const batch = rows.slice(start, start + size);
    const lastId = batch.at(-1)?.id;
    if (lastId === undefined) return NO_MORE;
    const raw = batch.filter((row) => row.raw).map((row) => row.id);
    const rawLeads = raw.length > 0 ? await readLeads(db, raw) : [];
    return {
      lastId,
      size: batch.length,
      score: () => scoreRows(compiled, batch, rawLeads, now, timings),
    };
  };
}

/** Scores a batch: rows that are not raw from themselves, the rest (`rawLeads`) from their records. */
function scoreRows(compiled: CompiledRuleSet, rows: readonly InputRow[], rawLeads: readonly StoredLead[], now: number, timings?: RescoreTimings): ScoredBatch {
  const started = performance.now();
  const updates: ScoreUpdate[] = [];
  for (const row of rows) if (!row.raw) updates.push({ accountId: row.id, derivedFromUpdatedAt: row.updatedAt, score: scoreLead(compiled, row.lead, signalsAt(row, now), now) });
  lap(timings, 'score', started);
  if (rawLeads.length === 0) return { scanned: updates.length, updates, unstorable: 0 };
  const fromRecords = scoreLeads(compiled, rawLeads, now, timings);
  return { scanned: updates.length + fromRecords.scanned, updates: [...updates, ...fromRecords.updates], unstorable: fromRecords.unstorable };
}

/** The index of the first row whose id is above `id`. */
function firstAfter(rows: readonly InputRow[], id: string): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle]!.id <= id) low = middle + 1;
    else high = middle;
  }
  return low;
}
