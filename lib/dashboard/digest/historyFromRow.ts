import type { Grade } from '../../model/grade';
import { STAGES } from '../../model/stage';
import { blankHistory, finishHistory, RECENT_WINDOW_MS, type AccountHistory, type HistoryAccount, type StageMove } from '../metrics/accountHistory';
import type { PackedAccount, PackedRow } from './digestPage';

const YEAR_MS = 365 * 86_400_000;

function accountOf(id: string, packed: PackedAccount): HistoryAccount {
  const [name, stage, capturedAt, ownerId, annualRevenue, signedAt, acceptedAt, surveyedAt] = packed;
  // Every account with the same keys (one shape for the metrics); the grade is set per request.
  const account: HistoryAccount = { id, name, stage: STAGES[stage]!, capturedAt, ownerId: ownerId ?? undefined, annualRevenue: annualRevenue ?? undefined, score: undefined };
  if (signedAt != null || acceptedAt != null || surveyedAt != null) {
    account.checklist = {};
    if (signedAt != null) account.checklist.contractSigned = { at: signedAt };
    if (acceptedAt != null) account.checklist.deliveryAccepted = { at: acceptedAt };
    if (surveyedAt != null) account.checklist.satisfactionSurveyed = { at: surveyedAt };
  }
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
 * The part of an account's history that does not move with "now" (its stage entries, rep, first
 * contact), read straight from the row as stored (digestPage.ts); no grade yet, windows empty.
 * The dashboard's worker builds these while it still reads pages (historyCache.ts).
 */
export function historyBase(row: PackedRow, packedAccount: PackedAccount): AccountHistory {
  const [id, , , , , moves, touches, captureActor] = row;
  const account = accountOf(id, packedAccount);
  const history = blankHistory(account, movesOf(moves));
  if (touches) {
    // Stored as differences from the one before (they are sorted): the first at or after capture.
    let at = 0;
    for (let i = 0; i < touches.length; i++) {
      at += touches[i]!;
      if (at >= account.capturedAt) {
        history.firstContactAt = at;
        break;
      }
    }
  }
  finishHistory(history, captureActor || undefined);
  return history;
}

/**
 * Cuts the windows that move with "now" from the times the row keeps, as accountHistory.ts's
 * indexer counts them from the records. Overwrites what an earlier "now" left.
 */
export function cutWindows(history: AccountHistory, row: PackedRow, now: number): void {
  const [, , , , , , touches, , complaints, renewals] = row;
  const recentFrom = now - RECENT_WINDOW_MS;
  const previousFrom = recentFrom - RECENT_WINDOW_MS;
  const yearFrom = now - YEAR_MS;
  history.lastTouchAt = undefined;
  history.touchesLastYear = 0;
  history.touchesRecent = 0;
  history.touchesPrevious = 0;
  history.complaintsRecent = 0;
  history.complaintsPrevious = 0;
  history.renewalTalkRecent = false;
  if (touches) {
    let at = 0;
    for (let i = 0; i < touches.length; i++) {
      at += touches[i]!;
      if (at > now) break;
      history.lastTouchAt = at;
      if (at >= yearFrom) history.touchesLastYear += 1;
      if (at >= recentFrom) history.touchesRecent += 1;
      else if (at >= previousFrom) history.touchesPrevious += 1;
    }
  }
  // Complaints and renewal talk count for customers only, as the indexer reads them.
  const { stage } = history.account;
  if (stage === 'won' || stage === 'renewal') {
    for (const at of complaints || []) {
      if (at < previousFrom || at > now) continue;
      if (at >= recentFrom) history.complaintsRecent += 1;
      else history.complaintsPrevious += 1;
    }
    history.renewalTalkRecent = (renewals || []).some((at) => at >= recentFrom && at <= now);
  }
}

/** One shared `score` per grade: the figures read only the grade, and 50k accounts need not own one each. */
const SCORE_OF: Readonly<Record<Grade, { readonly grade: Grade }>> = { A: { grade: 'A' }, B: { grade: 'B' }, C: { grade: 'C' }, unscored: { grade: 'unscored' } };

/** Sets the account's grade now (or none). */
export function setGrade(history: AccountHistory, grade: Grade | undefined): void {
  history.account.score = grade === undefined ? undefined : SCORE_OF[grade];
}
