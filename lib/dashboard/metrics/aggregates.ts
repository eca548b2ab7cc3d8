import type { Grade } from '../../model/grade';
import type { Stage } from '../../model/stage';
import type { Period } from '../period';
import type { RfmSummary } from '../rfm';

/**
 * What the dashboard shows, computed in one pass over the store (lib/dashboard/metrics/*).
 * Plain data only (numbers, strings, arrays): it crosses from the worker by structured clone.
 * Rates are 0…1 and null when nothing was counted; durations are milliseconds.
 */
export interface DashboardAggregates {
  period: Period;
  /** The instant "now" was when this was computed: open stays and pending deadlines read from it. */
  computedAt: number;
  /** The first-contact service level the figures were judged by (Settings.firstContactHours). */
  firstContactHours: number;
  totals: { accounts: number; activities: number; tasks: number };
  funnel: FunnelMetrics;
  leadToWon: LeadToWonMetrics;
  serviceLevels: ServiceLevelMetrics;
  grades: GradeRow[];
  outcomes: OutcomeMetrics;
  /** Per rep; empty unless the data names at least two reps. */
  reps: RepRow[];
  segments: RfmSummary;
  overdueTasks: number;
}

export interface FunnelStageRow {
  stage: Stage;
  /** Accounts that entered the stage in the period (once each). */
  entered: number;
  /** Accounts in the stage now, whatever the period. */
  current: number;
  /** Mean time in the stage of stays that began in the period (open stays count to now). */
  avgTimeInStageMs: number | null;
  stays: number;
}

export interface ConversionRow {
  from: Stage;
  to: Stage;
  entered: number;
  reached: number;
  rate: number | null;
}

export interface FunnelMetrics {
  /** The funnel stages in order, then the side states (entered/current only). */
  stages: FunnelStageRow[];
  /** Between every pair of consecutive funnel stages. */
  conversions: ConversionRow[];
}

export interface LeadToWonMetrics {
  /** Accounts captured in the period. */
  leads: number;
  /** Of those, the ones that reached won (or renewal) by now. */
  won: number;
  rate: number | null;
  /** Accounts first won in the period, and their capture-to-won time. */
  cycleCount: number;
  avgCycleMs: number | null;
  medianCycleMs: number | null;
}

export interface SlaResult {
  met: number;
  missed: number;
  /** Clock still running: neither met nor missed yet; not in the rate. */
  pending: number;
  rate: number | null;
}

export interface ServiceLevelMetrics {
  firstContact: SlaResult;
  entry: SlaResult;
  survey: SlaResult;
}

export interface GradeRow {
  grade: Grade;
  /** Accounts captured in the period with this grade now (no score counts as unscored). */
  count: number;
  reachedProspect: number;
  won: number;
  prospectRate: number | null;
  wonRate: number | null;
}

export interface ReasonRow {
  outcome: 'lost' | 'disqualified';
  reason: string;
  count: number;
}

export interface OutcomeMetrics {
  won: number;
  lost: number;
  disqualified: number;
  /** won / (won + lost): disqualified leads were never deals. */
  winRate: number | null;
  reasons: ReasonRow[];
}

export interface RepRow {
  /** '' for accounts no rep is named on. */
  rep: string;
  captured: number;
  won: number;
  leadToWonRate: number | null;
  firstContact: SlaResult;
  avgCycleMs: number | null;
  overdueTasks: number;
}
