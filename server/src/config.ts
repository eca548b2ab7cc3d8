import { isIP } from 'node:net';
import { MAX_BODY_BYTES } from '../../lib/sync/protocol.ts';

/** Everything the server reads from the environment, in one place (server/README.md lists them). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Exact origins allowed by CORS, e.g. `chrome-extension://abcdef…`; nothing else gets CORS headers. */
  allowedOrigins: string[];
  rateLimit: { max: number; windowMs: number };
  authFailureLimit: number;
  bodyLimit: number;
  logLevel: string;
  /** Proxy addresses (IPs or CIDRs) whose X-Forwarded-For is believed. */
  trustProxy: string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: integer(env.PORT, 8787, 'PORT'),
    host: env.HOST?.trim() || '127.0.0.1',
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    rateLimit: {
      max: integer(env.RATE_LIMIT_MAX, 600, 'RATE_LIMIT_MAX'),
      windowMs: integer(env.RATE_LIMIT_WINDOW_MS, 60_000, 'RATE_LIMIT_WINDOW_MS'),
    },
    authFailureLimit: integer(env.AUTH_FAILURE_LIMIT, 60, 'AUTH_FAILURE_LIMIT'),
    bodyLimit: integer(env.BODY_LIMIT_BYTES, MAX_BODY_BYTES, 'BODY_LIMIT_BYTES'),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: parseTrustedProxies(env.TRUST_PROXY),
  };
}

export function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    // An origin is scheme://host[:port] with nothing after it; wildcards are refused on purpose.
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^/\s*]+$/i.test(origin)) throw new Error(`ALLOWED_ORIGINS: not an origin: ${origin}`);
  }
  return origins;
}

/**
 * `TRUST_PROXY`: comma-separated addresses or CIDRs of the reverse proxies in front of the server.
 * `true` is refused: it would believe an X-Forwarded-For any client writes, letting it dodge the
 * failed-login limit and lock out someone else's address.
 */
export function parseTrustedProxies(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return [];
  if (text === 'true' || text === '1') {
    throw new Error('TRUST_PROXY=true trusts any client\'s X-Forwarded-For; list the proxies instead, e.g. TRUST_PROXY=10.0.0.0/8 or 127.0.0.1');
  }
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !validBits || extra !== undefined) throw new Error(`TRUST_PROXY: not an address or CIDR: ${entry}`);
  }
  return entries;
}

export function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a non-negative integer`);
  return number;
}
