import type { z } from 'zod';
import { BackendUrl, type Mutation } from '../model';
import { ErrorBody, MeResponse, PROTOCOL_VERSION, PullResponse, PushResponse, type Cursor } from './protocol';
import { readBodyLimited } from './readBody';
import { SyncFailure, type SyncErrorCode } from './syncError';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface SyncClientOptions {
  backendUrl: string;
  token: string;
  fetch: FetchLike;
  timeoutMs?: number;
  /** Stops every request of this client (a sync run cancelled, a service worker going away). */
  signal?: AbortSignal;
}

/** An answer, with the server's clock from its `Date` header when it sent one. */
export interface Answer<T> {
  data: T;
  serverDate: number | null;
}

export interface SyncClient {
  me(): Promise<Answer<MeResponse>>;
  push(clientId: string, mutations: Mutation[]): Promise<Answer<PushResponse>>;
  pull(cursor: Cursor, limit: number): Promise<Answer<PullResponse>>;
}

/** scheme://host[:port] of an http(s) URL. */
export function backendOrigin(backendUrl: string): string {
  const url = new URL(backendUrl);
  return `${url.protocol}//${url.host}`;
}

const STATUS_CODES: Array<[(status: number) => boolean, SyncErrorCode]> = [
  [(s) => s === 401, 'unauthorized'],
  [(s) => s === 403, 'forbidden'],
  [(s) => s === 413, 'payloadTooLarge'],
  [(s) => s === 429, 'rateLimited'],
  [(s) => s >= 500, 'serverError'],
];

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 3_600) * 1_000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, Math.min(date - Date.now(), 3_600_000)) : undefined;
}

/**
 * The sync protocol over fetch. Every answer is checked before it is believed: a redirect (to
 * anywhere: a POST body must not follow it), a body over 5 MB, HTML or JSON of the wrong shape
 * each become a SyncFailure with a code the rep can read. The token goes in one header and
 * nowhere else; failures never carry it, the URL or the body.
 */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  return syncClientOver(createBackendRequest(options));
}

/** The sync protocol's three calls over one checked request function. */
export function syncClientOver(request: BackendRequest): SyncClient {
  return {
    async me() {
      const answer = await request('GET', '/v1/me', MeResponse);
      if (answer.data.protocolVersion !== PROTOCOL_VERSION) throw new SyncFailure('protocolMismatch', 200);
      return answer;
    },
    async push(clientId, mutations) {
      const answer = await request('POST', '/v1/push', PushResponse, { clientId, mutations });
      // One answer per mutation, in order: anything else cannot be matched up safely.
      const results = answer.data.results;
      if (results.length !== mutations.length || results.some((result, index) => result.id !== mutations[index]!.id)) {
        throw new SyncFailure('badResponse', 200);
      }
      return answer;
    },
    pull(cursor, limit) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request('GET', `/v1/pull?${query}`, PullResponse);
    },
  };
}

/** What an extension page's one-off backend call needs besides the connection itself. */
export interface PermittedRequestDeps {
  fetch: FetchLike;
  hasPermission(origin: string): Promise<boolean>;
  timeoutMs?: number;
}

/**
 * A request function for an extension page's one-off call (the connection test, the team's
 * members), made only when the URL obeys the saved setting's rule (https, or http on this machine)
 * and the rep granted its origin. Throws SyncFailure otherwise.
 */
export async function permittedRequest(connection: { backendUrl: string; token: string }, deps: PermittedRequestDeps): Promise<BackendRequest> {
  if (!BackendUrl.safeParse(connection.backendUrl).success) throw new SyncFailure('badRequest');
  if (!(await deps.hasPermission(backendOrigin(connection.backendUrl)))) throw new SyncFailure('noPermission');
  return createBackendRequest({ ...connection, fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? 15_000 });
}

export type BackendRequest = <T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown) => Promise<Answer<T>>;

/**
 * One request to the backend, with every check described above; shared by the sync client and the
 * other backend calls of extension pages (lib/sync/teamMembers.ts), so they fail the same way.
 */
export function createBackendRequest(options: SyncClientOptions): BackendRequest {
  const origin = backendOrigin(options.backendUrl);
  const root = options.backendUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function request<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<Answer<T>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let response: Response;
      try {
        response = await options.fetch(`${root}${path}`, {
          method,
          headers: {
            accept: 'application/json',
            authorization: `Bearer ${options.token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          redirect: 'manual',
          credentials: 'omit',
          cache: 'no-store',
          signal: controller.signal,
        });
      } catch {
        if (options.signal?.aborted) throw new SyncFailure('aborted');
        throw new SyncFailure(controller.signal.aborted ? 'timeout' : 'offline');
      }
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) throw new SyncFailure('redirected', response.status || undefined);
      if (response.url && backendOrigin(response.url) !== origin) throw new SyncFailure('redirected', response.status);
      const text = await readBodyLimited(response).catch((error: unknown) => {
        if (error instanceof SyncFailure) throw error;
        throw new SyncFailure(options.signal?.aborted ? 'aborted' : controller.signal.aborted ? 'timeout' : 'offline');
      });
      const json = parseJson(text);
      if (!response.ok) {
        const known = ErrorBody.safeParse(json);
        if (response.status === 400 && known.success && known.data.error.code === 'bad_cursor') throw new SyncFailure('badCursor', 400);
        const code = STATUS_CODES.find(([matches]) => matches(response.status))?.[1] ?? 'badRequest';
        throw new SyncFailure(code, response.status, retryAfterMs(response));
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new SyncFailure('badResponse', response.status);
      const date = Date.parse(response.headers.get('date') ?? '');
      return { data: parsed.data, serverDate: Number.isFinite(date) ? date : null };
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  return request;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
