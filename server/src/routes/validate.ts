import type { z } from 'zod';
import { describeFirstIssue } from '../../../lib/sync/protocol.ts';
import { ApiError } from '../errors.ts';

/** Parses with a protocol schema, or answers 400 with the first issue's path and message. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, 'bad_request', describeFirstIssue(result.error));
  return result.data;
}
