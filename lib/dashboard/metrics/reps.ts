import type { Task } from '../../model/task';
import { inPeriod } from '../period';
import type { RepRow } from './aggregates';
import type { AccountHistory } from './accountHistory';
import { firstWonAt, reachedWon } from './accountMilestones';
import { ratio } from './funnel';
import { mean } from './leadToWon';
import type { HistoryTally } from './historyTally';
import { firstContactStatus, type ServiceLevelContext } from './serviceLevels';
import { SlaCounter } from './slaCounter';

interface RepTally {
  captured: number;
  won: number;
  capturedWon: number;
  firstContact: SlaCounter;
  cycles: number[];
  overdue: number;
}

/** What the rep figures read of a task. */
export type RepTask = Pick<Task, 'accountId' | 'dueAt' | 'status' | 'assignee'>;

/** Open (or snoozed) tasks whose deadline has passed. */
export const isOverdue = (task: RepTask, now: number): boolean => (task.status === 'open' || task.status === 'snoozed') && task.dueAt < now;

/**
 * Per rep, with the same definitions as the team figures: captured in the period, first won in the
 * period, lead-to-won rate of their captured cohort, first-contact compliance, mean cycle, overdue
 * tasks now (by assignee, else the account's rep). A rep is the account's owner, else whoever last
 * moved it, else who captured it (see accountHistory.ts). Empty unless at least two reps are named.
 */
export function createRepTally(histories: readonly AccountHistory[], tasks: readonly RepTask[], context: ServiceLevelContext): HistoryTally<RepRow[]> {
  const tallies = new Map<string, RepTally>();
  const tally = (rep: string): RepTally => {
    let found = tallies.get(rep);
    if (!found) tallies.set(rep, (found = { captured: 0, won: 0, capturedWon: 0, firstContact: new SlaCounter(), cycles: [], overdue: 0 }));
    return found;
  };
  return {
    add(history) {
      const row = tally(history.rep);
      if (inPeriod(history.account.capturedAt, context.period)) {
        row.captured += 1;
        if (reachedWon(history)) row.capturedWon += 1;
      }
      const wonAt = firstWonAt(history);
      if (wonAt !== undefined && inPeriod(wonAt, context.period)) {
        row.won += 1;
        row.cycles.push(Math.max(0, wonAt - history.account.capturedAt));
      }
      row.firstContact.add(firstContactStatus(history, context));
    },
    result() {
      // Account id → rep, built only when an overdue task names no assignee (a 50k-entry map costs ~20 ms).
      let repOf: Map<string, string> | undefined;
      const repOfAccount = (accountId: string): string | undefined => {
        if (!repOf) {
          repOf = new Map();
          for (const history of histories) repOf.set(history.account.id, history.rep);
        }
        return repOf.get(accountId);
      };
      for (const task of tasks) {
        if (isOverdue(task, context.now)) tally((task.assignee || repOfAccount(task.accountId) || '').trim()).overdue += 1;
      }
      if ([...tallies.keys()].filter((rep) => rep !== '').length < 2) return [];
      return [...tallies.entries()]
        .map(([rep, row]) => ({
          rep,
          captured: row.captured,
          won: row.won,
          leadToWonRate: ratio(row.capturedWon, row.captured),
          firstContact: row.firstContact.result(),
          avgCycleMs: mean(row.cycles),
          overdueTasks: row.overdue,
        }))
        .sort((a, b) => (a.rep === '' ? 1 : b.rep === '' ? -1 : b.won - a.won || a.rep.localeCompare(b.rep)));
    },
  };
}
