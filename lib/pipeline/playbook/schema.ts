import { z } from 'zod';
import { findPlaybookContradictions } from './contradictions';
import { PlaybookRule } from './rule';

export { DueAfter, PlaybookRule, Trigger, type TaskPriority } from './rule';

export const Playbook = z
  .object({
    schemaVersion: z.literal(1),
    rules: z.array(PlaybookRule).max(200),
  })
  .superRefine((playbook, ctx) => {
    for (const problem of findPlaybookContradictions(playbook.rules)) {
      ctx.addIssue({ code: 'custom', path: ['rules', ...problem.path], message: problem.message });
    }
  });
export type Playbook = z.infer<typeof Playbook>;
