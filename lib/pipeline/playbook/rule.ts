import { z } from 'zod';
import { ActivityKind } from '../../model/activity';
import { Grade } from '../../model/grade';
import { Stage } from '../../model/stage';
import { ChecklistItem } from '../checklist';

/** One playbook rule, checked alone; what rules must not do together is in contradictions.ts. */
const RuleId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/, 'must be 1–64 letters, digits, _ or -, starting with a letter');
const MessageKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,79}$/, 'must be a locale message key');

/** How long after the trigger the action is due (see calendar/workingDays.ts for each unit). */
export const DueAfter = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('hours'), amount: z.number().positive().max(24 * 366) }),
  z.object({ unit: z.literal('days'), amount: z.number().int().min(0).max(366) }),
  z.object({ unit: z.literal('workingDays'), amount: z.number().int().min(0).max(260) }),
]);
export type DueAfter = z.infer<typeof DueAfter>;

/** The event whose time starts the clock. */
export const Trigger = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('captured') }),
  z.object({ kind: z.literal('stageEntered'), stage: Stage }),
  z.object({ kind: z.literal('checklistTicked'), item: ChecklistItem }),
  /** An activity that has happened (its time is not in the future). */
  z.object({
    kind: z.literal('activity'),
    activityKinds: z.array(ActivityKind).min(1).max(6),
    which: z.enum(['first', 'latest']),
  }),
  /** Another rule's action got done, by its activity or by completing its task: a chain. */
  z.object({ kind: z.literal('ruleDone'), ruleId: RuleId }),
  /**
   * Recurring: the last customer contact (or this rule's last completed task, or entering the
   * stage, or capture, whichever is latest). Each touch restarts the clock.
   */
  z.object({ kind: z.literal('sinceLastContact') }),
]);
export type Trigger = z.infer<typeof Trigger>;

export const PlaybookRule = z.object({
  id: RuleId,
  enabled: z.boolean().default(true),
  /** The accounts it applies to; a missing list means any. */
  when: z.object({
    stages: z.array(Stage).min(1).max(9),
    grades: z.array(Grade).min(1).max(4).optional(),
    /** Any of these tags (case-insensitive), e.g. `vip`. */
    tags: z.array(z.string().min(1).max(200)).min(1).max(20).optional(),
  }),
  trigger: Trigger,
  due: DueAfter,
  /** Besides completing its task, what shows the action was done after the trigger. */
  doneBy: z
    .object({
      activityKinds: z.array(ActivityKind).max(6).default([]),
      checklist: ChecklistItem.optional(),
    })
    .default({ activityKinds: [] }),
  title: z.object({
    key: MessageKey,
    params: z.record(z.string().regex(/^\w{1,40}$/), z.union([z.string().max(200), z.number().finite()])).optional(),
  }),
  priority: z.enum(['high', 'normal', 'low']).default('normal'),
});
export type PlaybookRule = z.infer<typeof PlaybookRule>;
export type TaskPriority = PlaybookRule['priority'];
