import { inPeriod, type Period } from '../period';
import type { LeadToWonMetrics } from './aggregates';
import { firstWonAt, reachedWon } from './accountMilestones';
import { ratio } from './funnel';
import type { HistoryTally } from './historyTally';

/**
 * Lead-to-won rate: of the accounts captured in the period, the share that has reached won (or
 * renewal) by now. Cycle time: for accounts whose first entry into won lies in the period, the time
 * from capture to that entry; mean and median (the median resists one year-long deal).
 */
export function createLeadToWonTally(period: Period): HistoryTally<LeadToWonMetrics> {
  let leads = 0;
  let won = 0;
  const cycles: number[] = [];
  return {
    add(history) {
      if (inPeriod(history.account.capturedAt, period)) {
        leads += 1;
        if (reachedWon(history)) won += 1;
      }
      const wonAt = firstWonAt(history);
      if (wonAt !== undefined && inPeriod(wonAt, period)) cycles.push(Math.max(0, wonAt - history.account.capturedAt));
    },
    result: () => ({ leads, won, rate: ratio(won, leads), cycleCount: cycles.length, avgCycleMs: mean(cycles), medianCycleMs: median(cycles) }),
  };
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
