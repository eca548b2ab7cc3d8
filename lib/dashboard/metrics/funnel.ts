import { FUNNEL_STAGES, STAGES, type Stage } from '../../model/stage';
import { inPeriod, type Period } from '../period';
import type { FunnelMetrics } from './aggregates';
import { funnelRank } from './accountHistory';
import type { HistoryTally } from './historyTally';

/**
 * Funnel metrics, exact definitions (issue 8):
 * - entered[X]: accounts with at least one entry into X inside the period, each counted once.
 *   Capture is the entry into the stage the account started in (usually lead).
 * - current[X]: accounts in X now, whatever the period.
 * - conversion X → Y (consecutive funnel stages): of the accounts counted in entered[X], the share
 *   that later (at any time up to now) entered Y or any stage past Y, after their first entry into
 *   X in the period. "Or past Y" keeps an imported account that starts at won from breaking the chain.
 * - average time in stage X: over every stay in X that began in the period, the time until the
 *   next stage entry; a stay still open (the current stage) counts up to now.
 */
export function createFunnelTally(period: Period, now: number): HistoryTally<FunnelMetrics> {
  const index = new Map<Stage, number>(STAGES.map((stage, i) => [stage, i]));
  const entered = new Array<number>(STAGES.length).fill(0);
  const current = new Array<number>(STAGES.length).fill(0);
  const stays = new Array<number>(STAGES.length).fill(0);
  const stayMs = new Array<number>(STAGES.length).fill(0);
  const cohort = new Array<number>(FUNNEL_STAGES.length).fill(0);
  const reached = new Array<number>(FUNNEL_STAGES.length).fill(0);
  const seen = new Array<boolean>(STAGES.length);
  return {
    add(history) {
      const { entries } = history;
      current[index.get(history.account.stage)!]! += 1;
      // laterRank[i]: the furthest funnel stage entered after entry i.
      const laterRank = new Array<number>(entries.length).fill(-1);
      for (let i = entries.length - 2; i >= 0; i--) laterRank[i] = Math.max(laterRank[i + 1]!, funnelRank(entries[i + 1]!.stage) ?? -1);
      seen.fill(false);
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        if (!inPeriod(entry.at, period)) continue;
        const s = index.get(entry.stage)!;
        stays[s]! += 1;
        stayMs[s]! += Math.max(0, (entries[i + 1]?.at ?? Math.max(now, entry.at)) - entry.at);
        if (seen[s]) continue;
        seen[s] = true;
        entered[s]! += 1;
        const rank = funnelRank(entry.stage);
        if (rank === undefined || rank === FUNNEL_STAGES.length - 1) continue;
        cohort[rank]! += 1;
        if (laterRank[i]! >= rank + 1) reached[rank]! += 1;
      }
    },
    result: () => ({
      stages: STAGES.map((stage, s) => ({
        stage,
        entered: entered[s]!,
        current: current[s]!,
        stays: stays[s]!,
        avgTimeInStageMs: stays[s]! > 0 ? stayMs[s]! / stays[s]! : null,
      })),
      conversions: FUNNEL_STAGES.slice(0, -1).map((from, rank) => ({
        from,
        to: FUNNEL_STAGES[rank + 1]!,
        entered: cohort[rank]!,
        reached: reached[rank]!,
        rate: ratio(reached[rank]!, cohort[rank]!),
      })),
    }),
  };
}

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
