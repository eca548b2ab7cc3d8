import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { ChecklistTick } from '../../model/checklist';
import type { LeadScore } from '../../model/grade';
import { FUNNEL_STAGES, STAGES, type Stage } from '../../model/stage';

const DAY_MS = 86_400_000;
/** Windows the churn signals compare: the last 90 days against the 90 before. */
export const RECENT_WINDOW_MS = 90 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;

const STAGE_SET: ReadonlySet<string> = new Set(STAGES);
const FUNNEL_RANK: ReadonlyMap<Stage, number> = new Map(FUNNEL_STAGES.map((stage, index) => [stage, index]));
/** Funnel position of a stage; side states have none. */
export const funnelRank = (stage: Stage): number | undefined => FUNNEL_RANK.get(stage);

/** A note that says it is a complaint: `#complaint`, "complaint", 投诉 (reps tag notes that way). */
export const COMPLAINT = /complain|投诉/i;
/** Words that show renewal talk in a call, email, meeting or note. */
export const RENEWAL_TALK = /renew|续约|续签|续费/i;

/**
 * The account fields the metrics read: a stored Account has them all; the dashboard's digest
 * (lib/dashboard/digest) keeps only these.
 */
export type HistoryAccount = Pick<Account, 'id' | 'name' | 'stage' | 'capturedAt' | 'ownerId' | 'annualRevenue'> & {
  checklist?: { contractSigned?: ChecklistTick; deliveryAccepted?: ChecklistTick; satisfactionSurveyed?: ChecklistTick };
  score?: Pick<LeadScore, 'grade'>;
};

export interface StageEntry {
  stage: Stage;
  at: number;
}

/** One move out of the stage history (a `stage_change` activity). */
export interface StageMove {
  from: Stage | undefined;
  to: Stage;
  at: number;
  by: string;
  reason: string;
}

/** Everything the metrics need about one account, gathered in one pass over the activities. */
export interface AccountHistory {
  account: HistoryAccount;
  /** Stage entries in time order; the first is the stage the account started in, at capture. */
  entries: StageEntry[];
  moves: StageMove[];
  /** ownerId, else whoever last moved it, else who captured it; '' when nobody is named. */
  rep: string;
  /** Earliest call, email or meeting at or after capture. */
  firstContactAt: number | undefined;
  /** Latest call, email or meeting up to now. */
  lastTouchAt: number | undefined;
  touchesLastYear: number;
  touchesRecent: number;
  touchesPrevious: number;
  complaintsRecent: number;
  complaintsPrevious: number;
  renewalTalkRecent: boolean;
}

interface Pending extends AccountHistory {
  captureActor: string | undefined;
  captureActorAt: number;
}

/** A history with nothing in it yet, for the records' indexer and the dashboard digest alike. */
export function blankHistory(account: HistoryAccount, moves: StageMove[] = []): AccountHistory {
  return {
    account,
    entries: [],
    moves,
    rep: '',
    firstContactAt: undefined,
    lastTouchAt: undefined,
    touchesLastYear: 0,
    touchesRecent: 0,
    touchesPrevious: 0,
    complaintsRecent: 0,
    complaintsPrevious: 0,
    renewalTalkRecent: false,
  };
}

function emptyHistory(account: Account): Pending {
  // Object.assign, not a spread: V8 copies `{ ...blank, more }` on a slow path (~4 µs an account).
  return Object.assign(blankHistory(account), { captureActor: undefined, captureActorAt: Number.POSITIVE_INFINITY });
}

export const asStage = (value: unknown): Stage | undefined => (typeof value === 'string' && STAGE_SET.has(value) ? (value as Stage) : undefined);

export interface AccountHistoryIndexer {
  /** Every account, before any of their activities. */
  addAccounts(accounts: readonly Account[]): void;
  /** Activities in any order and in as many batches as read (activities of unknown accounts are ignored). */
  addActivities(activities: readonly Activity[]): void;
  /** The index, once every account and activity is in. */
  finish(): Map<string, AccountHistory>;
}

