import { z } from 'zod';

/**
 * The manager's scoring rule set as stored data. Only the envelope lives here; the rule
 * grammar is owned by lib/scoring (issue #4) and validated there before it is compiled.
 */
export const RuleSetEnvelope = z.object({
  schemaVersion: z.literal(1),
  version: z.number().int().nonnegative(),
  name: z.string().max(200),
  updatedAt: z.number().int().nonnegative(),
  rules: z.array(z.unknown()).max(10_000),
});
export type RuleSetEnvelope = z.infer<typeof RuleSetEnvelope>;
