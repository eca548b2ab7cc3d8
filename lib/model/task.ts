import { z } from 'zod';
import { EpochMs, Id, RecordMeta, ShortText, Text } from './common';

export const TaskStatus = z.enum(['open', 'done', 'snoozed', 'cancelled']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** A next action with a service-level deadline (shared/domain.md, "Service levels"). */
export const Task = RecordMeta.extend({
  accountId: Id,
  /** The playbook rule that created it, so it is not created twice. */
  ruleId: ShortText.optional(),
  title: ShortText.min(1),
  notes: Text.optional(),
  dueAt: EpochMs,
  status: TaskStatus,
  assignee: ShortText.optional(),
  snoozeReason: ShortText.optional(),
  completedAt: EpochMs.optional(),
});
export type Task = z.infer<typeof Task>;
