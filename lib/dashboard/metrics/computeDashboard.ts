import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { Task } from '../../model/task';
import { createRfmTally } from '../rfm';
import type { DashboardAggregates } from './aggregates';
import { indexAccountHistories, type AccountHistory } from './accountHistory';
import { createFunnelTally } from './funnel';
import { createGradeTally } from './grades';
import { createLeadToWonTally } from './leadToWon';
import { createOutcomeTally } from './outcomes';
import { createRepTally, isOverdue, type RepTask } from './reps';
import { createServiceLevelTally, type ServiceLevelContext } from './serviceLevels';

export interface DashboardData {
  accounts: readonly Account[];
  activities: readonly Activity[];
  tasks: readonly Task[];
}

export type DashboardContext = ServiceLevelContext;

/** What the metrics are computed from: the store's records indexed, or the digest (lib/dashboard/digest). */
export interface AggregateInputs {
  histories: readonly AccountHistory[];
  /** Tasks that can be overdue (open or snoozed); others may be left out. */
  tasks: readonly RepTask[];
  totals: DashboardAggregates['totals'];
}

/**
 * Every dashboard figure from the raw store: one pass over the activities builds the per-account
 * index (accountHistory.ts), then one pass over the accounts feeds every metric. No pairwise loops, so
 * 50k accounts and 500k activities stay well under a second (tests/bench/dashboard.ts). `index`
 * may be built beforehand, for the same data and `context.now`.
 */
export function computeDashboard(data: DashboardData, context: DashboardContext, index = indexAccountHistories(data.accounts, data.activities, context.now)): DashboardAggregates {
  return computeAggregates(
    { histories: [...index.values()], tasks: data.tasks, totals: { accounts: data.accounts.length, activities: data.activities.length, tasks: data.tasks.length } },
    context,
  );
}

/**
 * The figures from per-account histories: the same whether they come from the records or the digest.
 * Every metric reads each history in one pass (historyTally.ts), in the histories' order.
 */
export function computeAggregates(inputs: AggregateInputs, context: DashboardContext): DashboardAggregates {
  const { period, now } = context;
  const { histories, tasks } = inputs;
  const funnel = createFunnelTally(period, now);
  const leadToWon = createLeadToWonTally(period);
  const serviceLevels = createServiceLevelTally(context);
  const grades = createGradeTally(period);
  const outcomes = createOutcomeTally(period);
  const reps = createRepTally(histories, tasks, context);
  const segments = createRfmTally(now);
  for (const history of histories) {
    funnel.add(history);
    leadToWon.add(history);
    serviceLevels.add(history);
    grades.add(history);
    outcomes.add(history);
    reps.add(history);
    segments.add(history);
  }
  let overdueTasks = 0;
  for (const task of tasks) if (isOverdue(task, now)) overdueTasks += 1;
  return {
    period,
    computedAt: now,
    firstContactHours: context.firstContactHours,
    totals: inputs.totals,
    funnel: funnel.result(),
    leadToWon: leadToWon.result(),
    serviceLevels: serviceLevels.result(),
    grades: grades.result(),
    outcomes: outcomes.result(),
    reps: reps.result(),
    segments: segments.result(),
    overdueTasks,
  };
}
