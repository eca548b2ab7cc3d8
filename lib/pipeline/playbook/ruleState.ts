import type { Activity } from '../../model/activity';
import { CONTACT_KINDS } from '../contactActivity';
import type { Account } from '../../model/account';
import type { PipelineTask } from '../pipelineTask';
import { stageEnteredAt } from '../stageHistory';
import type { Playbook, PlaybookRule } from './schema';

/** One account's facts, already narrowed to that account. */
export interface AccountFacts {
  account: Account;
  activities: readonly Activity[];
  tasks: readonly PipelineTask[];
  now: number;
  rulesById: ReadonlyMap<string, PlaybookRule>;
}

/** Narrows the caller's lists to one account, once per evaluation. */
export function factsFor(
  account: Account,
  context: { activities: readonly Activity[]; tasks: readonly PipelineTask[]; now: number; playbook: Playbook },
): AccountFacts {
  return {
    account,
    activities: context.activities.filter((activity) => activity.accountId === account.id),
    tasks: context.tasks.filter((task) => task.accountId === account.id),
    now: context.now,
    rulesById: new Map(context.playbook.rules.map((rule) => [rule.id, rule])),
  };
}

/** Chains are checked acyclic by the schema; this bound only guards hand-built playbooks. */
const MAX_CHAIN = 20;

/**
 * A task answers a trigger when it was made for it. Tasks stored before `triggerAt` existed
 * answer any trigger that happened before they were created.
 */
export function taskAnswersTrigger(task: PipelineTask, triggerAt: number): boolean {
  return task.triggerAt !== undefined ? task.triggerAt === triggerAt : task.createdAt >= triggerAt;
}

const happened = (facts: AccountFacts) => facts.activities.filter((activity) => activity.at <= facts.now);

/** When the clock of `rule` started for this account, or undefined if its event has not happened. */
export function triggerTime(rule: PlaybookRule, facts: AccountFacts, depth = 0): number | undefined {
  const { account, now } = facts;
  const { trigger } = rule;
  switch (trigger.kind) {
    case 'captured':
      return account.capturedAt;
    case 'stageEntered':
      return stageEnteredAt(happened(facts), account.id, trigger.stage);
    case 'checklistTicked': {
      const tick = account.checklist?.[trigger.item];
      return tick && tick.at <= now ? tick.at : undefined;
    }
    case 'activity': {
      const times = happened(facts)
        .filter((activity) => trigger.activityKinds.includes(activity.kind))
        .map((activity) => activity.at);
      return trigger.which === 'first' ? earliest(times) : latest(times);
    }
    case 'ruleDone': {
      const previous = facts.rulesById.get(trigger.ruleId);
      if (!previous || depth >= MAX_CHAIN) return undefined;
      const previousTrigger = triggerTime(previous, facts, depth + 1);
      return previousTrigger === undefined ? undefined : doneTime(previous, previousTrigger, facts);
    }
    case 'sinceLastContact': {
      const contacts = happened(facts).filter((activity) => CONTACT_KINDS.includes(activity.kind)).map((activity) => activity.at);
      // Completing the touch task restarts the clock even when no call or email was logged.
      const completions = facts.tasks
        .filter((task) => task.ruleId === rule.id && task.status === 'done' && task.completedAt !== undefined)
        .map((task) => task.completedAt ?? 0);
      const enteredStage = stageEnteredAt(happened(facts), account.id, account.stage);
      return latest([account.capturedAt, enteredStage ?? 0, ...contacts, ...completions]);
    }
  }
}

/**
 * When the action of `rule` for the trigger at `since` was done: the earliest of an activity of
 * its `doneBy` kinds after the trigger, its checklist
 * tick, or its task completed.
 */
export function doneTime(rule: PlaybookRule, since: number, facts: AccountFacts): number | undefined {
  const times: number[] = [];
  for (const activity of facts.activities) {
    // A meeting logged today for next week was booked today: done when recorded, if that is earlier.
    if (activity.at > since && rule.doneBy.activityKinds.includes(activity.kind)) times.push(Math.min(activity.at, activity.createdAt));
  }
  const tick = rule.doneBy.checklist ? facts.account.checklist?.[rule.doneBy.checklist] : undefined;
  if (tick && tick.at >= since) times.push(tick.at);
  for (const task of facts.tasks) {
    if (task.ruleId === rule.id && task.status === 'done' && taskAnswersTrigger(task, since)) {
      times.push(task.completedAt ?? task.updatedAt);
    }
  }
  return earliest(times);
}

// Loops, not Math.min(...list): a long timeline must not overflow the argument stack.
function earliest(times: readonly number[]): number | undefined {
  let result: number | undefined;
  for (const time of times) if (result === undefined || time < result) result = time;
  return result;
}

function latest(times: readonly number[]): number | undefined {
  let result: number | undefined;
  for (const time of times) if (result === undefined || time > result) result = time;
  return result;
}
