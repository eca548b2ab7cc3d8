import { z } from 'zod';
import { BackendUrl, ShortText } from '../model';
import { SyncErrorCode } from './syncError';

/**
 * Schemas of the sync messages, listed in lib/messaging/protocol.ts. Both come from extension
 * pages only (options, side panel): the network calls, and so the token, stay in the background.
 */
export const SyncRunOutcome = z.object({
  outcome: z.enum(['synced', 'localOnly', 'failed', 'waiting', 'idle']),
  error: SyncErrorCode.optional(),
  pushed: z.number().int().nonnegative(),
  pulled: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
});
export type SyncRunOutcome = z.infer<typeof SyncRunOutcome>;

export const ConnectionTestResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    team: ShortText,
    user: ShortText,
    /** The token's role in the team, when the backend says: a rep's token cannot list or invite. */
    role: z.enum(['manager', 'rep']).optional(),
    /** Server clock minus ours, when far enough off to mention. */
    clockSkewMs: z.number().nullable(),
  }),
  z.object({ ok: z.literal(false), error: SyncErrorCode }),
]);
export type ConnectionTestResult = z.infer<typeof ConnectionTestResult>;

export const SYNC_MESSAGES = {
  /** "Sync now" (the rep) or "a change to push" (a page that just wrote). */
  'sync.now': {
    request: z.object({ trigger: z.enum(['manual', 'write']) }).strict(),
    response: SyncRunOutcome,
  },
  /** "Test connection" in the options page, with the URL and token as typed (maybe not saved yet). */
  'sync.test': {
    request: z.object({ backendUrl: BackendUrl, token: z.string().min(1).max(512) }).strict(),
    response: ConnectionTestResult,
  },
} as const;
