import { z } from 'zod';

/** A/B/C from shared/domain.md; `unscored` when too little is known to grade honestly. */
export const GRADES = ['A', 'B', 'C', 'unscored'] as const;
export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

/**
 * A label in both UI locales. Reasons keep both so a stored grade (and its history) reads
 * right after the rep switches language, and still says what the rule said when it fired.
 */
export const LocalizedLabel = z.strictObject({
  en: z.string().min(1).max(200),
  zh_CN: z.string().min(1).max(200),
});
export type LocalizedLabel = z.infer<typeof LocalizedLabel>;

/**
 * One line of a grade's explanation. `ruleId` names the rule (or `cap:<group>` for a group cap,
 * `lead:<problem>` for why a lead was not graded); the points of all reasons add up to the score.
 */
export const ScoreReason = z.object({
  ruleId: z.string().max(64),
  label: LocalizedLabel,
  points: z.number().finite(),
});
export type ScoreReason = z.infer<typeof ScoreReason>;

export const LeadScore = z.object({
  score: z.number().finite(),
  grade: Grade,
  /** Room for every rule of the largest rule set, its group caps and a lead problem. */
  reasons: z.array(ScoreReason).max(600),
  scoredAt: z.number().int().nonnegative(),
  ruleSetVersion: z.number().int().nonnegative(),
});
export type LeadScore = z.infer<typeof LeadScore>;
