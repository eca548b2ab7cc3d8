import { z } from 'zod';
import { Domain, Email, EpochMs, HttpUrl, LIMITS, RecordMeta, ShortText, Text } from './common';
import { Stage } from './stage';
import { LeadScore } from './grade';
import { NeedsRecord } from './needs';
import { StageChecklist } from './checklist';

export const PostalAddress = z.object({
  street: ShortText.optional(),
  locality: ShortText.optional(),
  region: ShortText.optional(),
  postalCode: z.string().max(20).optional(),
  country: ShortText.optional(),
  /** The address as one line, when the page gave no parts. */
  text: Text.optional(),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const Account = RecordMeta.extend({
  name: ShortText.min(1),
  /** Registrable domain: the identity used to find duplicates and match pages. */
  domain: Domain,
  website: HttpUrl.optional(),
  description: Text.optional(),
  stage: Stage,
  industry: ShortText.optional(),
  employees: z.number().int().nonnegative().optional(),
  annualRevenue: z.number().nonnegative().optional(),
  region: ShortText.optional(),
  tags: z.array(ShortText).max(LIMITS.listItems).default([]),
  phones: z.array(z.string().max(40)).max(LIMITS.listItems).default([]),
  emails: z.array(Email).max(LIMITS.listItems).default([]),
  address: PostalAddress.optional(),
  ownerId: ShortText.optional(),
  score: LeadScore.optional(),
  needs: NeedsRecord.optional(),
  /** Exit-criteria items the rep ticked, with when (lib/pipeline/exitCriteria.ts). */
  checklist: StageChecklist.optional(),
  /** Where and when the rep captured it. */
  capturedFrom: HttpUrl.optional(),
  capturedAt: EpochMs,
});
export type Account = z.infer<typeof Account>;
