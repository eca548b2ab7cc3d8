import { z } from 'zod';

/** The scorecard's parts, in the team plan's order (../shared/domain.md). */
export const KPI_PARTS = ['revenue', 'grossProfit', 'newCustomers', 'collections', 'leadConversion', 'satisfaction', 'process'] as const;
export type KpiPart = (typeof KPI_PARTS)[number];

export const PERIOD_KINDS = ['month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const Percent = z.number().int().min(0).max(100);

/** Whole percent per part; they must add up to 100 (the error names the sum). */
export const KpiWeights = z.object(Object.fromEntries(KPI_PARTS.map((part) => [part, Percent])) as Record<KpiPart, typeof Percent>).superRefine((weights, ctx) => {
  const sum = weightSum(weights);
  if (sum !== 100) ctx.addIssue({ code: 'custom', message: `the weights add up to ${sum}%, not 100%` });
});
export type KpiWeights = z.infer<typeof KpiWeights>;

export const weightSum = (weights: Record<KpiPart, number>): number => KPI_PARTS.reduce((sum, part) => sum + weights[part], 0);

/** Money in whole units of the forecast's base currency: a manager's target is not kept to the cent. */
const Money = z.number().int().min(1).max(1e11);

/**
 * What each part is measured against. Satisfaction uses the CSAT average against `csat` and, for a
 * rep with CSAT answers but none, NPS against `nps` (see measures.ts for why CSAT comes first).
 */
export const KpiTargets = z.object({
  revenue: Money,
  grossProfit: Money,
  newCustomers: z.number().int().min(1).max(100_000),
  collections: Money,
  /** Percent of the rep's captured leads won. */
  leadConversion: z.number().min(0.1).max(100),
  csat: z.number().min(1).max(5),
  nps: z.number().min(1).max(100),
  /** Percent of first contacts on time. */
  process: z.number().min(0.1).max(100),
});
export type KpiTargets = z.infer<typeof KpiTargets>;

export const KpiPlan = z.object({ weights: KpiWeights, targets: KpiTargets });
export type KpiPlan = z.infer<typeof KpiPlan>;

/** The team plan's weights (../shared/domain.md). */
export const DEFAULT_WEIGHTS: KpiWeights = { revenue: 20, grossProfit: 20, newCustomers: 15, collections: 15, leadConversion: 10, satisfaction: 10, process: 10 };

/**
 * Starting targets for a small team's rep, to be replaced by the manager's own (the form says so):
 * the plan names weights, not targets. A quarter's money and customer targets are three months'.
 */
const MONTH_TARGETS: KpiTargets = { revenue: 50_000, grossProfit: 15_000, newCustomers: 4, collections: 40_000, leadConversion: 20, csat: 4.5, nps: 30, process: 90 };
const QUARTER_TARGETS: KpiTargets = { ...MONTH_TARGETS, revenue: 150_000, grossProfit: 45_000, newCustomers: 12, collections: 120_000 };

export const KpiSettings = z.object({
  month: KpiPlan.default({ weights: DEFAULT_WEIGHTS, targets: MONTH_TARGETS }),
  quarter: KpiPlan.default({ weights: DEFAULT_WEIGHTS, targets: QUARTER_TARGETS }),
});
export type KpiSettings = z.infer<typeof KpiSettings>;

export const DEFAULT_KPI_SETTINGS: KpiSettings = KpiSettings.parse({});

/** What is stored, or the defaults when it does not pass (a hand-edited or older value). */
export function parseKpiSettings(stored: unknown): KpiSettings {
  const parsed = KpiSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_KPI_SETTINGS;
}

/** Longest period still judged against the month's plan; anything longer uses the quarter's. */
const MONTH_DAYS_AT_MOST = 45;

/** Which plan a dashboard period is judged by: a month-sized period the month's, longer the quarter's. */
export function periodKindOf(days: number): PeriodKind {
  return days <= MONTH_DAYS_AT_MOST ? 'month' : 'quarter';
}
