import type { Grade } from '../../model/grade';
import type { Stage } from '../../model/stage';
import { blankHistory, finishHistory, RECENT_WINDOW_MS, type AccountHistory, type HistoryAccount } from '../metrics/accountHistory';
import type { AggregateInputs } from '../metrics/computeDashboard';
import type { RepTask } from '../metrics/reps';
import type { DigestRow } from './digestRow';

const YEAR_MS = 365 * 86_400_000;

function accountOf(row: DigestRow, grade: Grade | undefined): HistoryAccount {
  const a = row.a!;
  const account: HistoryAccount = { id: row.id, name: a.name, stage: a.stage, capturedAt: a.capturedAt, ownerId: a.ownerId, annualRevenue: a.annualRevenue };
  if (a.signedAt !== undefined || a.acceptedAt !== undefined || a.surveyedAt !== undefined) {
    account.checklist = {};
    if (a.signedAt !== undefined) account.checklist.contractSigned = { at: a.signedAt };
    if (a.acceptedAt !== undefined) account.checklist.deliveryAccepted = { at: a.acceptedAt };
    if (a.surveyedAt !== undefined) account.checklist.satisfactionSurveyed = { at: a.surveyedAt };
  }
  if (grade) account.score = { grade };
  return account;
}

/**
 * The account's history for `now`, as accountHistory.ts's indexer builds it from the records:
 * the windows that move with "now" are cut here from the times the row keeps.
 */
export function historyFromRow(row: DigestRow, grade: Grade | undefined, now: number): AccountHistory {
  const account = accountOf(row, grade);
  const recentFrom = now - RECENT_WINDOW_MS;
  const previousFrom = recentFrom - RECENT_WINDOW_MS;
  const yearFrom = now - YEAR_MS;
  const history = blankHistory(
    account,
    (row.m ?? []).map(([from, to, at, by, reason]) => ({ from: from === '' ? undefined : (from as Stage), to, at, by, reason })),
  );
  for (const at of row.c ?? []) {
    if (at >= account.capturedAt && history.firstContactAt === undefined) history.firstContactAt = at;
    if (at > now) continue;
    history.lastTouchAt = at;
    if (at >= yearFrom) history.touchesLastYear += 1;
    if (at >= recentFrom) history.touchesRecent += 1;
    else if (at >= previousFrom) history.touchesPrevious += 1;
  }
  // Complaints and renewal talk count for customers only, as the indexer reads them.
  if (account.stage === 'won' || account.stage === 'renewal') {
    for (const at of row.cn ?? []) {
      if (at < previousFrom || at > now) continue;
      if (at >= recentFrom) history.complaintsRecent += 1;
      else history.complaintsPrevious += 1;
    }
    history.renewalTalkRecent = (row.rn ?? []).some((at) => at >= recentFrom && at <= now);
  }
  finishHistory(history, row.ca);
  return history;
}

/** The inputs computeAggregates needs, from every row of the digest and the stored grades. */
export function historyFromDigest(rows: Iterable<DigestRow>, grades: ReadonlyMap<string, Grade>, now: number): AggregateInputs {
  const histories: AccountHistory[] = [];
  const tasks: RepTask[] = [];
  const totals = { accounts: 0, activities: 0, tasks: 0 };
  for (const row of rows) {
    totals.activities += row.n;
    totals.tasks += row.t;
    for (const [dueAt, assignee] of row.o ?? []) tasks.push({ accountId: row.id, dueAt, status: 'open', ...(assignee === null ? {} : { assignee }) });
    if (!row.a) continue;
    totals.accounts += 1;
    histories.push(historyFromRow(row, grades.get(row.id), now));
  }
  return { histories, tasks, totals };
}
