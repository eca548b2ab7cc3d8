import type { Grade } from '../../model/grade';
import { STAGES } from '../../model/stage';
import { blankHistory, finishHistory, RECENT_WINDOW_MS, type AccountHistory, type HistoryAccount, type StageMove } from '../metrics/accountHistory';
import type { AggregateInputs } from '../metrics/computeDashboard';
import type { RepTask } from '../metrics/reps';
import type { PackedAccount, PackedRow } from './digestPage';

const YEAR_MS = 365 * 86_400_000;

function accountOf(id: string, packed: PackedAccount, grade: Grade | undefined): HistoryAccount {
  const [name, stage, capturedAt, ownerId, annualRevenue, signedAt, acceptedAt, surveyedAt] = packed;
  // Every account with the same keys, as the records' indexer gives them (one shape for the metrics).
  const account: HistoryAccount = { id, name, stage: STAGES[stage]!, capturedAt, ownerId: ownerId ?? undefined, annualRevenue: annualRevenue ?? undefined };
  if (signedAt != null || acceptedAt != null || surveyedAt != null) {
    account.checklist = {};
    if (signedAt != null) account.checklist.contractSigned = { at: signedAt };
    if (acceptedAt != null) account.checklist.deliveryAccepted = { at: acceptedAt };
    if (surveyedAt != null) account.checklist.satisfactionSurveyed = { at: surveyedAt };
  }
  if (grade) account.score = { grade };
  return account;
}

/** Stage moves as packed: five values each (from's stage index or -1, to's, at, by, reason). */
function movesOf(packed: PackedRow[5]): StageMove[] {
  const moves: StageMove[] = [];
  if (!packed) return moves;
  for (let i = 0; i < packed.length; i += 5) {
    const from = packed[i] as number;
    moves.push({ from: from < 0 ? undefined : STAGES[from], to: STAGES[packed[i + 1] as number]!, at: packed[i + 2] as number, by: packed[i + 3] as string, reason: packed[i + 4] as string });
  }
  return moves;
}

/**
 * The account's history for `now`, as accountHistory.ts's indexer builds it from the records,
 * read straight from the row as stored (digestPage.ts): the windows that move with "now" are cut
 * here from the times the row keeps.
 */
export function historyFromPackedRow(row: PackedRow, packedAccount: PackedAccount, grade: Grade | undefined, now: number): AccountHistory {
  const [id, , , , , moves, touches, captureActor, complaints, renewals] = row;
  const account = accountOf(id, packedAccount, grade);
  const recentFrom = now - RECENT_WINDOW_MS;
  const previousFrom = recentFrom - RECENT_WINDOW_MS;
  const yearFrom = now - YEAR_MS;
  const history = blankHistory(account, movesOf(moves));
  if (touches) {
    // Stored as differences from the one before (they are sorted).
    let at = 0;
    for (let i = 0; i < touches.length; i++) {
      at += touches[i]!;
      if (at >= account.capturedAt && history.firstContactAt === undefined) history.firstContactAt = at;
      if (at > now) continue;
      history.lastTouchAt = at;
      if (at >= yearFrom) history.touchesLastYear += 1;
      if (at >= recentFrom) history.touchesRecent += 1;
      else if (at >= previousFrom) history.touchesPrevious += 1;
    }
  }
  // Complaints and renewal talk count for customers only, as the indexer reads them.
  if (account.stage === 'won' || account.stage === 'renewal') {
    for (const at of complaints || []) {
      if (at < previousFrom || at > now) continue;
      if (at >= recentFrom) history.complaintsRecent += 1;
      else history.complaintsPrevious += 1;
    }
    history.renewalTalkRecent = (renewals || []).some((at) => at >= recentFrom && at <= now);
  }
  finishHistory(history, captureActor || undefined);
  return history;
}

/** The inputs computeAggregates needs, from every row of the digest and the stored grades. */
export function historyFromDigest(rows: Iterable<PackedRow>, grades: ReadonlyMap<string, Grade>, now: number): AggregateInputs {
  const histories: AccountHistory[] = [];
  const tasks: RepTask[] = [];
  const totals = { accounts: 0, activities: 0, tasks: 0 };
  for (const row of rows) {
    const [id, activities, taskCount, account, open] = row;
    totals.activities += activities;
    totals.tasks += taskCount;
    if (open) {
      for (let i = 0; i < open.length; i += 2) {
        const assignee = open[i + 1] as string | null;
        tasks.push({ accountId: id, dueAt: open[i] as number, status: 'open', ...(assignee === null ? {} : { assignee }) });
      }
    }
    if (!account) continue;
    totals.accounts += 1;
    histories.push(historyFromPackedRow(row, account, grades.get(id), now));
  }
  return { histories, tasks, totals };
}
