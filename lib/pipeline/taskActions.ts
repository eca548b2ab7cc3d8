import type { Activity, ActivityKind } from '../model/activity';
import type { PipelineTask } from './pipelineTask';
import { isActiveTask } from './pipelineTask';

export type TaskActionResult =
  | { ok: true; task: PipelineTask }
  | { ok: false; error: 'notActive' | 'reasonRequired' | 'notInFuture' | 'assigneeRequired' };

/** Snoozing moves the deadline, so it must say why (the manager reads SLA slips). */
export function snoozeTask(task: PipelineTask, change: { until: number; reason: string; now: number }): TaskActionResult {
  if (!isActiveTask(task)) return { ok: false, error: 'notActive' };
  const reason = change.reason.trim().slice(0, 200);
  if (reason === '') return { ok: false, error: 'reasonRequired' };
  if (change.until <= change.now) return { ok: false, error: 'notInFuture' };
  return { ok: true, task: { ...task, status: 'snoozed', dueAt: change.until, snoozeReason: reason, updatedAt: change.now } };
}

export function reassignTask(task: PipelineTask, change: { assignee: string; now: number }): TaskActionResult {
  if (!isActiveTask(task)) return { ok: false, error: 'notActive' };
  const assignee = change.assignee.trim().slice(0, 200);
  if (assignee === '') return { ok: false, error: 'assigneeRequired' };
  return { ok: true, task: { ...task, assignee, updatedAt: change.now } };
}

/**
 * Completing a task also logs what was done, so the timeline is complete and the playbook sees
 * the activity (e.g. a first-contact call) that unlocks the next action.
 */
export function completeTask(
  task: PipelineTask,
  change: { now: number; actor: string; activityId: string; activityKind: ActivityKind; content?: string; result?: string },
): { ok: true; task: PipelineTask; activity: Activity } | { ok: false; error: 'notActive' } {
  if (!isActiveTask(task)) return { ok: false, error: 'notActive' };
  const activity: Activity = {
    id: change.activityId,
    createdAt: change.now,
    updatedAt: change.now,
    version: 0,
    accountId: task.accountId,
    kind: change.activityKind,
    at: change.now,
    content: (change.content ?? '').slice(0, 20_000),
    actor: change.actor.slice(0, 200),
    ...(change.result ? { result: change.result.slice(0, 200) } : {}),
  };
  return { ok: true, task: { ...task, status: 'done', completedAt: change.now, updatedAt: change.now }, activity };
}
