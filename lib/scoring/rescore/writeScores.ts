import { commitChanges, type Change, type LeadKitDatabase } from '../../db';
import { Account, newId } from '../../model';
import { signalsFromRecords } from '../../signals/signalsFor';
import type { CompiledRuleSet } from '../compileRuleSet';
import type { GradeHistoryEntry } from '../history/gradeHistoryEntry';
import { appendGradeHistory } from '../history/gradeHistoryStore';
import { rescoreAll, type RescoreInput, type RescoreOutcome } from '../rescoreAll';
import type { StoredLead } from './storedLeads';

export interface RescoreReport {
  scanned: number;
  /** Scores that differed and were stored (through `commitChanges`, so they sync). */
  written: number;
  gradeChanges: number;
  /** Records that could not be written back (unreadable, or edited meanwhile and left for their own re-score). */
  skipped: number;
}

export const emptyReport = (): RescoreReport => ({ scanned: 0, written: 0, gradeChanges: 0, skipped: 0 });

/** Account id → the `updatedAt` we wrote: the change sweep does not re-score our own writes. */
export type OwnWrites = Map<string, number>;

/**
 * Scores stored leads and writes back only what changed: the score on the account (one
 * `commitChanges` for the batch) and a grade-history entry where the grade moved. A record that
 * cannot be read is graded "unscored" by `rescoreAll` or skipped here; the rest carry on.
 */
export async function scoreAndWrite(
  db: LeadKitDatabase,
  compiled: CompiledRuleSet,
  leads: readonly StoredLead[],
  now: number,
  ownWrites?: OwnWrites,
): Promise<RescoreReport> {
  const report = emptyReport();
  report.scanned = leads.length;
  const outcomes = rescoreAll(compiled, leads.map((lead) => inputOf(lead, now)), now);
  const pending: Array<{ account: Account; outcome: RescoreOutcome }> = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.unchanged) return;
    const parsed = Account.safeParse(leads[index]!.account);
    if (!parsed.success || outcome.accountId === undefined) {
      report.skipped++;
      return;
    }
    pending.push({ account: parsed.data, outcome });
  });
  const writable = await stillAsRead(db, pending);
  report.skipped += pending.length - writable.length;
  if (writable.length === 0) return report;

  const changes: Change[] = writable.map(({ account, outcome }) => ({
    store: 'accounts',
    op: 'put',
    record: { ...account, score: outcome.score, updatedAt: Math.max(Math.floor(now), account.updatedAt + 1) },
  }));
  await commitChanges(db, changes, now);
  for (const change of changes) if (change.op === 'put') ownWrites?.set(change.record.id, change.record.updatedAt);
  report.written = changes.length;

  const history = writable.filter(({ outcome }) => outcome.change.changed).map(({ outcome }) => historyEntry(outcome, now));
  report.gradeChanges = history.length;
  await appendGradeHistory(db, history);
  return report;
}

function inputOf(lead: StoredLead, now: number): RescoreInput {
  let signals;
  try {
    signals = signalsFromRecords(lead.visits, lead.activities, now);
  } catch {
    // A malformed visit or activity: scoreLead grades the lead "unscored" with the reason.
    signals = { visits: null, emailReplies: [], meetings: [] } as unknown as RescoreInput['signals'];
  }
  return { account: lead.account as Account, contacts: lead.contacts, signals };
}

/**
 * Re-reads the accounts about to be written: one the rep edited since we read it is left alone
 * (its own change re-scores it), so a background re-score never overwrites the rep's edit.
 */
async function stillAsRead<T extends { account: Account }>(db: LeadKitDatabase, pending: T[]): Promise<T[]> {
  if (pending.length === 0) return [];
  const ids = pending.map(({ account }) => account.id).sort();
  const tx = db.transaction('accounts');
  // A batch of a full run is a contiguous id range: one range read beats thousands of gets.
  const records =
    ids.length >= 50
      ? await tx.store.getAll(IDBKeyRange.bound(ids[0]!, ids.at(-1)!))
      : (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((record) => record !== undefined);
  await tx.done;
  const current = new Map(records.map((record) => [record.id, record]));
  return pending.filter(({ account }) => {
    const now = current.get(account.id);
    return now !== undefined && now.updatedAt === account.updatedAt && now.version === account.version;
  });
}

function historyEntry(outcome: RescoreOutcome, now: number): GradeHistoryEntry {
  const { change, score } = outcome;
  return {
    id: newId(),
    accountId: outcome.accountId!,
    at: Math.floor(now),
    ...(change.from !== undefined ? { from: change.from } : {}),
    to: change.to,
    score: score.score,
    scoreDelta: change.scoreDelta,
    added: change.added,
    removed: change.removed,
    ruleSetVersion: score.ruleSetVersion,
  };
}
