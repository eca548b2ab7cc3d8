import type { LeadKitDatabase } from '../../db';
import { signalsFromRecords } from '../../signals/signalsFor';
import type { CompiledRuleSet } from '../compileRuleSet';
import { rescoreAll, type RescoreInput } from '../rescoreAll';
import { storeScores, type ScoreUpdate } from '../store/storeScores';
import { lap, type RescoreTimings } from './rescoreTimings';
import type { StoredLead } from './storedLeads';

export interface RescoreReport {
  scanned: number;
  /** Scores that differed and were stored (derived data: no outbox, see storeScores). */
  written: number;
  gradeChanges: number;
  /** Records that could not be scored and stored (no id or `updatedAt`), or whose newer score was already stored. */
  skipped: number;
  /** Accounts whose grade moved: the playbook's next actions depend on the grade. */
  gradeChangedIds: string[];
}

export const emptyReport = (): RescoreReport => ({ scanned: 0, written: 0, gradeChanges: 0, skipped: 0, gradeChangedIds: [] });

/** Account id → the `updatedAt` we scored: the change sweep does not re-score our own work. */
export type OwnWrites = Map<string, number>;

/** A batch scored and not yet stored: what `storeScored` compares with the stored scores. */
export interface ScoredBatch {
  readonly scanned: number;
  readonly updates: ScoreUpdate[];
  /** Records with no id or `updatedAt` to store a score under. */
  readonly unstorable: number;
}

/**
 * Scores stored leads. A record that cannot be read is graded "unscored" by `rescoreAll`, or left
 * out (counted) when it has no id to store it under; the rest carry on.
 */
export function scoreLeads(compiled: CompiledRuleSet, leads: readonly StoredLead[], now: number, timings?: RescoreTimings): ScoredBatch {
  const started = performance.now();
  const outcomes = rescoreAll(compiled, leads.map((lead) => inputOf(lead, now)), now);
  const updates: ScoreUpdate[] = [];
  let unstorable = 0;
  outcomes.forEach((outcome, index) => {
    const updatedAt = (leads[index]!.account as { updatedAt?: unknown }).updatedAt;
    if (outcome.accountId === undefined || typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) unstorable++;
    else updates.push({ accountId: outcome.accountId, derivedFromUpdatedAt: updatedAt, score: outcome.score });
  });
  lap(timings, 'score', started);
  return { scanned: leads.length, updates, unstorable };
}

/** Stores what changed in a scored batch (`storeScores`: the scores and their grade history in one transaction). */
export async function storeScored(db: LeadKitDatabase, batch: ScoredBatch, now: number, ownWrites?: OwnWrites, timings?: RescoreTimings): Promise<RescoreReport> {
  const stored = await storeScores(db, batch.updates, now, timings);
  if (ownWrites) for (const update of batch.updates) ownWrites.set(update.accountId, update.derivedFromUpdatedAt);
  return {
    scanned: batch.scanned,
    written: stored.written.length,
    gradeChanges: stored.gradeChanges.length,
    skipped: batch.unstorable + stored.stale,
    gradeChangedIds: stored.gradeChanges.map((entry) => entry.accountId),
  };
}

/** Scores stored leads and stores what changed. */
export async function scoreAndWrite(
  db: LeadKitDatabase,
  compiled: CompiledRuleSet,
  leads: readonly StoredLead[],
  now: number,
  ownWrites?: OwnWrites,
  timings?: RescoreTimings,
): Promise<RescoreReport> {
  return storeScored(db, scoreLeads(compiled, leads, now, timings), now, ownWrites, timings);
}

function inputOf(lead: StoredLead, now: number): RescoreInput {
  let signals;
  try {
    signals = signalsFromRecords(lead.visits, lead.activities, now);
  } catch {
    // A malformed visit or activity: scoreLead grades the lead "unscored" with the reason.
    signals = { visits: null, emailReplies: [], meetings: [] } as unknown as RescoreInput['signals'];
  }
  return { account: lead.account as RescoreInput['account'], contacts: lead.contacts, signals };
}
