import type { Account } from '../../model/account';
import type { Activity } from '../../model/activity';
import type { Task } from '../../model/task';
import { rfmSegments } from '../rfm';
import type { DashboardAggregates } from './aggregates';
import { indexAccountHistories } from './accountHistory';
import { funnelMetrics } from './funnel';
import { gradeMetrics } from './grades';
import { leadToWonMetrics } from './leadToWon';
import { outcomeMetrics } from './outcomes';
import { isOverdue, repMetrics } from './reps';
import { serviceLevelMetrics, type ServiceLevelContext } from './serviceLevels';

export interface DashboardData {
  accounts: readonly Account[];
  activities: readonly Activity[];
  tasks: readonly Task[];
}

export type DashboardContext = ServiceLevelContext;

/**
 * Every dashboard figure from the raw store: one pass over the activities builds the per-account
 * index (accountHistory.ts), then each metric is one pass over the accounts. No pairwise loops, so
 * 50k accounts and 500k activities stay well under a second (tests/bench/dashboard.ts). `index`
 * may be built beforehand, for the same data and `context.now` (the worker builds it while reading).
 */
export function computeDashboard(data: DashboardData, context: DashboardContext, index = indexAccountHistories(data.accounts, data.activities, context.now)): DashboardAggregates {
  const { period, now } = context;
  const histories = [...index.values()];
  const repOf = new Map<string, string>();
  for (const history of histories) repOf.set(history.account.id, history.rep);
  let overdueTasks = 0;
  for (const task of data.tasks) if (isOverdue(task, now)) overdueTasks += 1;
  return {
    period,
    computedAt: now,
    firstContactHours: context.firstContactHours,
    totals: { accounts: data.accounts.length, activities: data.activities.length, tasks: data.tasks.length },
    funnel: funnelMetrics(histories, period, now),
    leadToWon: leadToWonMetrics(histories, period),
    serviceLevels: serviceLevelMetrics(histories, context),
    grades: gradeMetrics(histories, period),
    outcomes: outcomeMetrics(histories, period),
    reps: repMetrics(histories, data.tasks, repOf, context),
    segments: rfmSegments(histories, now),
    overdueTasks,
  };
}
