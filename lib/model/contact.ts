import { z } from 'zod';
import { Email, Id, RecordMeta, ShortText } from './common';

export const Contact = RecordMeta.extend({
  accountId: Id,
  name: ShortText.min(1),
  title: ShortText.optional(),
  /** Normalised (lower-case) so the email index finds it. */
  email: Email.optional(),
  /** E.164 where it could be parsed, otherwise as written. */
  phone: z.string().max(40).optional(),
  notes: ShortText.optional(),
});
export type Contact = z.infer<typeof Contact>;
