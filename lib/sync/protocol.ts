import { z } from 'zod';
import { EpochMs, Id, Mutation, ShortText, SyncedEntity } from '../model';

/**
 * The sync wire protocol (issue #7; shared/ARCHITECTURE.md, "The sync protocol"). The extension's
 * sync client and the reference server in `server/` parse the same schemas, and
 * `server/openapi.json` describes them for other backends. Plain zod, no browser or Node APIs.
 */

export const PROTOCOL_VERSION = 1;
/** Most mutations one push may carry; a client with more sends several batches. */
export const MAX_PUSH_BATCH = 500;
export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PULL_LIMIT = 1_000;
/** Largest request body the reference server accepts (bytes); beyond it answers 413. */
export const MAX_BODY_BYTES = 1_048_576;

/** A server record version: 0 means "the server has no copy", each accepted write adds one. */
export const Version = z.number().int().nonnegative();

// ---- POST /v1/push ----------------------------------------------------------------------------

export const PushRequest = z.object({
  /** One id per extension install, chosen by the client and kept; scopes mutation ids. */
  clientId: Id,
  mutations: z.array(Mutation).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** The server's current copy of a record, sent back with a conflict. */
export const ServerRecord = z.object({
  entity: SyncedEntity,
  entityId: Id,
  /** 0 with `data: null` and `deleted: false` when the server has no such record. */
  version: Version,
  data: z.record(z.string(), z.unknown()).nullable(),
  deleted: z.boolean(),
});
export type ServerRecord = z.infer<typeof ServerRecord>;

/**
 * Why a mutation was refused for good; the client should not retry it unchanged. `forbidden`: the
 * team's write rules do not allow it for the user's role (server/src/sync/writeRules.ts).
 */
export const REJECT_REASONS = ['invalid_data', 'id_mismatch', 'id_taken', 'forbidden'] as const;
export const RejectReason = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof RejectReason>;

export const PushResult = z.discriminatedUnion('status', [
  /** Written; `version` is the record's new server version. */
  z.object({ id: Id, status: z.literal('applied'), version: Version }),
  /** This (clientId, mutation id) was applied before; `version` is what it produced then. */
  z.object({ id: Id, status: z.literal('duplicate'), version: Version }),
  /** `baseVersion` was not the server's version: nothing written, here is the server's copy. */
  z.object({ id: Id, status: z.literal('conflict'), server: ServerRecord }),
  z.object({ id: Id, status: z.literal('rejected'), reason: RejectReason, message: z.string().max(500).optional() }),
]);
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z.object({
  /** One result per mutation, in request order. */
  results: z.array(PushResult),
});
export type PushResponse = z.infer<typeof PushResponse>;

// ---- GET /v1/pull -----------------------------------------------------------------------------

/**
 * Opaque to clients: store it and send it back. An empty or absent cursor means "from the
 * start". A cursor the server does not recognise answers 400 `bad_cursor`; start again without one.
 */
export const Cursor = z.string().max(200);
export type Cursor = z.infer<typeof Cursor>;

/** Query string: both optional; `limit` arrives as text and is coerced. */
export const PullQuery = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof PullQuery>;

export const Change = z.object({
  entity: SyncedEntity,
  entityId: Id,
  version: Version,
  /** The whole record, or null when `deleted`. */
  data: z.record(z.string(), z.unknown()).nullable(),
  deleted: z.boolean(),
  /** Resuming from this cursor returns what came after this change. */
  cursor: Cursor,
});
export type Change = z.infer<typeof Change>;

export const PullResponse = z.object({
  /** In server order; a record appears once, at its latest version. */
  changes: z.array(Change),
  /** Where to resume; equals the last change's cursor, or the request's when nothing changed. */
  cursor: Cursor,
  /** True when more changes wait: pull again at once with `cursor`. */
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponse>;

// ---- GET /v1/me -------------------------------------------------------------------------------

/** For "test connection": who the token belongs to, and the server's clock to spot skew. */
export const MeResponse = z.object({
  protocolVersion: z.number().int().positive(),
  team: z.object({ id: Id, name: ShortText }),
  /** `role`: the caller's role, where the backend says (the reference server does); others may not. */
  user: z.object({ id: Id, name: ShortText, role: z.enum(['manager', 'rep']).optional() }),
  serverTime: EpochMs,
});
export type MeResponse = z.infer<typeof MeResponse>;

// ---- Errors -----------------------------------------------------------------------------------

export const ERROR_CODES = [
  'bad_request',
  'bad_cursor',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  'unavailable',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Every non-2xx answer has this body; `message` is for people and never holds internals. */
export const ErrorBody = z.object({
  error: z.object({ code: ErrorCode, message: z.string().max(1_000) }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `path: message` of the first issue, the way the server reports a 400. */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
