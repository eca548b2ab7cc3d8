import type { ErrorBody, ErrorCode } from '../../lib/sync/protocol.ts';
import type { Principal } from './auth.ts';

/** A failure the client should see as-is: a 4xx with a code from the protocol and a plain message. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What a 503 for an unavailable database asks the client to wait (seconds). */
export const DB_RETRY_AFTER_S = 2;

export const unauthorized = () => new ApiError(401, 'unauthorized', 'A valid bearer token is required');
export const badCursor = () => new ApiError(400, 'bad_cursor', 'Unknown cursor: pull again without one');

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** The caller, in a route behind the auth hook. */
export function principalOf(request: { principal: Principal | null }): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}
