import { z } from 'zod';
import { EpochMs, Id, LongText, RecordMeta, ShortText } from './common';
import { StageChange } from './stageChange';

/** `assignment`: the lead assignment rules gave the account an owner (`result`: the owner, `content`: the rule's name). */
export const ACTIVITY_KINDS = ['capture', 'call', 'email', 'meeting', 'note', 'stage_change', 'assignment'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const Activity = RecordMeta.extend({
  accountId: Id,
  contactId: Id.optional(),
  kind: ActivityKind,
  /** When it happened, which may differ from when it was recorded. */
  at: EpochMs,
  content: LongText.default(''),
  result: ShortText.optional(),
  actor: ShortText.optional(),
  /** The full stage-history record on `stage_change` activities. */
  stageChange: StageChange.optional(),
});
export type Activity = z.infer<typeof Activity>;
