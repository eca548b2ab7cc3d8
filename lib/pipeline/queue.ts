import type { Grade } from '../model/grade';
import type { Stage } from '../model/stage';
import { wallTimeAt } from '../time/zonedTime';
import type { Account } from '../model/account';
import { isActiveTask, type PipelineTask } from './pipelineTask';

export interface QueueFilter {
  stage?: Stage;
  grade?: Grade;
  now: number;
  /** The rep's zone: "due date" means the local day. Defaults to UTC. */
  timeZone?: string;
  /** Only tasks for this rep: assigned to them, or unassigned on accounts they own or nobody owns. */
  me?: string;
  /** Nurture tasks stay hidden until due within this window (default: one day). */
  nurtureLookaheadMs?: number;
  limit?: number;
}

export interface QueueItem {
  task: PipelineTask;
  account: Account;
}

const PRIORITY_RANK = { high: 2, normal: 1, low: 0 } as const;
const DAY_MS = 86_400_000;

function isMine(task: PipelineTask, account: Account, me: string | undefined): boolean {
  if (me === undefined) return true;
  if (task.assignee !== undefined) return task.assignee === me;
  return account.ownerId === undefined || account.ownerId === me;
}

/**
 * The rep's open actions: by local due day (overdue days first), then within a day by priority
 * (the rule's, then the account's follow-up score), then by exact time. Nurture accounts stay out
 * of the way until their next touch falls due, then resurface.
 */
export function myQueue(tasks: Iterable<PipelineTask>, accounts: Iterable<Account>, filter: QueueFilter): QueueItem[] {
  const accountsById = new Map<string, Account>();
  for (const account of accounts) accountsById.set(account.id, account);
  const lookahead = filter.nurtureLookaheadMs ?? DAY_MS;
  const timeZone = filter.timeZone ?? 'UTC';

  const items: Array<QueueItem & { day: string }> = [];
  for (const task of tasks) {
    const account = accountsById.get(task.accountId);
    if (!account || !isActiveTask(task) || !isMine(task, account, filter.me)) continue;
    if (filter.stage !== undefined && account.stage !== filter.stage) continue;
    if (filter.grade !== undefined && (account.score?.grade ?? 'unscored') !== filter.grade) continue;
    if (account.stage === 'nurture' && task.dueAt > filter.now + lookahead) continue;
    items.push({ task, account, day: wallTimeAt(task.dueAt, timeZone).date });
  }
  items.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      PRIORITY_RANK[b.task.priority ?? 'normal'] - PRIORITY_RANK[a.task.priority ?? 'normal'] ||
      (b.account.score?.score ?? 0) - (a.account.score?.score ?? 0) ||
      a.task.dueAt - b.task.dueAt ||
      a.task.id.localeCompare(b.task.id),
  );
  const ordered = items.map(({ task, account }) => ({ task, account }));
  return filter.limit === undefined ? ordered : ordered.slice(0, filter.limit);
}
