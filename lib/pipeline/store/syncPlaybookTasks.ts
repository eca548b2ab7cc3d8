import { commitChanges, type Change, type LeadKitDatabase } from '../../db';
import { getAccount } from '../../scoring/store/scoredAccounts';
import type { Account, Task } from '../../model';
import { nextActionsFor, type NextActionsContext } from '../playbook/nextActions';
import { settledTasksFor } from '../playbook/settledTasks';
import { taskFromDraft } from '../taskDraft';
import type { PipelineConfig } from './pipelineConfig';
import { playbookGrade } from './playbookGrade';
import { playbookTaskId } from './playbookTaskId';
import { listAccountActivities, listAccountTasks } from './taskQueries';

export interface PlaybookSyncResult {
  created: Task[];
  closed: Task[];
}

/**
 * Brings one account's tasks in line with the playbook: closes the open tasks the record has
 * overtaken (done by an activity → done; rule no longer applies → cancelled), then stores the
 * next actions the playbook proposes, all in one `commitChanges`. Idempotent: a second call
 * writes nothing. The side panel calls it after its own writes (instant feedback), the
 * background after any account change it hears of (capture); ids derived from the trigger make
 * the two converge on one task when they race.
 */
export async function syncPlaybookTasks(db: LeadKitDatabase, accountId: string, now: number, config: PipelineConfig, known?: Account | null): Promise<PlaybookSyncResult> {
  // `known`: the account as just read by a caller working through many (playbookBatch.ts).
  const account = known === undefined ? await getAccount(db, accountId) : known;
  if (!account) return { created: [], closed: [] };
  const [activities, tasks] = await Promise.all([listAccountActivities(db, accountId), listAccountTasks(db, accountId)]);
  const context: NextActionsContext = { activities, tasks, now, calendar: config.calendar, playbook: config.playbook, grade: playbookGrade(account) };

  const closed = settledTasksFor(account, context).map(({ task, reason }): Task =>
    reason === 'doneByActivity'
      ? { ...task, status: 'done', completedAt: now, updatedAt: now }
      : { ...task, status: 'cancelled', updatedAt: now },
  );
  const closedIds = new Set(closed.map((task) => task.id));
  const afterClosing = [...tasks.filter((task) => !closedIds.has(task.id)), ...closed];
  const knownIds = new Set(tasks.map((task) => task.id));
  const created = nextActionsFor(account, { ...context, tasks: afterClosing })
    .map((draft) => taskFromDraft(draft, { id: playbookTaskId(draft.accountId, draft.ruleId, draft.triggerAt), now }))
    .filter((task) => !knownIds.has(task.id));

  const changes: Change[] = [...closed, ...created].map((record) => ({ store: 'tasks', op: 'put', record }));
  await commitChanges(db, changes, now);
  return { created, closed };
}
