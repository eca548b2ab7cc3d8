import { z } from 'zod';

/** A/B/C from shared/domain.md; `unscored` when too little is known to grade honestly. */
export const GRADES = ['A', 'B', 'C', 'unscored'] as const;
export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

export const ScoreReason = z.object({
  ruleId: z.string().max(64),
  label: z.string().max(200),
  points: z.number().finite(),
});
export type ScoreReason = z.infer<typeof ScoreReason>;

export const LeadScore = z.object({
  score: z.number().finite(),
  grade: Grade,
  reasons: z.array(ScoreReason).max(200),
  scoredAt: z.number().int().nonnegative(),
  ruleSetVersion: z.number().int().nonnegative(),
});
export type LeadScore = z.infer<typeof LeadScore>;
