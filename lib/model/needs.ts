import { z } from 'zod';
import { Id, ShortText, Text } from './common';

/** Customer needs form (shared/domain.md, "Needs record"). */
export const NeedKind = z.enum(['rigid', 'value_added']);
export const NeedPriority = z.enum(['must', 'expected', 'can_wait']);

export const Need = z.object({
  id: Id,
  description: Text,
  kind: NeedKind,
  priority: NeedPriority,
});
export type Need = z.infer<typeof Need>;

export const NeedsRecord = z.object({
  pains: z.array(Need).max(50).default([]),
  decisionProcess: Text.default(''),
  decisionMakers: z.array(ShortText).max(20).default([]),
  budget: ShortText.default(''),
  timeline: ShortText.default(''),
  currentSolution: Text.default(''),
  competitors: z.array(ShortText).max(20).default([]),
});
export type NeedsRecord = z.infer<typeof NeedsRecord>;
