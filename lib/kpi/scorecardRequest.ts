import { z } from 'zod';
import { Period } from '../dashboard/period';
import { wallTimeAt } from '../time/zonedTime';
import { ForecastSettings } from '../deals/forecastSettings';
import { KpiSettings, periodKindOf } from './kpiSettings';
import { wonDealMeasures, type KpiDeal, type RepSatisfaction } from './measures';
import { computeScorecard, type ScoreRow } from './scorecard';
import type { CurrencyCode } from '../model';
import type { Unconverted } from '../deals/forecast';

/** More reps than any team the dashboard serves; a longer list is not a team's. */
export const MAX_SCORED_REPS = 5_000;

const Rate = z.number().min(0).max(1).nullable();

/**
 * The dashboard worker's scorecard request (lib/dashboard/worker/protocol.ts). The rep figures the
 * dashboard has just computed (lib/dashboard/metrics/reps.ts) come with it, so they are not
 * computed twice; the worker reads the deals itself.
 */
export const ScorecardRequest = z.object({
  id: z.number().int(),
  kind: z.literal('scorecard'),
  period: Period,
  timeZone: z.string().max(64),
  forecastSettings: ForecastSettings,
  kpiSettings: KpiSettings,
  reps: z.array(z.object({ rep: z.string().max(200), newCustomers: z.number().int().nonnegative(), leadConversion: Rate, process: Rate })).max(MAX_SCORED_REPS),
});
export type ScorecardRequest = z.infer<typeof ScorecardRequest>;

export interface Scorecard {
  baseCurrency: CurrencyCode;
  kind: 'month' | 'quarter';
  rows: ScoreRow[];
  /** Whether satisfaction was measured at all: without it every rep's weights are re-based. */
  satisfactionMeasured: boolean;
  unconverted: Unconverted;
}

const DAY_MS = 86_400_000;

/** The scorecard for a request: the period's instants become the manager's calendar days. */
export function scorecardFor(deals: Iterable<KpiDeal>, request: Omit<ScorecardRequest, 'id' | 'kind'>, satisfaction: ReadonlyMap<string, RepSatisfaction>): Scorecard {
  const { timeZone, period } = request;
  const days = { from: wallTimeAt(period.from, timeZone).date, to: wallTimeAt(period.to - 1, timeZone).date };
  const kind = periodKindOf(Math.round((period.to - period.from) / DAY_MS));
  const money = wonDealMeasures(deals, days, request.forecastSettings);
  const baseCurrency = request.forecastSettings.baseCurrency;
  const rows = computeScorecard({ baseCurrency, plan: request.kpiSettings[kind], deals: money.byRep, reps: request.reps, satisfaction });
  return { baseCurrency, kind, rows, satisfactionMeasured: satisfaction.size > 0, unconverted: money.unconverted };
}
