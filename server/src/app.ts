import cors from '@fastify/cors';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES, type ErrorCode } from '../../lib/sync/protocol.ts';
import { authenticateHash, bearerSecret, hashToken, type Principal } from './auth.ts';
import { isTransientDbError } from './db/errors.ts';
import type { Db } from './db/types.ts';
import { ApiError, DB_RETRY_AFTER_S, errorBody, unauthorized } from './errors.ts';
import { createRateLimiter, createRecentSet } from './rateLimit.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { memberRoutes } from './routes/members.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { pullRoutes } from './routes/pull.ts';
import { pushRoutes } from './routes/push.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every /v1 route that needs a token. */
    principal: Principal | null;
  }
}

export interface AppOptions {
  db: Db;
  allowedOrigins?: string[];
  rateLimit?: { max: number; windowMs: number };
  /** Failed authentications allowed per client address per rate-limit window (0: no limit). */
  authFailureLimit?: number;
  bodyLimit?: number;
  /** Fastify's pino logger options, or false (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Proxy addresses (IPs or CIDRs) whose X-Forwarded-For is believed; nobody else's. */
  trustProxy?: string[];
}

/** Tokens that authenticated lately, remembered (as hashes) so a throttled address still lets them in. */
const RECENT_TOKENS_MAX = 100_000;
const RECENT_TOKENS_TTL_MS = 24 * 60 * 60 * 1000;

/** Fastify's own 4xx errors, mapped to protocol codes with messages that reveal nothing inside. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'Request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'Content-Length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request', message: 'Request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad_request', message: 'Request body is not valid JSON' },
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Log settings that keep secrets out: no headers, no bodies, and a redaction net under that. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'], censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: req.url, ip: req.ip }),
    },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? MAX_BODY_BYTES,
    // Only the listed proxies: with `true`, any client could write its own X-Forwarded-For.
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? options.trustProxy : false,
    // Keeps routes exact: `/v1/pull/` is not `/v1/pull`.
    routerOptions: { ignoreTrailingSlash: false },
  });
  app.decorateRequest('principal', null);
  // JSON only: a text/plain body is refused as the wrong media type (415), like any other.
  app.removeContentTypeParser(['text/plain']);

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.statusCode).headers(error.headers).send(errorBody(error.code, error.message));
    }
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known) return reply.code(known.status).send(errorBody(known.code, known.message));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Any other client error: keep the status, never echo the framework's message.
      return reply.code(status).send(errorBody(STATUS_CODES[status] ?? 'bad_request', 'Bad request'));
    }
    if (isTransientDbError(error)) {
      // The database is away or busy (restart, failover, a timeout): nothing was acknowledged, so
      // the client retries the same request later; the pool reconnects by itself meanwhile.
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', String(DB_RETRY_AFTER_S)).send(errorBody('unavailable', 'Database unavailable; retry later'));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal', 'Internal server error'));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody('not_found', 'No such endpoint')));

  const allowed = new Set(options.allowedOrigins ?? []);
  await app.register(cors, {
    // Exact matches only: `chrome-extension://id.evil.com` is not `chrome-extension://id`.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });

  await app.register(healthRoutes, { db: options.db });
  await app.register(openApiRoutes);

  const rateLimit = options.rateLimit ?? { max: 600, windowMs: 60_000 };
  const limiter = createRateLimiter(rateLimit);
  // Guessing a 256-bit token is hopeless, but each guess costs a database lookup: cap failures per
  // address. Once an address is over, its unknown tokens are refused without a lookup; a token that
  // authenticated recently is still looked up (and so still works, unless revoked), so a valid user
  // behind the same office NAT as a guesser is not locked out.
  const failures = createRateLimiter({ max: options.authFailureLimit ?? 60, windowMs: rateLimit.windowMs });
  const recentlyValid = createRecentSet(RECENT_TOKENS_MAX, RECENT_TOKENS_TTL_MS);
  const throttled = (wait: number) => new ApiError(429, 'rate_limited', 'Too many requests; retry later', { 'retry-after': String(wait) });
  await app.register(async (api) => {
    // Before the body is read: an unauthenticated or throttled caller costs no parsing.
    api.addHook('onRequest', async (request) => {
      const secret = bearerSecret(request.headers.authorization);
      const hash = secret ? hashToken(secret) : null;
      const blocked = failures.blocked(request.ip);
      if (blocked > 0 && (hash === null || !recentlyValid.has(hash))) throw throttled(blocked);
      const principal = hash ? await authenticateHash(options.db, hash) : null;
      if (!principal) {
        const wait = failures.hit(request.ip);
        throw wait > 0 ? throttled(wait) : unauthorized();
      }
      recentlyValid.add(hash!);
      request.principal = principal;
      const wait = limiter.hit(principal.tokenId);
      if (wait > 0) throw throttled(wait);
    });
    await api.register(pushRoutes, { db: options.db });
    await api.register(pullRoutes, { db: options.db });
    await api.register(meRoutes);
    await api.register(memberRoutes, { db: options.db });
  });
  return app;
}

