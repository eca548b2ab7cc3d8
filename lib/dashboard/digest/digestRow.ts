import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { Stage } from '../../model/stage';
import type { Task } from '../../model/task';
import { asStage, COMPLAINT, RENEWAL_TALK } from '../metrics/accountHistory';

/**
 * What the dashboard keeps of one account id (issue #8: opening the dashboard reads these, not
 * 550k records). Only what computeAggregates uses, and nothing that depends on "now": the windows
 * (recent touches, complaints, renewal talk) are cut from the kept times when the figures are made
 * (historyFromDigest.ts). Grades are not kept: scores live in their own pages and are read fresh.
 * Short keys: 50k rows are stored as JSON (digestPage.ts).
 */
export interface DigestRow {
  /** The account id (records of an account that no longer exists still count in the totals). */
  id: string;
  /** The account, when it exists. */
  a?: DigestAccount;
  /** Activities of this account id, every kind. */
  n: number;
  /** Tasks of this account id, every status. */
  t: number;
  /** Open and snoozed tasks (the ones that can be overdue): due time and assignee. */
  o?: Array<[dueAt: number, assignee: string | null]>;
  /** Stage moves in the order read (time, then id): from ('' for none), to, at, by, reason. */
  m?: Array<[from: string, to: Stage, at: number, by: string, reason: string]>;
  /** Calls, emails and meetings: their times, ascending. */
  c?: number[];
  /** The earliest capture activity's actor. */
  ca?: string;
  /** Complaint notes: their times. */
  cn?: number[];
  /** Activities that talk renewal: their times. */
  rn?: number[];
}

export interface DigestAccount {
  name: string;
  stage: Stage;
  capturedAt: number;
  ownerId?: string;
  annualRevenue?: number;
  signedAt?: number;
  acceptedAt?: number;
  surveyedAt?: number;
}

function digestAccount(account: Account): DigestAccount {
  const { checklist } = account;
  const row: DigestAccount = { name: account.name, stage: account.stage, capturedAt: account.capturedAt };
  if (account.ownerId !== undefined) row.ownerId = account.ownerId;
  if (account.annualRevenue !== undefined) row.annualRevenue = account.annualRevenue;
  if (checklist?.contractSigned) row.signedAt = checklist.contractSigned.at;
  if (checklist?.deliveryAccepted) row.acceptedAt = checklist.deliveryAccepted.at;
  if (checklist?.satisfactionSurveyed) row.surveyedAt = checklist.satisfactionSurveyed.at;
  return row;
}

/**
 * The row of account id `id` from its account (if any), its activities in (time, id) order, as
 * the `byAccountAt` index gives them, and its tasks. Null when nothing of the id is left.
 * Reads records as defensively as accountHistory.ts's indexer does, field by field the same way.
 */
export function digestRow(id: string, account: Account | undefined, activities: readonly Activity[], tasks: readonly Pick<Task, 'dueAt' | 'status' | 'assignee'>[]): DigestRow | null {
  if (!account && activities.length === 0 && tasks.length === 0) return null;
  const row: DigestRow = { id, n: activities.length, t: tasks.length };
  if (account) row.a = digestAccount(account);
  const open: NonNullable<DigestRow['o']> = [];
  for (const task of tasks) if (task.status === 'open' || task.status === 'snoozed') open.push([task.dueAt, task.assignee ?? null]);
  if (open.length > 0) row.o = open;
  if (!account) return row;
  const moves: NonNullable<DigestRow['m']> = [];
  const touches: number[] = [];
  const complaints: number[] = [];
  const renewals: number[] = [];
  let captureActorAt = Number.POSITIVE_INFINITY;
  for (const activity of activities) {
    const { at, kind } = activity;
    if (kind === 'stage_change') {
      const change = activity.stageChange;
      const to = asStage(change?.to ?? activity.result);
      if (to) moves.push([asStage(change?.from) ?? '', to, at, change?.by ?? activity.actor ?? '', (change?.reason ?? activity.content ?? '').trim()]);
      continue;
    }
    if (kind === 'call' || kind === 'email' || kind === 'meeting') touches.push(at);
    else if (kind === 'capture' && activity.actor && at < captureActorAt) {
      row.ca = activity.actor;
      captureActorAt = at;
    }
    const text = activity.content ?? '';
    if (kind === 'complaint' || (kind === 'note' && (COMPLAINT.test(text) || activity.result === 'complaint'))) complaints.push(at);
    if (RENEWAL_TALK.test(text)) renewals.push(at);
  }
  if (moves.length > 0) row.m = moves;
  if (touches.length > 0) row.c = touches.sort((x, y) => x - y);
  if (complaints.length > 0) row.cn = complaints;
  if (renewals.length > 0) row.rn = renewals;
  return row;
}
