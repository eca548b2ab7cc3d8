import { z } from 'zod';
import { HttpUrl } from './common';

/** Where a drafted value came from, so the rep can judge it (issue #3 adds more sources). */
export const FieldSource = z.object({
  extractor: z.string().max(40),
  /** A short description of the element, e.g. `script[type=application/ld+json]`. */
  element: z.string().max(200).optional(),
});

export const DraftValue = z.object({
  value: z.string().max(2_000),
  confidence: z.number().min(0).max(1),
  source: FieldSource,
});
export type DraftValue = z.infer<typeof DraftValue>;

export const DRAFT_FIELDS = ['name', 'domain', 'website', 'description', 'email', 'phone', 'address', 'title'] as const;
export const DraftField = z.enum(DRAFT_FIELDS);
export type DraftField = z.infer<typeof DraftField>;

/**
 * What a page says about a lead: per field, candidate values best first. It crosses from the
 * page's world into ours, so it is parsed with this schema wherever it is received.
 */
export const LeadDraft = z.object({
  url: HttpUrl,
  pageTitle: z.string().max(500),
  capturedAt: z.number().int().nonnegative(),
  fields: z.partialRecord(DraftField, z.array(DraftValue).max(20)),
  /** Non-fatal problems, as message keys, e.g. `draftWarningBrokenJsonLd`. */
  warnings: z.array(z.string().max(80)).max(20).default([]),
});
export type LeadDraft = z.infer<typeof LeadDraft>;
