import { z } from 'zod';

/** Pipeline stages from shared/domain.md, in funnel order, then the side states. */
export const FUNNEL_STAGES = ['lead', 'prospect', 'opportunity', 'negotiation', 'won', 'renewal'] as const;
export const SIDE_STAGES = ['nurture', 'lost', 'disqualified'] as const;
export const STAGES = [...FUNNEL_STAGES, ...SIDE_STAGES] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
