import type { Grade } from '../../model/grade';
import type { AccountHistory } from '../metrics/accountHistory';
import type { AggregateInputs } from '../metrics/computeDashboard';
import type { RepTask } from '../metrics/reps';
import type { PackedRow } from './digestPage';
import { cutWindows, historyBase, setGrade } from './historyFromRow';

/**
 * The histories of the digest's rows, built once per page of rows and kept while that page is:
 * the dashboard's worker builds a page's as soon as IndexedDB hands it over, in the time it would
 * otherwise wait for the next pages (the read is most of an open, and the worker is idle for much
 * of it). What moves with "now" and the grades are set at each request (cheap: no allocation).
 * A page whose rows a refresh rebuilt is a new array, so its histories are built again.
 */
export interface HistoryCache {
  /** Builds the histories of a page of rows now (the read calls this as each page arrives). */
  addPage(rows: readonly PackedRow[]): void;
  /** The inputs computeAggregates needs for `now`, from every page (pages not added are built here). */
  inputs(pages: readonly (readonly PackedRow[])[], grades: ReadonlyMap<string, Grade>, now: number): AggregateInputs;
}

interface BuiltPage {
  /** By row: null for the rows of an account that no longer exists. */
  bases: Array<AccountHistory | null>;
  tasks: RepTask[];
}

/** The open and snoozed tasks the rows keep (they do not move with "now"). */
function openTasksOf(rows: readonly PackedRow[]): RepTask[] {
  const tasks: RepTask[] = [];
  for (const [accountId, , , , open] of rows) {
    if (!open) continue;
    for (let at = 0; at < open.length; at += 2) {
      const dueAt = open[at] as number;
      const assignee = open[at + 1] as string | null;
      tasks.push(assignee === null ? { accountId, dueAt, status: 'open' } : { accountId, dueAt, status: 'open', assignee });
    }
  }
  return tasks;
}

export function createHistoryCache(): HistoryCache {
  // By page array: a page no longer read (replaced after a write) is dropped with it.
  const builtOf = new WeakMap<readonly PackedRow[], BuiltPage>();
  const build = (rows: readonly PackedRow[]) => {
    let built = builtOf.get(rows);
    if (!built) {
      built = { bases: rows.map((row) => (row[3] ? historyBase(row, row[3]) : null)), tasks: openTasksOf(rows) };
      builtOf.set(rows, built);
    }
    return built;
  };
  return {
    addPage: (rows) => void build(rows),
    inputs(pages, grades, now) {
      const histories: AccountHistory[] = [];
      const tasks: RepTask[] = [];
      const totals = { accounts: 0, activities: 0, tasks: 0 };
      for (const rows of pages) {
        const built = build(rows);
        for (const task of built.tasks) tasks.push(task);
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!;
          totals.activities += row[1];
          totals.tasks += row[2];
          const history = built.bases[i];
          if (!history) continue;
          totals.accounts += 1;
          setGrade(history, grades.get(row[0]));
          cutWindows(history, row, now);
          histories.push(history);
        }
      }
      return { histories, tasks, totals };
    },
  };
}
