import type { Account } from '../../model/account';
import { isActiveTask, type PipelineTask } from '../pipelineTask';
import { appliesTo } from './appliesTo';
import type { NextActionsContext } from './nextActions';
import { doneTime, factsFor, triggerTime } from './ruleState';

export type SettledReason = 'doneByActivity' | 'ruleNoLongerApplies';

/**
 * Open tasks the record has overtaken: the action was done without ticking the task (the meeting
 * got booked from the calendar), or the account left the rule's stages. Proposals only: the caller
 * closes them, so no task disappears without a write it can show. Tasks from no rule are never settled.
 */
export function settledTasksFor(
  account: Account,
  context: NextActionsContext,
): Array<{ task: PipelineTask; reason: SettledReason }> {
  const facts = factsFor(account, context);
  const grade = context.grade ?? account.score?.grade ?? 'unscored';
  const settled: Array<{ task: PipelineTask; reason: SettledReason }> = [];
  for (const task of facts.tasks) {
    const rule = task.ruleId === undefined ? undefined : facts.rulesById.get(task.ruleId);
    if (!rule || !isActiveTask(task)) continue;
    if (!appliesTo(rule, account, grade)) {
      settled.push({ task, reason: 'ruleNoLongerApplies' });
      continue;
    }
    const since = task.triggerAt ?? triggerTime(rule, facts);
    if (since !== undefined && doneTime(rule, since, facts) !== undefined) settled.push({ task, reason: 'doneByActivity' });
  }
  return settled;
}
