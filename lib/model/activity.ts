import { z } from 'zod';
import { EpochMs, Id, LongText, RecordMeta, ShortText } from './common';
import { StageChange } from './stageChange';

/** `assignment`: the lead assignment rules gave the account an owner (`result`: the owner, `content`: the rule's name). */
/**
 * `survey`: a customer's satisfaction answer (`survey` holds the scores, `content` the comment).
 * `complaint`: a customer complained (`content` says what about); the default playbook asks for a
 * response plan within 24 h.
 */
export const ACTIVITY_KINDS = ['capture', 'call', 'email', 'meeting', 'note', 'stage_change', 'assignment', 'survey', 'complaint'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** Net Promoter score, 0–10 ("how likely are you to recommend us"). */
export const NpsScore = z.number().int().min(0).max(10);
/** Customer satisfaction, 1–5. */
export const CsatScore = z.number().int().min(1).max(5);

/** A survey's scores: either may be skipped, not both (an empty survey measures nothing). */
export const SurveyScores = z
  .object({ nps: NpsScore.optional(), csat: CsatScore.optional() })
  .refine((scores) => scores.nps !== undefined || scores.csat !== undefined, { message: 'a survey needs an NPS or a CSAT score' });
export type SurveyScores = z.infer<typeof SurveyScores>;

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
  /** The scores of a `survey` activity. */
  survey: SurveyScores.optional(),
}).refine((activity) => activity.kind !== 'survey' || activity.survey !== undefined, {
  message: 'a survey activity needs its scores',
  path: ['survey'],
});
export type Activity = z.infer<typeof Activity>;
