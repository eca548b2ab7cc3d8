import { inPeriod, type Period } from '../period';
import type { OutcomeMetrics, ReasonRow } from './aggregates';
import { ratio } from './funnel';
import type { HistoryTally } from './historyTally';

/** Longest reason kept as a group label; the rest of a long reason is detail, not category. */
const REASON_LABEL_MAX = 80;

/**
 * Win/loss: moves into won, lost and disqualified made in the period (a move, not a state: an
 * account lost twice counts twice). Win rate = won / (won + lost). Reasons group lost and
 * disqualified moves by their reason, compared case- and space-insensitively; the first spelling
 * seen (in account id order, then time) is shown. Moves without a reason (older data) group under ''.
 */
export function createOutcomeTally(period: Period): HistoryTally<OutcomeMetrics> {
  let won = 0;
  let lost = 0;
  let disqualified = 0;
  // `from`: the account the shown spelling is from. The lowest account id's wins, whatever order
  // the histories come in (the records are read in id order; the digest's pages are not).
  const reasons = new Map<string, ReasonRow & { from: string }>();
  return {
    add(history) {
      const accountId = history.account.id;
      for (const move of history.moves) {
        if (!inPeriod(move.at, period)) continue;
        if (move.to === 'won') won += 1;
        else if (move.to === 'lost' || move.to === 'disqualified') {
          if (move.to === 'lost') lost += 1;
          else disqualified += 1;
          const label = move.reason.replace(/\s+/g, ' ').slice(0, REASON_LABEL_MAX);
          const key = `${move.to}\u0000${label.toLowerCase()}`;
          const row = reasons.get(key);
          if (!row) reasons.set(key, { outcome: move.to, reason: label, count: 1, from: accountId });
          else {
            row.count += 1;
            if (accountId < row.from) {
              row.reason = label;
              row.from = accountId;
            }
          }
        }
      }
    },
    result() {
      const sorted = [...reasons.values()].map(({ from: _from, ...row }) => row).sort((a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome) || a.reason.localeCompare(b.reason));
      return { won, lost, disqualified, winRate: ratio(won, won + lost), reasons: sorted };
    },
  };
}
