import type { TaskPriority } from './playbook/schema';
import type { PipelineTask, TitleParams } from './pipelineTask';

/** A next action the playbook proposes; the caller stores it as a task. */
export interface TaskDraft {
  accountId: string;
  ruleId: string;
  triggerAt: number;
  title: { key: string; params?: TitleParams };
  dueAt: number;
  priority: TaskPriority;
}

export function taskFromDraft(draft: TaskDraft, fields: { id: string; now: number; assignee?: string }): PipelineTask {
  return {
    id: fields.id,
    createdAt: fields.now,
    updatedAt: fields.now,
    version: 0,
    accountId: draft.accountId,
    ruleId: draft.ruleId,
    triggerAt: draft.triggerAt,
    title: draft.title.key,
    ...(draft.title.params ? { titleParams: draft.title.params } : {}),
    dueAt: draft.dueAt,
    status: 'open',
    priority: draft.priority,
    ...(fields.assignee ? { assignee: fields.assignee } : {}),
  };
}