/**
 * Indexes the store by account id in one pass over the activities (O(accounts + activities),
 * plus sorting each account's own few stage moves). Batches can be added as they are read, so the
 * dashboard's worker indexes one range while IndexedDB reads the next. Records are read
 * defensively (the worker does not re-parse 500k activities through zod).
 */
export function createAccountHistoryIndexer(now: number): AccountHistoryIndexer {
  const byId = new Map<string, Pending>();
  const recentFrom = now - RECENT_WINDOW_MS;
  const previousFrom = recentFrom - RECENT_WINDOW_MS;
  const yearFrom = now - YEAR_MS;
  return {
    addAccounts(accounts) {
      for (const account of accounts) byId.set(account.id, emptyHistory(account));
    },
    addActivities(activities) {
      for (const activity of activities) {
        const history = byId.get(activity.accountId);
        if (!history) continue;
        const at = activity.at;
        const kind = activity.kind;
        if (kind === 'stage_change') {
          const change = activity.stageChange;
          const to = asStage(change?.to ?? activity.result);
          if (to) history.moves.push({ from: asStage(change?.from), to, at, by: change?.by ?? activity.actor ?? '', reason: (change?.reason ?? activity.content ?? '').trim() });
          continue;
        }
        if (kind === 'call' || kind === 'email' || kind === 'meeting') {
          if (at >= history.account.capturedAt && (history.firstContactAt === undefined || at < history.firstContactAt)) history.firstContactAt = at;
          if (at <= now) {
            if (history.lastTouchAt === undefined || at > history.lastTouchAt) history.lastTouchAt = at;
            if (at >= yearFrom) history.touchesLastYear += 1;
            if (at >= recentFrom) history.touchesRecent += 1;
            else if (at >= previousFrom) history.touchesPrevious += 1;
          }
        } else if (kind === 'capture' && activity.actor && at < history.captureActorAt) {
          history.captureActor = activity.actor;
          history.captureActorAt = at;
        }
        // Text checks only where they can matter: recent activities of customers.
        const stage = history.account.stage;
        if (at < previousFrom || at > now || (stage !== 'won' && stage !== 'renewal')) continue;
        const text = activity.content ?? '';
        if (kind === 'complaint' || (kind === 'note' && (COMPLAINT.test(text) || activity.result === 'complaint'))) {
          if (at >= recentFrom) history.complaintsRecent += 1;
          else history.complaintsPrevious += 1;
        }
        if (at >= recentFrom && !history.renewalTalkRecent && RENEWAL_TALK.test(text)) history.renewalTalkRecent = true;
      }
    },
    finish() {
      // The two capture fields stay on the objects: copying 50k histories to drop them costs more.
      for (const history of byId.values()) finishHistory(history, history.captureActor);
      return byId;
    },
  };
}

/** The whole index at once (see createAccountHistoryIndexer). */
export function indexAccountHistories(accounts: readonly Account[], activities: readonly Activity[], now: number): Map<string, AccountHistory> {
  const indexer = createAccountHistoryIndexer(now);
  indexer.addAccounts(accounts);
  indexer.addActivities(activities);
  return indexer.finish();
}

/** Stage entries and rep from the moves (sorted here) and the capture actor: shared with the digest. */
export function finishHistory(history: AccountHistory, captureActor: string | undefined): void {
  const { account, moves } = history;
  if (moves.length > 1) moves.sort((a, b) => a.at - b.at);
  const first = moves[0];
  // Without a history the account has been in its stage since capture (an import, an old record).
  const initial = first?.from ?? (first ? 'lead' : account.stage);
  history.entries = [{ stage: initial, at: Math.min(account.capturedAt, first?.at ?? account.capturedAt) }];
  for (const move of moves) history.entries.push({ stage: move.to, at: move.at });
  const lastMover = moves.length > 0 ? moves[moves.length - 1]!.by : '';
  history.rep = (account.ownerId || lastMover || captureActor || '').trim();
}
