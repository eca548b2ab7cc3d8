import { z } from 'zod';
import { EpochMs, Id, ShortText, Text } from './common';
import { Stage } from './stage';

/** One entry of an account's stage history: who moved it, when, and why when it was not ready. */
export const StageChange = z.object({
  accountId: Id,
  from: Stage,
  to: Stage,
  at: EpochMs,
  by: ShortText,
  reason: Text.optional(),
  /** Exit-criteria ids still unmet at the move, so a manager can audit skipped steps. */
  unmetCriteria: z.array(z.string().max(64)).max(20),
});
export type StageChange = z.infer<typeof StageChange>;
