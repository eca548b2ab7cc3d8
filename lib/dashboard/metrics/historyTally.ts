import type { AccountHistory } from './accountHistory';

/**
 * One metric's share of the dashboard's single pass over the histories: it reads each history
 * once, as the pass reaches it, then gives its figures. One pass rather than one per metric: the
 * histories are 50k objects scattered in memory, and reading them seven times over cost more than
 * the arithmetic (computeDashboard.ts).
 */
export interface HistoryTally<R> {
  add(history: AccountHistory): void;
  result(): R;
}
