import { z } from 'zod';
import { EpochMs, Id, RecordMeta, ShortText, Text } from './common';

export const TaskPriority = z.enum(['high', 'normal', 'low']);
export type TaskPriority = z.infer<typeof TaskPriority>;

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
  /** The trigger event's time: with ruleId, what keeps the playbook from proposing it twice. */
  triggerAt: EpochMs.optional(),
  /** Values for the `{placeholders}` of the title when `title` is a locale key. */
  titleParams: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).optional(),
  priority: TaskPriority.optional(),
});
export type Task = z.infer<typeof Task>;
