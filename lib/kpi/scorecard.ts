import { minorDigits, type CurrencyCode } from '../model';
import { KPI_PARTS, type KpiPart, type KpiPlan } from './kpiSettings';
import type { DealMeasures, RepActivityMeasures, RepSatisfaction } from './measures';

/** Attainment above this does not add more: one part far over target should not hide the others. */
export const ATTAINMENT_CAP = 1.2;

export interface ScorePart {
  /** Money in minor units of the base currency, rates 0…1, CSAT 1…5 or NPS; null: no data. */
  measured: number | null;
  /** The target in the same unit as `measured`. */
  target: number;
  /** For satisfaction: which answer it was judged by. */
  basis?: 'csat' | 'nps';
  weight: number;
  /** measured / target, capped; null with no data. */
  attainment: number | null;
  /** Points toward the total (weight × attainment, re-based when a part had no data). */
  contribution: number | null;
}

export interface ScoreRow {
  rep: string;
  parts: Record<KpiPart, ScorePart>;
  /** 0…120; null when no part had data. */
  total: number | null;
  /** The weight (percent) of the parts that had data: below 100, the others were re-based onto it. */
  weightCounted: number;
}

export interface ScorecardInput {
  baseCurrency: CurrencyCode;
  plan: KpiPlan;
  deals: ReadonlyMap<string, DealMeasures>;
  reps: readonly RepActivityMeasures[];
  satisfaction: ReadonlyMap<string, RepSatisfaction>;
}

/**
 * Satisfaction is judged by the CSAT average against its target: every answer counts on a 1–5
 * scale, so a rep's handful of surveys gives a steady figure. NPS (promoters − detractors) swings
 * by 100 points on one answer among few and can be negative, so it is used only when a rep has
 * NPS answers and no CSAT.
 */
function satisfactionPart(value: RepSatisfaction | undefined, plan: KpiPlan): Pick<ScorePart, 'measured' | 'target' | 'basis'> {
  if (value?.csatAverage != null) return { measured: value.csatAverage, target: plan.targets.csat, basis: 'csat' };
  if (value?.nps != null) return { measured: value.nps, target: plan.targets.nps, basis: 'nps' };
  return { measured: null, target: plan.targets.csat };
}

/** One rep's score: each part's attainment is measured / target, capped at 120%, times its weight. */
export function scoreRep(rep: string, input: ScorecardInput, activity: RepActivityMeasures | undefined): ScoreRow {
  const { plan } = input;
  const unit = 10 ** minorDigits(input.baseCurrency);
  const money = input.deals.get(rep);
  const measured: Record<KpiPart, Pick<ScorePart, 'measured' | 'target' | 'basis'>> = {
    revenue: { measured: money?.revenue ?? 0, target: plan.targets.revenue * unit },
    grossProfit: { measured: money?.grossProfit ?? 0, target: plan.targets.grossProfit * unit },
    newCustomers: { measured: activity?.newCustomers ?? 0, target: plan.targets.newCustomers },
    collections: { measured: money?.collections ?? 0, target: plan.targets.collections * unit },
    leadConversion: { measured: activity?.leadConversion ?? null, target: plan.targets.leadConversion / 100 },
    satisfaction: satisfactionPart(input.satisfaction.get(rep), plan),
    process: { measured: activity?.process ?? null, target: plan.targets.process / 100 },
  };
  let weightCounted = 0;
  for (const part of KPI_PARTS) if (measured[part].measured !== null) weightCounted += plan.weights[part];
  const scale = weightCounted > 0 ? 100 / weightCounted : 0;
  const parts = {} as Record<KpiPart, ScorePart>;
  let total: number | null = null;
  for (const part of KPI_PARTS) {
    const { measured: value, target, basis } = measured[part];
    const weight = plan.weights[part];
    const attainment = value === null ? null : Math.min(ATTAINMENT_CAP, Math.max(0, value / target));
    const contribution = attainment === null ? null : weight * attainment * scale;
    if (contribution !== null && weightCounted > 0) total = (total ?? 0) + contribution;
    parts[part] = { measured: value, target, weight, attainment, contribution, ...(basis ? { basis } : {}) };
  }
  return { rep, parts, total, weightCounted };
}

/** Every rep named by a won deal or by the rep figures, best total first. */
export function computeScorecard(input: ScorecardInput): ScoreRow[] {
  const activity = new Map(input.reps.map((row) => [row.rep, row]));
  const reps = new Set<string>([...input.deals.keys(), ...activity.keys()]);
  reps.delete('');
  return [...reps].map((rep) => scoreRep(rep, input, activity.get(rep))).sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.rep.localeCompare(b.rep));
}
