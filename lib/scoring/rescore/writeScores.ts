import { writeDerivedAccountFields, type LeadKitDatabase } from '../../db';
import { Account, newId } from '../../model';
import { signalsFromRecords } from '../../signals/signalsFor';
import type { CompiledRuleSet } from '../compileRuleSet';
import type { GradeHistoryEntry } from '../history/gradeHistoryEntry';
import { appendGradeHistory } from '../history/gradeHistoryStore';
import { rescoreAll, type RescoreInput, type RescoreOutcome } from '../rescoreAll';
import type { StoredLead } from './storedLeads';

export interface RescoreReport {
  scanned: number;
  /** Scores that differed and were stored (derived data: no outbox, see writeDerivedAccountFields). */
  written: number;
  gradeChanges: number;
  /** Records that could not be written back (unreadable, or edited meanwhile and left for their own re-score). */
  skipped: number;
  /** Accounts whose grade moved: the playbook's next actions depend on the grade. */
  gradeChangedIds: string[];
}

export const emptyReport = (): RescoreReport => ({ scanned: 0, written: 0, gradeChanges: 0, skipped: 0, gradeChangedIds: [] });

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
  // Scores are derived locally (every device applies the team's rules to the same records): they
  // are written without an outbox mutation or an updatedAt bump, and never over a newer edit.
  const written = new Set(
    await writeDerivedAccountFields(
      db,
      pending.map(({ account, outcome }) => ({ id: account.id, derivedFromUpdatedAt: account.updatedAt, patch: { score: outcome.score } })),
    ),
  );
  const writable = pending.filter(({ account }) => written.has(account.id));
  report.skipped += pending.length - writable.length;
  report.written = writable.length;
  for (const { account } of writable) ownWrites?.set(account.id, account.updatedAt);

  const history = writable.filter(({ outcome }) => outcome.change.changed).map(({ outcome }) => historyEntry(outcome, now));
  report.gradeChanges = history.length;
  report.gradeChangedIds = history.map((entry) => entry.accountId);
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
