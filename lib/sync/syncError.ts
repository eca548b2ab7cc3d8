import { z } from 'zod';

/**
 * Why a sync did not complete, as the rep reads it (each has a `syncError_<code>` message). None
 * carries a URL, a header or a body: error texts end up in logs and in the side panel.
 */
export const SYNC_ERROR_CODES = [
  'offline',
  'timeout',
  'noPermission',
  'redirected',
  'badResponse',
  'tooLarge',
  'unauthorized',
  'forbidden',
  'rateLimited',
  'serverError',
  'badRequest',
  'badCursor',
  'payloadTooLarge',
  'protocolMismatch',
  'aborted',
  /** A fault on this side (storage, a bug): logged, retried like a server error. */
  'internal',
] as const;
export const SyncErrorCode = z.enum(SYNC_ERROR_CODES);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly httpStatus?: number,
    /** From `Retry-After` on a 429/503. */
    readonly retryAfterMs?: number,
  ) {
    super(httpStatus ? `sync failed: ${code} (HTTP ${httpStatus})` : `sync failed: ${code}`);
    this.name = 'SyncFailure';
  }
}

/** Worth trying again later on its own; the others need the rep (a new token, a permission). */
export function isTransient(code: SyncErrorCode): boolean {
  return !['unauthorized', 'forbidden', 'noPermission', 'redirected', 'protocolMismatch'].includes(code);
}
