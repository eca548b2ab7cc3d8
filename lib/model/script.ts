import { z } from 'zod';
import { LongText, RecordMeta, ShortText } from './common';
import { Stage } from './stage';

export const SCRIPT_KINDS = ['objection', 'opener', 'follow_up', 'nurture', 'minutes'] as const;
export const ScriptKind = z.enum(SCRIPT_KINDS);
export type ScriptKind = z.infer<typeof ScriptKind>;

/** Common objections from shared/domain.md. */
export const OBJECTIONS = [
  'price_too_high',
  'delivery_too_long',
  'competitor_cheaper',
  'no_budget_or_timing',
  'ask_the_boss',
  'already_have_solution',
  'not_convinced_of_value',
] as const;
export const Objection = z.enum(OBJECTIONS);
export type Objection = z.infer<typeof Objection>;

export const ScriptLocale = z.enum(['en', 'zh_CN']);
export type ScriptLocale = z.infer<typeof ScriptLocale>;

export const Script = RecordMeta.extend({
  kind: ScriptKind,
  locale: ScriptLocale,
  title: ShortText.min(1),
  /** Plain text with `{{path}}` variables; never HTML. */
  body: LongText.min(1),
  objection: Objection.optional(),
  stages: z.array(Stage).max(9).default([]),
  industries: z.array(ShortText).max(20).default([]),
  /** Free keywords a manager adds so reps find the script by their own words (issue 6). */
  tags: z.array(ShortText).max(20).optional(),
  usedCount: z.number().int().nonnegative().default(0),
  workedCount: z.number().int().nonnegative().default(0),
  /**
   * Uses whose outcome the rep reported (worked or not). Absent on records written before
   * issue 6; then every use counts as rated. Keeps "used, didn't say" from counting as a failure.
   */
  ratedCount: z.number().int().nonnegative().optional(),
});
export type Script = z.infer<typeof Script>;
