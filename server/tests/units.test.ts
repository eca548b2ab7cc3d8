import { describe, expect, it } from 'vitest';
import { bearerSecret, hashToken, newTokenSecret } from '../src/auth.ts';
import { parseOrigins, readConfig } from '../src/config.ts';
import { createRateLimiter } from '../src/rateLimit.ts';
import { decodeCursor, encodeCursor } from '../src/sync/cursor.ts';
import { findUnstorable, findUnstorableJson, MAX_DATA_DEPTH } from '../src/sync/text.ts';
import type { SyncedEntity } from '../../lib/model/index.ts';
import { MAX_COUNTER_STEP, parseRole, refusalFor, type Role, type Write } from '../src/sync/writeRules.ts';
import { DEFAULT_SCRIPTS } from '../../lib/scripts/defaultScripts.ts';

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

describe('unstorable data, judged from its JSON text', () => {
  const nest = (depth: number, leaf: unknown = 1): unknown => (depth === 0 ? leaf : depth % 2 ? [nest(depth - 1, leaf)] : { k: nest(depth - 1, leaf) });
  it('answers exactly as the walk for every kind of value', () => {
    const values: unknown[] = [
      { name: 'plain', tags: ['a', 'b'], n: 1.5, none: null },
      { name: 'nul \u0000 inside' },
      { ['key\u0000']: 1 },
      { name: 'lone \ud800 surrogate' },
      { name: 'lone low \udc00' },
      { name: 'pair 😀 is fine', other: '中文' },
      { name: 'a backslash then u0000: \\u0000 is text, not NUL' },
      { name: 'brackets in text [[[[{{{{' + '['.repeat(100) },
      { name: 'quote \" then [[[[' + '{'.repeat(100) },
      nest(MAX_DATA_DEPTH - 1),
      nest(MAX_DATA_DEPTH),
      nest(MAX_DATA_DEPTH + 1),
      nest(MAX_DATA_DEPTH + 5, 'deep \u0000'),
      { control: '\u0001\u001f tabs\t' },
    ];
    for (const value of values) expect(findUnstorableJson(value, JSON.stringify(value))).toBe(findUnstorable(value));
    expect(findUnstorableJson(values[1], JSON.stringify(values[1]))).toMatch(/name: text must not contain NUL/);
    expect(findUnstorableJson(values[11], JSON.stringify(values[11]))).toMatch(/nested too deeply/);
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

describe('write rules', () => {
  const write = (role: Role, entity: SyncedEntity, op: 'put' | 'delete', fields: Partial<Write> = {}): Write => ({
    role,
    user: { id: 'u-1', name: 'Ann' },
    entity,
    op,
    entityId: 'x-1',
    data: op === 'put' ? { id: 'x-1' } : null,
    server: null,
    basedOnCurrent: true,
    ...fields,
  });

  it('let reps and managers write and delete accounts, contacts, activities and tasks, and keep scripts to managers', () => {
    const allowed = (role: Role) =>
      (['account', 'contact', 'activity', 'task', 'script'] as const).flatMap((entity) =>
        (['put', 'delete'] as const).filter((op) => refusalFor(write(role, entity, op)) === null).map((op) => `${entity}.${op}`),
      );
    expect(allowed('rep')).toEqual(['account.put', 'account.delete', 'contact.put', 'contact.delete', 'activity.put', 'activity.delete', 'task.put', 'task.delete']);
    expect(allowed('manager')).toHaveLength(10);
    expect(refusalFor(write('rep', 'script', 'put'))).toMatch(/Only a manager/);
    expect(refusalFor(write('rep', 'script', 'delete', { entityId: 'default-x-en', server: { data: { id: 'default-x-en' } } }))).toMatch(/Only a manager may delete/);
  });

  it("let a rep seed a default script the server does not have, and bump an existing script's usage counters only", () => {
    const stored = { id: 's-1', createdAt: 1, updatedAt: 1, version: 3, kind: 'opener', locale: 'en', title: 'Hi', body: 'Hello', usedCount: 2, workedCount: 1 };
    const rep = (fields: Partial<Write>) => refusalFor(write('rep', 'script', 'put', fields));
    // Only a default the extension ships, with its shipped words.
    const shipped = { ...DEFAULT_SCRIPTS[0]! };
    expect(rep({ entityId: shipped.id, data: shipped })).toBeNull();
    expect(rep({ entityId: shipped.id, data: { ...shipped, usedCount: 1 } })).toBeNull();
    expect(rep({ entityId: shipped.id, data: { ...shipped, body: 'Other words' } })).toMatch(/Only a manager/);
    expect(rep({ entityId: 'default-intro-en', data: { ...shipped, id: 'default-intro-en' } })).toMatch(/Only a manager/);
    expect(rep({ entityId: 'my-intro-en' })).toMatch(/Only a manager/);
    // A tombstone is a copy: a deleted default is not brought back by a rep.
    expect(rep({ entityId: shipped.id, data: shipped, server: { data: null } })).toMatch(/Only a manager/);

    const bumped = { ...stored, updatedAt: 9, version: 3, usedCount: 3, workedCount: 2, ratedCount: 3 };
    expect(rep({ server: { data: stored }, data: bumped })).toBeNull();
    // Stored without the fields the schema defaults (stages, industries): the extension holds them as [].
    expect(rep({ server: { data: stored }, data: { ...bumped, stages: [], industries: [] } })).toBeNull();
    // Key order does not matter; any other field does, including ones this server does not know.
    expect(rep({ server: { data: Object.fromEntries(Object.entries(stored).reverse()) }, data: bumped })).toBeNull();
    for (const change of [{ title: 'Hey' }, { stages: ['lead'] }, { tags: ['x'] }, { createdAt: 2 }, { futureField: 1 }]) {
      expect(rep({ server: { data: stored }, data: { ...bumped, ...change } })).toMatch(/Only a manager/);
    }
    expect(rep({ server: { data: stored }, data: null })).toMatch(/Only a manager/);
    // Counters only rise, by bounded steps.
    for (const counters of [{ usedCount: 1 }, { workedCount: 1 + MAX_COUNTER_STEP + 1 }, { usedCount: Number.MAX_SAFE_INTEGER }, { ratedCount: -1 }]) {
      expect(rep({ server: { data: stored }, data: { ...bumped, ...counters } })).toMatch(/Only a manager/);
    }
    // Based on an older version: let through to the version check, which answers `conflict`.
    expect(rep({ server: { data: stored }, data: { ...bumped, title: 'Hey' }, basedOnCurrent: false })).toBeNull();
    expect(refusalFor(write('manager', 'script', 'put', { server: { data: stored }, data: { ...stored, title: 'Hey' } }))).toBeNull();
  });

  it('parse roles from operator input and refuse anything else', () => {
    expect(parseRole('manager')).toBe('manager');
    expect(parseRole(' Rep ')).toBe('rep');
    for (const bad of ['admin', '', 'managers']) expect(() => parseRole(bad)).toThrow(/role must be one of: rep, manager/);
  });
});

describe('write rules: an account keeps the first owner stored (issue #24 item 5)', () => {
  const write = (role: Role, sent: Record<string, unknown>, stored: Record<string, unknown> | null, basedOnCurrent = true): Write => ({
    role,
    user: { id: 'u-1', name: 'Ann' },
    entity: 'account',
    op: 'put',
    entityId: 'a-1',
    data: { id: 'a-1', ...sent },
    server: stored ? { data: { id: 'a-1', ...stored } } : null,
    basedOnCurrent,
  });

  it('lets a rep set the first owner, keep it, or hand on their own account', () => {
    expect(refusalFor(write('rep', { ownerId: 'Bo' }, null))).toBeNull();
    expect(refusalFor(write('rep', { ownerId: 'Bo' }, {}))).toBeNull();
    expect(refusalFor(write('rep', { ownerId: 'Bo', industry: 'Retail' }, { ownerId: 'Bo' }))).toBeNull();
    expect(refusalFor(write('rep', { ownerId: 'Bo' }, { ownerId: 'Ann' }))).toBeNull();
    expect(refusalFor(write('rep', { ownerId: 'Bo' }, { ownerId: 'u-1' }))).toBeNull();
  });

  it("refuses a rep replacing or clearing another rep's owner; a manager may", () => {
    expect(refusalFor(write('rep', { ownerId: 'Ann' }, { ownerId: 'Bo' }))).toMatch(/owner, once set/);
    expect(refusalFor(write('rep', {}, { ownerId: 'Bo' }))).toMatch(/owner, once set/);
    expect(refusalFor(write('manager', { ownerId: 'Ann' }, { ownerId: 'Bo' }))).toBeNull();
  });

  it('lets a put on an older version through, for the version check to answer `conflict`', () => {
    expect(refusalFor(write('rep', { ownerId: 'Ann' }, { ownerId: 'Bo' }, false))).toBeNull();
  });
});
