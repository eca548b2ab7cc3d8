import type { AccountHistory } from './metrics/accountHistory';
import { firstWonAt } from './metrics/accountMilestones';
import type { HistoryTally } from './metrics/historyTally';

/**
 * Customer segments for won accounts by RFM (shared/domain.md). Exact definitions:
 * - customers: accounts in won or renewal now.
 * - R (recency): days since the last call, email or meeting up to now; with none, since first won.
 * - F (frequency): calls, emails and meetings in the last 365 days.
 * - M (monetary): `account.annualRevenue`. PROXY: the model has no deal or order value, so the
 *   customer's annual revenue stands in for what they are worth to us; unknown counts as 0.
 * - value: the mean of the customer's percentile rank by F and by M among all customers (0…1).
 * Segments, first rule that matches:
 *   new       first won within the last 90 days;
 *   churned   silent over 180 days, or silent over 60 days and of below-median value;
 *   sleeping  silent over 60 days and of median value or above (long silent, historically valuable);
 *   vip       among the top 10% by value (at least one customer when there are any);
 *   active    everyone else.
 * Churn warning signals:
 *   fallingFrequency  fewer than half the touches of the previous 90 days in the last 90 (previous ≥ 2);
 *   longSilence       silent over 60 days;
 *   moreComplaints    complaints (`complaint` activities, and notes saying `complaint`, `投诉`) in the last 90
 *                     days, more than the 90 before;
 *   contractEnding    the next anniversary of the first win (contracts assumed yearly) is within 60
 *                     days, the account is not in renewal, and nothing in the last 90 days talks renewal.
 */
export const RFM_SEGMENTS = ['vip', 'active', 'new', 'sleeping', 'churned'] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];
export const CHURN_SIGNALS = ['moreComplaints', 'contractEnding', 'fallingFrequency', 'longSilence'] as const;
export type ChurnSignal = (typeof CHURN_SIGNALS)[number];
/** What a segment or signal asks of the rep; the UI names them `dashboardRfmAction_<id>`. */
export type RfmAction = RfmSegment | ChurnSignal;

const DAY_MS = 86_400_000;
export const RFM_THRESHOLDS = { newWithinDays: 90, sleepingAfterDays: 60, churnedAfterDays: 180, vipShare: 0.1, contractNoticeDays: 60 } as const;
/** The table lists this many customers, most in need of attention first; counts cover everyone. */
export const RFM_ROW_LIMIT = 100;

export interface RfmRow {
  accountId: string;
  name: string;
  segment: RfmSegment;
  recencyDays: number;
  frequency: number;
  monetary: number | null;
  signals: ChurnSignal[];
  /** The most urgent thing to do: a signal's action (complaints first), else the segment's. */
  nextAction: RfmAction;
}

export interface RfmSummary {
  customers: number;
  counts: Record<RfmSegment, number>;
  signalCounts: Record<ChurnSignal, number>;
  rows: RfmRow[];
}

/** Percentile rank (0…1, ties share the lower rank) of each value among all of them. */
function percentileRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  const span = Math.max(1, values.length - 1);
  let start = 0;
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && values[order[i]!] !== values[order[i - 1]!]) start = i;
    ranks[order[i]!] = start / span;
  }
  return ranks;
}

function signalsOf(history: AccountHistory, recencyDays: number, wonAt: number, now: number): ChurnSignal[] {
  const signals: ChurnSignal[] = [];
  if (history.complaintsRecent > 0 && history.complaintsRecent > history.complaintsPrevious) signals.push('moreComplaints');
  const years = Math.max(1, Math.ceil((now - wonAt) / (365 * DAY_MS)));
  const anniversary = wonAt + years * 365 * DAY_MS;
  const noticeOpen = anniversary - now <= RFM_THRESHOLDS.contractNoticeDays * DAY_MS;
  if (noticeOpen && history.account.stage !== 'renewal' && !history.renewalTalkRecent) signals.push('contractEnding');
  if (history.touchesPrevious >= 2 && history.touchesRecent * 2 < history.touchesPrevious) signals.push('fallingFrequency');
  if (recencyDays > RFM_THRESHOLDS.sleepingAfterDays) signals.push('longSilence');
  return signals;
}

export function rfmSegments(histories: Iterable<AccountHistory>, now: number): RfmSummary {
  const tally = createRfmTally(now);
  for (const history of histories) tally.add(history);
  return tally.result();
}

export function createRfmTally(now: number): HistoryTally<RfmSummary> {
  const customers: Customer[] = [];
  return {
    add(history) {
      const stage = history.account.stage;
      if (stage !== 'won' && stage !== 'renewal') return;
      const wonAt = firstWonAt(history) ?? history.account.capturedAt;
      const lastAt = history.lastTouchAt ?? wonAt;
      customers.push({ history, wonAt, recencyDays: Math.max(0, Math.floor((now - lastAt) / DAY_MS)) });
    },
    result: () => summarise(customers, now),
  };
}

interface Customer {
  history: AccountHistory;
  wonAt: number;
  recencyDays: number;
}

function summarise(customers: readonly Customer[], now: number): RfmSummary {
  const fRanks = percentileRanks(customers.map((c) => c.history.touchesLastYear));
  const mRanks = percentileRanks(customers.map((c) => c.history.account.annualRevenue ?? 0));
  const values = customers.map((_, i) => (fRanks[i]! + mRanks[i]!) / 2);
  const sortedValues = [...values].sort((a, b) => b - a);
  const vipCut = sortedValues[Math.max(0, Math.ceil(customers.length * RFM_THRESHOLDS.vipShare) - 1)] ?? Number.POSITIVE_INFINITY;
  const medianValue = sortedValues[Math.floor((sortedValues.length - 1) / 2)] ?? 0;
  const counts = Object.fromEntries(RFM_SEGMENTS.map((s) => [s, 0])) as Record<RfmSegment, number>;
  const signalCounts = Object.fromEntries(CHURN_SIGNALS.map((s) => [s, 0])) as Record<ChurnSignal, number>;
  const rows: Array<RfmRow & { value: number }> = customers.map(({ history, wonAt, recencyDays }, i) => {
    const value = values[i]!;
    const silent = recencyDays > RFM_THRESHOLDS.sleepingAfterDays;
    const segment: RfmSegment =
      now - wonAt <= RFM_THRESHOLDS.newWithinDays * DAY_MS ? 'new'
      : recencyDays > RFM_THRESHOLDS.churnedAfterDays || (silent && value < medianValue) ? 'churned'
      : silent ? 'sleeping'
      : value >= vipCut ? 'vip'
      : 'active';
    const signals = signalsOf(history, recencyDays, wonAt, now);
    counts[segment] += 1;
    for (const signal of signals) signalCounts[signal] += 1;
    const urgent = signals.find((signal) => signal === 'moreComplaints' || signal === 'contractEnding' || signal === 'fallingFrequency');
    return {
      accountId: history.account.id,
      name: history.account.name,
      segment,
      recencyDays,
      frequency: history.touchesLastYear,
      monetary: history.account.annualRevenue ?? null,
      signals,
      nextAction: urgent ?? segment,
      value,
    };
  });
  // Ties end in account id order, whatever order the histories came in.
  rows.sort((a, b) => b.signals.length - a.signals.length || b.value - a.value || a.name.localeCompare(b.name) || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  return { customers: customers.length, counts, signalCounts, rows: rows.slice(0, RFM_ROW_LIMIT).map(({ value: _value, ...row }) => row) };
}
