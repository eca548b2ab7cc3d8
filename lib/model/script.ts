import { z } from 'zod';
import { LongText, RecordMeta, ShortText } from './common';
import { Stage } from './stage';

export const SCRIPT_KINDS = ['objection', 'opener', 'follow_up', 'nurture', 'minutes'] as const;
export const ScriptKind = z.enum(SCRIPT_KINDS);

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
  usedCount: z.number().int().nonnegative().default(0),
  workedCount: z.number().int().nonnegative().default(0),
});
export type Script = z.infer<typeof Script>;
