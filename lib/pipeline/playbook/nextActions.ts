import type { Activity } from '../../model/activity';
import type { Grade } from '../../model/grade';
import type { WorkCalendar } from '../calendar/workCalendar';
import type { Account } from '../../model/account';
import { isActiveTask, type PipelineTask } from '../pipelineTask';
import type { TaskDraft } from '../taskDraft';
import { appliesTo } from './appliesTo';
import { deadlineAfter } from './deadline';
import { doneTime, factsFor, taskAnswersTrigger, triggerTime } from './ruleState';
import type { Playbook } from './schema';

export interface NextActionsContext {
  activities: readonly Activity[];
  tasks: readonly PipelineTask[];
  /** The scoring module's grade when present; else the grade stored on the account. */
  grade?: Grade;
  now: number;
  calendar: WorkCalendar;
  playbook: Playbook;
}

/**
 * The actions the playbook wants for this account now, in playbook order. Idempotent: a rule
 * with an open (or snoozed) task proposes nothing, nor does one whose task for this trigger was
 * done or cancelled, nor one already done by an activity. Logging the activity that completes
 * one action is what makes the next one appear, so calling this again after every write is safe.
 */
export function nextActionsFor(account: Account, context: NextActionsContext): TaskDraft[] {
  const facts = factsFor(account, context);
  const grade = context.grade ?? account.score?.grade ?? 'unscored';
  const drafts: TaskDraft[] = [];
  for (const rule of context.playbook.rules) {
    if (!rule.enabled || !appliesTo(rule, account, grade)) continue;
    const ownTasks = facts.tasks.filter((task) => task.ruleId === rule.id);
    if (ownTasks.some(isActiveTask)) continue;
    const triggerAt = triggerTime(rule, facts);
    if (triggerAt === undefined || triggerAt > context.now) continue;
    if (doneTime(rule, triggerAt, facts) !== undefined) continue;
    if (ownTasks.some((task) => task.status === 'cancelled' && taskAnswersTrigger(task, triggerAt))) continue;
    drafts.push({
      accountId: account.id,
      ruleId: rule.id,
      triggerAt,
      title: rule.title.params ? { key: rule.title.key, params: { ...rule.title.params } } : { key: rule.title.key },
      dueAt: deadlineAfter(triggerAt, rule.due, context.calendar),
      priority: rule.priority,
    });
  }
  return drafts;
}
