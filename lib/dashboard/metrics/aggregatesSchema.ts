import { z } from 'zod';
import { Grade } from '../../model/grade';
import { Stage } from '../../model/stage';
import { Period } from '../period';
import { CHURN_SIGNALS, RFM_SEGMENTS } from '../rfm';
import type { DashboardAggregates } from './aggregates';

/**
 * DashboardAggregates as read back from IndexedDB (the figures kept for the next open:
 * lib/dashboard/digest/figuresCache.ts). Stored data is a boundary: an entry of an older shape or
 * a damaged one fails here and the figures are computed as if none were kept.
 */
const rate = z.number().nullable();
const count = z.number().int().nonnegative();
const Sla = z.object({ met: count, missed: count, pending: count, rate });
const Segment = z.enum(RFM_SEGMENTS);
const Signal = z.enum(CHURN_SIGNALS);

export const DashboardAggregatesSchema = z.object({
  period: Period,
  computedAt: z.number().int().nonnegative(),
  firstContactHours: z.number().int(),
  totals: z.object({ accounts: count, activities: count, tasks: count }),
  funnel: z.object({
    stages: z.array(z.object({ stage: Stage, entered: count, current: count, avgTimeInStageMs: z.number().nullable(), stays: count })).max(64),
    conversions: z.array(z.object({ from: Stage, to: Stage, entered: count, reached: count, rate })).max(64),
  }),
  leadToWon: z.object({ leads: count, won: count, rate, cycleCount: count, avgCycleMs: z.number().nullable(), medianCycleMs: z.number().nullable() }),
  serviceLevels: z.object({ firstContact: Sla, entry: Sla, survey: Sla }),
  grades: z.array(z.object({ grade: Grade, count, reachedProspect: count, won: count, prospectRate: rate, wonRate: rate })).max(16),
  outcomes: z.object({
    won: count,
    lost: count,
    disqualified: count,
    winRate: rate,
    reasons: z.array(z.object({ outcome: z.enum(['lost', 'disqualified']), reason: z.string(), count })).max(10_000),
  }),
  reps: z
    .array(z.object({ rep: z.string(), captured: count, won: count, leadToWonRate: rate, firstContact: Sla, avgCycleMs: z.number().nullable(), overdueTasks: count }))
    .max(10_000),
  segments: z.object({
    customers: count,
    counts: z.record(Segment, count),
    signalCounts: z.record(Signal, count),
    rows: z
      .array(
        z.object({
          accountId: z.string(),
          name: z.string(),
          segment: Segment,
          recencyDays: z.number(),
          frequency: z.number(),
          monetary: z.number().nullable(),
          signals: z.array(Signal).max(CHURN_SIGNALS.length),
          nextAction: z.union([Segment, Signal]),
        }),
      )
      .max(10_000),
  }),
  overdueTasks: count,
}) satisfies z.ZodType<DashboardAggregates>;
