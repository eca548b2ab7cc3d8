import { describe, expect, it } from 'vitest';
import { bearerSecret, hashToken, newTokenSecret } from '../src/auth.ts';
import { parseOrigins, readConfig } from '../src/config.ts';
import { createRateLimiter } from '../src/rateLimit.ts';
import { decodeCursor, encodeCursor } from '../src/sync/cursor.ts';

describe('cursor', () => {
  it('round-trips within a team and refuses other teams, versions and numbers', () => {
    expect(decodeCursor('t1', encodeCursor('t1', 42))).toBe(42);
    expect(decodeCursor('t1', encodeCursor('t1', 0))).toBe(0);
    expect(decodeCursor('t2', encodeCursor('t1', 42))).toBeNull();
    expect(decodeCursor('t1', Buffer.from('2:t1:5').toString('base64url'))).toBeNull();
    expect(decodeCursor('t1', Buffer.from('1:t1:05').toString('base64url'))).toBeNull();
    expect(decodeCursor('t1', Buffer.from('1:t1:1e3').toString('base64url'))).toBeNull();
    expect(decodeCursor('t1', Buffer.from('1:t1:9999999999999999').toString('base64url'))).toBeNull();
    expect(decodeCursor('t1', "1' OR '1'='1")).toBeNull();
    expect(decodeCursor('t1', '')).toBeNull();
  });
});

describe('tokens', () => {
  it('are 256-bit, prefixed, and stored as sha256 hex', () => {
    const secret = newTokenSecret();
    expect(secret).toMatch(/^lk_[A-Za-z0-9_-]{43}$/);
    expect(hashToken(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(newTokenSecret()).not.toBe(secret);
  });

  it('are read only from a well-formed Bearer header', () => {
    const secret = newTokenSecret();
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(undefined)).toBeNull();
    expect(bearerSecret(secret)).toBeNull();
    expect(bearerSecret(`Basic ${secret}`)).toBeNull();
    expect(bearerSecret(`Bearer ${secret} extra`)).toBeNull();
    expect(bearerSecret("Bearer lk_' OR 1=1 --")).toBeNull();
  });
});

describe('rate limiter', () => {
  it('counts per key in fixed windows', () => {
    const limiter = createRateLimiter({ max: 2, windowMs: 1_000 });
    expect([limiter.hit('a', 0), limiter.hit('a', 100), limiter.hit('a', 200)]).toEqual([0, 0, 1]);
    expect(limiter.hit('b', 200)).toBe(0);
    expect(limiter.hit('a', 1_000)).toBe(0);
  });

  it('tells whether a key is over the limit without counting', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1_000 });
    expect(limiter.blocked('a', 0)).toBe(0);
    limiter.hit('a', 0);
    expect(limiter.blocked('a', 10)).toBe(0);
    limiter.hit('a', 20);
    expect(limiter.blocked('a', 30)).toBe(1);
    expect(limiter.blocked('a', 1_000)).toBe(0);
  });

  it('is off with max 0', () => {
    const limiter = createRateLimiter({ max: 0, windowMs: 1_000 });
    for (let i = 0; i < 100; i++) expect(limiter.hit('a')).toBe(0);
  });
});

describe('config', () => {
  it('has safe defaults', () => {
    expect(readConfig({})).toMatchObject({ port: 8787, host: '127.0.0.1', allowedOrigins: [], bodyLimit: 1_048_576 });
  });

  it('takes exact origins and refuses wildcards and paths', () => {
    expect(parseOrigins(' chrome-extension://abc , moz-extension://0f1e-22 ')).toEqual(['chrome-extension://abc', 'moz-extension://0f1e-22']);
    expect(() => parseOrigins('*')).toThrow();
    expect(() => parseOrigins('chrome-extension://*')).toThrow();
    expect(() => parseOrigins('https://example.com/path')).toThrow();
  });

  it('refuses a non-numeric limit', () => {
    expect(() => readConfig({ RATE_LIMIT_MAX: 'lots' })).toThrow(/RATE_LIMIT_MAX/);
  });
});
