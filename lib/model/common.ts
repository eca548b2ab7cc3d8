import { z } from 'zod';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from './emailPattern';

/** Bounds every free-text field: pages and imports are untrusted, storage must stay small. */
export const LIMITS = {
  shortText: 200,
  text: 2_000,
  longText: 20_000,
  url: 2_048,
  listItems: 50,
} as const;

export const Id = z.string().min(1).max(64);
/** Milliseconds since the epoch: sortable, indexable, and free of time-zone parsing. */
export const EpochMs = z.number().int().nonnegative();
export const ShortText = z.string().max(LIMITS.shortText);
export const Text = z.string().max(LIMITS.text);
export const LongText = z.string().max(LIMITS.longText);
export const HttpUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => /^https?:\/\//i.test(value), { message: 'must be an http(s) URL' });
/** Registrable domain, e.g. `example.co.uk` (see lib/match/domain.ts). */
export const Domain = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'must be a lower-case host name');
export const Email = z.string().max(EMAIL_MAX_LENGTH).regex(EMAIL_PATTERN, 'must be an email address');

/** Fields every synced record carries. `version` is the server's; 0 means never synced. */
export const RecordMeta = z.object({
  id: Id,
  createdAt: EpochMs,
  updatedAt: EpochMs,
  version: z.number().int().nonnegative().default(0),
});

export function newId(): string {
  return crypto.randomUUID();
}
