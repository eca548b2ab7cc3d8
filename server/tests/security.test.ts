import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../lib/sync/protocol.ts';
import { loggerOptions } from '../src/app.ts';
import { parseTrustedProxies } from '../src/config.ts';
import { revokeToken } from '../src/auth.ts';
import type { Db } from '../src/db/types.ts';
import { account, addRep, auth, clientFor, createRep, del, openMigratedDb, put, testApp, type Rep, type TestDb } from './testDatabase.ts';

/** Issue #9 item 4: authentication, team scoping, limits, injection, and error bodies, on PostgreSQL. */

/** Nothing in an error body may look like a stack, a framework or the database. */
function expectNoInternals(body: string): void {
  expect(() => ErrorBody.parse(JSON.parse(body))).not.toThrow();
  expect(body).not.toMatch(/\bat .+:\d+:\d+|node_modules|SyntaxError|Unexpected token|FST_|select |insert |update |relation |postgres|pg_|stack/i);
}

describe('server security (PostgreSQL)', () => {
  let test: TestDb;
  let app: FastifyInstance;
  let teamA: Rep;
  let teamB: Rep;

  beforeAll(async () => {
    test = await openMigratedDb('pg');
    app = await testApp(test.db);
    teamA = await createRep(test.db, 'Team A');
    teamB = await createRep(test.db, 'Team B');
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
  });

  describe('authentication', () => {
    const routes = [
      { method: 'GET' as const, url: '/v1/me' },
      { method: 'GET' as const, url: '/v1/pull' },
      { method: 'POST' as const, url: '/v1/push', payload: { clientId: 'c', mutations: [] } },
    ];
    const badHeaders: Array<[string, Record<string, string>]> = [
      ['no header', {}],
      ['empty bearer', { authorization: 'Bearer ' }],
      ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
      ['malformed token', { authorization: 'Bearer not-a-token' }],
      ['unknown well-formed token', { authorization: `Bearer lk_${'A'.repeat(43)}` }],
      ['token without scheme', { authorization: `lk_${'A'.repeat(43)}` }],
    ];
    for (const route of routes) {
      it.each(badHeaders)(`${route.method} ${route.url}: 401 with %s`, async (_label, headers) => {
        const response = await app.inject({ ...route, headers });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
        expectNoInternals(response.body);
      });
    }

    it('refuses a revoked token on the very next request', async () => {
      const rep = await addRep(test.db, teamA.teamId, 'Soon gone');
      expect((await app.inject({ method: 'GET', url: '/v1/me', headers: auth(rep.token) })).statusCode).toBe(200);
      expect(await revokeToken(test.db, rep.tokenId)).toBe(true);
      for (const url of ['/v1/me', '/v1/pull']) {
        expect((await app.inject({ method: 'GET', url, headers: auth(rep.token) })).statusCode).toBe(401);
      }
      const push = await app.inject({ method: 'POST', url: '/v1/push', headers: auth(rep.token), payload: { clientId: 'c', mutations: [put(randomUUID(), 0)] } });
      expect(push.statusCode).toBe(401);
      // Revoking one token leaves the user's other tokens and the team alone.
      expect((await app.inject({ method: 'GET', url: '/v1/me', headers: auth(teamA.token) })).statusCode).toBe(200);
    });

    it('revokes by the secret too, and only once', async () => {
      const rep = await addRep(test.db, teamA.teamId);
      expect(await revokeToken(test.db, rep.token)).toBe(true);
      expect(await revokeToken(test.db, rep.token)).toBe(false);
      expect((await app.inject({ method: 'GET', url: '/v1/me', headers: auth(rep.token) })).statusCode).toBe(401);
    });

    it('stores only hashes of tokens', async () => {
      const { rows } = await test.db.query<{ token_hash: string }>('SELECT token_hash FROM tokens');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
        expect([teamA.token, teamB.token]).not.toContain(row.token_hash);
      }
    });
  });

  describe('team scoping', () => {
    it('a token of team A never reads team B records', async () => {
      const b = clientFor(app, teamB.token);
      const secretId = randomUUID();
      await b.push([put(secretId, 0, account(secretId, { name: 'B only' }))]);
      const a = clientFor(app, teamA.token);
      const seen = await a.pullAll();
      expect(seen.map((change) => change.entityId)).not.toContain(secretId);
      expect(JSON.stringify(seen)).not.toContain('B only');
      expect((await b.pullAll()).map((change) => change.entityId)).toContain(secretId);
    });

    it("team A's writes to an id team B uses touch only A's own record, answered as for an id the server never had", async () => {
      const b = clientFor(app, teamB.token);
      const id = randomUUID();
      await b.push([put(id, 0, account(id, { name: 'original' }))]);
      const a = clientFor(app, (await createRep(test.db, 'Team A2')).token);
      const unknown = randomUUID();
      // Records are keyed by team: B's id is unknown to A, and every answer says exactly that.
      const probes = (target: string) => [put(target, 1, account(target, { name: 'hijack' })), del(target, 1), del(target, 0)];
      const taken = (await a.push(probes(id))).results;
      const fresh = (await a.push(probes(unknown))).results;
      const anonymous = (results: unknown[], target: string) => results.map((result) => JSON.parse(JSON.stringify({ ...(result as object), id: 'm' }).replaceAll(target, 'ID')));
      expect(anonymous(taken, id)).toEqual(anonymous(fresh, unknown));
      expect(taken.map((result) => result.status)).toEqual(['conflict', 'conflict', 'applied']);
      expect(taken[0]).toMatchObject({ server: { entity: 'account', entityId: id, version: 0, data: null, deleted: false } });
      expect(taken[2]).toMatchObject({ version: 0 });
      const [staleTaken, deleteTaken] = taken;
      // A's put at version 0 creates A's own record under that id; B's stays as it was.
      expect((await a.push([put(id, 0, account(id, { name: 'mine' }))])).results[0]).toMatchObject({ status: 'applied', version: 1 });
      expect((await b.pullAll()).find((item) => item.entityId === id)).toMatchObject({ version: 1, deleted: false, data: { name: 'original' } });
      expect((await a.pullAll()).find((item) => item.entityId === id)).toMatchObject({ version: 1, data: { name: 'mine' } });
      for (const result of [staleTaken, deleteTaken]) expect(JSON.stringify(result)).not.toContain('original');
    });

    it('a cursor of team A is refused for team B', async () => {
      const a = clientFor(app, teamA.token);
      await a.push([put(randomUUID(), 0)]);
      const { cursor } = await a.pull();
      const response = await app.inject({ method: 'GET', url: `/v1/pull?cursor=${cursor}`, headers: auth(teamB.token) });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('bad_cursor');
    });

    it('idempotency keys do not cross teams', async () => {
      const mutationA = put(randomUUID(), 0);
      const sharedClient = 'same-client-id';
      expect((await clientFor(app, teamA.token, sharedClient).push([mutationA])).results[0]!.status).toBe('applied');
      // Same client id and mutation id from team B: B's own new mutation, not A's duplicate.
      const mutationB = { ...put(randomUUID(), 0), id: mutationA.id };
      expect((await clientFor(app, teamB.token, sharedClient).push([mutationB])).results[0]!.status).toBe('applied');
    });

    it('/v1/me answers with the token owner only', async () => {
      const response = await app.inject({ method: 'GET', url: '/v1/me', headers: auth(teamB.token) });
      expect(response.json()).toMatchObject({ team: { id: teamB.teamId, name: 'Team B' }, user: { id: teamB.userId } });
    });
  });

  describe('limits', () => {
    it('answers 413 for a body over the limit, before parsing it', async () => {
      const filler = 'x'.repeat(2 * 1024 * 1024);
      const response = await app.inject({
        method: 'POST',
        url: '/v1/push',
        headers: { ...auth(teamA.token), 'content-type': 'application/json' },
        payload: `{"clientId":"c","mutations":[],"pad":"${filler}"}`,
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe('payload_too_large');
      expectNoInternals(response.body);
    });

    it('honours a configured smaller limit', async () => {
      const small = await testApp(test.db, { bodyLimit: 1_000 });
      const payload = { clientId: 'c', mutations: [put(randomUUID(), 0, account('x', { description: 'y'.repeat(1_500) }))] };
      const response = await small.inject({ method: 'POST', url: '/v1/push', headers: auth(teamA.token), payload });
      expect(response.statusCode).toBe(413);
      await small.close();
    });

    it('answers 429 with Retry-After past the per-token limit, and counts tokens separately', async () => {
      const limited = await testApp(test.db, { rateLimit: { max: 3, windowMs: 60_000 } });
      const me = (token: string) => limited.inject({ method: 'GET', url: '/v1/me', headers: auth(token) });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await me(teamA.token)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const throttled = await me(teamA.token);
      expect(throttled.json().error.code).toBe('rate_limited');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect((await me(teamB.token)).statusCode).toBe(200);
      await limited.close();
    });

    it('caps failed authentications per address without locking out a valid token from that address', async () => {
      const guarded = await testApp(test.db, { authFailureLimit: 2 });
      const office = await addRep(test.db, teamA.teamId, 'Office');
      const me = (token: string) => guarded.inject({ method: 'GET', url: '/v1/me', headers: auth(token) });
      // The office's user works, then a guesser behind the same NAT runs over the limit.
      expect((await me(office.token)).statusCode).toBe(200);
      const guess = () => me(`${'lk_'}${'B'.repeat(43)}`);
      expect([(await guess()).statusCode, (await guess()).statusCode, (await guess()).statusCode]).toEqual([401, 401, 429]);
      const refused = await guess();
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBeDefined();
      // The valid user from that address still gets in; a revoked token does not.
      expect((await me(office.token)).statusCode).toBe(200);
      await revokeToken(test.db, office.token);
      expect((await me(office.token)).statusCode).toBe(429);
      // A token never seen lately waits out the window: without a lookup it is just another guess.
      const colleague = await addRep(test.db, teamA.teamId, 'Colleague');
      expect((await me(colleague.token)).statusCode).toBe(429);
      await guarded.close();
    });

    it('believes X-Forwarded-For only from the configured proxy addresses', async () => {
      const guarded = await testApp(test.db, { authFailureLimit: 1, trustProxy: ['10.0.0.0/8'] });
      const guess = (remoteAddress: string, forwarded: string) =>
        guarded.inject({ method: 'GET', url: '/v1/me', remoteAddress, headers: { authorization: `Bearer lk_${'C'.repeat(43)}`, 'x-forwarded-for': forwarded } });
      // A client that writes its own header is still counted by its own address: no dodging.
      const direct = [];
      for (let i = 0; i < 3; i += 1) direct.push((await guess('203.0.113.7', `198.51.100.${i}`)).statusCode);
      expect(direct).toEqual([401, 429, 429]);
      // Through the proxy, each client is counted by the address the proxy saw: one guesser
      // does not block the others behind the same proxy.
      expect([(await guess('10.1.2.3', '198.51.100.20')).statusCode, (await guess('10.1.2.3', '198.51.100.20')).statusCode]).toEqual([401, 429]);
      expect((await guess('10.1.2.3', '198.51.100.21')).statusCode).toBe(401);
      await guarded.close();
    });

    it('reads TRUST_PROXY as a list of addresses and CIDRs, and refuses `true`', () => {
      expect(parseTrustedProxies(undefined)).toEqual([]);
      expect(parseTrustedProxies('10.0.0.0/8, 127.0.0.1,::1,fd00::/8')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
      for (const bad of ['true', '1', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/9']) expect(() => parseTrustedProxies(bad)).toThrow(/TRUST_PROXY/);
    });

    it('opens a new window after the old one ends', async () => {
      const limited = await testApp(test.db, { rateLimit: { max: 1, windowMs: 300 } });
      const me = () => limited.inject({ method: 'GET', url: '/v1/me', headers: auth(teamA.token) });
      expect([(await me()).statusCode, (await me()).statusCode]).toEqual([200, 429]);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await me()).statusCode).toBe(200);
      await limited.close();
    });
  });

  describe('malformed requests', () => {
    const post = (payload: string, contentType = 'application/json') =>
      app.inject({ method: 'POST', url: '/v1/push', headers: { ...auth(teamA.token), 'content-type': contentType }, payload });

    it.each([
      ['broken JSON', '{"clientId": "c", "mutations": [', 400],
      ['trailing garbage', '{"clientId":"c","mutations":[]} trailing', 400],
      ['prototype pollution', '{"clientId":"c","mutations":[],"__proto__":{"admin":true}}', 400],
      ['an array', '[]', 400],
      ['a string', '"push"', 400],
      ['null', 'null', 400],
      ['empty body', '', 400],
    ])('answers 400 without internals for %s', async (_label, payload, status) => {
      const response = await post(payload);
      expect(response.statusCode).toBe(status);
      expect(response.json().error.code).toBe('bad_request');
      expectNoInternals(response.body);
    });

    it.each(['application/x-www-form-urlencoded', 'text/plain', 'text/plain; charset=utf-8'])('answers 415 for a %s body', async (type) => {
      const response = await post('{"clientId":"c","mutations":[]}', type);
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe('unsupported_media_type');
      expectNoInternals(response.body);
    });

    it('answers 404 in the error shape for unknown routes and methods', async () => {
      for (const request of [
        { method: 'GET' as const, url: '/v1/nothing' },
        { method: 'DELETE' as const, url: '/v1/push' },
        { method: 'GET' as const, url: '/v1/push' },
      ]) {
        const response = await app.inject({ ...request, headers: auth(teamA.token) });
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('not_found');
      }
    });

    it('answers 500 without the database error when the database fails', async () => {
      const failing: Db = {
        ...test.db,
        transaction: async () => {
          throw new Error('relation "records" does not exist: INSERT INTO records (entity) VALUES ($1)');
        },
      };
      const broken = await testApp(failing);
      const response = await broken.inject({ method: 'POST', url: '/v1/push', headers: auth(teamA.token), payload: { clientId: 'c', mutations: [put('z', 0)] } });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
      expectNoInternals(response.body);
      await broken.close();
    });

    it('refuses text PostgreSQL cannot store as a client error, not a 500', async () => {
      const client = clientFor(app, teamA.token);
      const nulInName = await client.push([put('nul-1', 0, account('nul-1', { name: 'a\u0000b' }))]);
      expect(nulInName.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_data', message: expect.stringMatching(/^name: /) });
      const surrogate = await client.push([put('sur-1', 0, account('sur-1', { name: 'a\ud800b' }))]);
      expect(surrogate.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_data' });
      const badId = await app.inject({ method: 'POST', url: '/v1/push', headers: auth(teamA.token), payload: { clientId: 'c\u0000', mutations: [] } });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().error.message).toMatch(/^clientId: /);
    });

    it('refuses hostile nesting without a 500', async () => {
      const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
      const client = clientFor(app, teamA.token);
      const nested = await client.push([put('deep-1', 0, account('deep-1', { extra: JSON.parse(deep(100)) }))]);
      expect(nested.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_data', message: expect.stringMatching(/nested too deeply/) });
      for (const payload of [
        `{"clientId":"c","mutations":[],"pad":${deep(200_000)}}`,
        `{"clientId":"c","mutations":[{"__proto__":${deep(100_000)}}]}`,
      ]) {
        const response = await app.inject({ method: 'POST', url: '/v1/push', headers: { ...auth(teamA.token), 'content-type': 'application/json' }, payload });
        // Extra keys are ignored (200) or the parser refuses the body (400); never a crash.
        expect([200, 400]).toContain(response.statusCode);
        if (response.statusCode === 400) expectNoInternals(response.body);
      }
    });
  });

  describe('SQL injection through every parameter is inert', () => {
    const INJECTIONS = [
      "' OR '1'='1",
      "'; DROP TABLE records; --",
      '"; DELETE FROM teams; --',
      "1); UPDATE tokens SET revoked_at = NULL; --",
      "' UNION SELECT token_hash FROM tokens --",
      '$1',
      "'||pg_sleep(5)||'",
      '\\x27; TRUNCATE users; --',
    ];

    async function counts(): Promise<Record<string, number>> {
      const result: Record<string, number> = {};
      for (const table of ['teams', 'users', 'tokens', 'records', 'applied_mutations']) {
        const { rows } = await test.db.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`);
        result[table] = Number(rows[0]!.n);
      }
      return result;
    }

    it('in the pull cursor and limit: 400, nothing else', async () => {
      const before = await counts();
      for (const value of INJECTIONS) {
        const cursor = await app.inject({ method: 'GET', url: `/v1/pull?cursor=${encodeURIComponent(value)}`, headers: auth(teamA.token) });
        expect(cursor.statusCode).toBe(400);
        expect(cursor.json().error.code).toBe('bad_cursor');
        const limit = await app.inject({ method: 'GET', url: `/v1/pull?limit=${encodeURIComponent(value)}`, headers: auth(teamA.token) });
        expect(limit.statusCode).toBe(400);
        expectNoInternals(limit.body);
      }
      expect(await counts()).toEqual(before);
    });

    it('in the Authorization header: 401', async () => {
      for (const value of INJECTIONS) {
        const response = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${value}` } });
        expect(response.statusCode).toBe(401);
      }
    });

    it('in client ids, mutation ids, entity ids and record data: stored verbatim as data', async () => {
      const rep = await createRep(test.db);
      const before = await counts();
      for (const value of INJECTIONS) {
        const client = clientFor(app, rep.token, value);
        const entityId = `${value}-${randomUUID().slice(0, 8)}`;
        const mutation = { ...put(entityId, 0, account(entityId, { name: value, description: value, tags: [value] })), id: value };
        expect((await client.push([mutation])).results[0]).toMatchObject({ status: 'applied', version: 1 });
        expect((await client.push([mutation])).results[0]).toMatchObject({ status: 'duplicate' });
      }
      const changes = await clientFor(app, rep.token).pullAll();
      expect(changes).toHaveLength(INJECTIONS.length);
      for (const [index, change] of changes.entries()) {
        expect(change.entityId.startsWith(INJECTIONS[index]!)).toBe(true);
        expect(change.data).toMatchObject({ name: INJECTIONS[index], description: INJECTIONS[index], tags: [INJECTIONS[index]] });
      }
      const after = await counts();
      expect(after).toEqual({ ...before, records: before.records! + INJECTIONS.length, applied_mutations: before.applied_mutations! + INJECTIONS.length });
      // Every token still works as before: nothing was un-revoked or dropped.
      expect((await app.inject({ method: 'GET', url: '/v1/me', headers: auth(teamA.token) })).statusCode).toBe(200);
    });

    it('in team and user names given to the CLI functions', async () => {
      const rep = await createRep(test.db, "Robert'); DROP TABLE teams; --");
      const response = await app.inject({ method: 'GET', url: '/v1/me', headers: auth(rep.token) });
      expect(response.json().team.name).toBe("Robert'); DROP TABLE teams; --");
    });
  });

  describe('CORS', () => {
    let corsApp: FastifyInstance;
    const allowed = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    beforeAll(async () => {
      corsApp = await testApp(test.db, { allowedOrigins: [allowed] });
    });
    afterAll(async () => corsApp?.close());

    const preflight = (origin: string) =>
      corsApp.inject({
        method: 'OPTIONS',
        url: '/v1/push',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });

    it('allows the configured extension origin, preflight and request', async () => {
      const response = await preflight(allowed);
      expect(response.statusCode).toBeLessThan(300);
      expect(response.headers['access-control-allow-origin']).toBe(allowed);
      expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
      const me = await corsApp.inject({ method: 'GET', url: '/v1/me', headers: { ...auth(teamA.token), origin: allowed } });
      expect(me.headers['access-control-allow-origin']).toBe(allowed);
      // Errors carry it too, so the extension can read why.
      const denied = await corsApp.inject({ method: 'GET', url: '/v1/me', headers: { origin: allowed } });
      expect(denied.statusCode).toBe(401);
      expect(denied.headers['access-control-allow-origin']).toBe(allowed);
    });

    it.each([
      'https://evil.example',
      'null',
      `${allowed}.evil.com`,
      'chrome-extension://otherextensionidotherextensionid',
      allowed.toUpperCase(),
      `${allowed}:443`,
      'http://127.0.0.1:8787',
    ])('gives no CORS headers to %s', async (origin) => {
      const response = await preflight(origin);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      const me = await corsApp.inject({ method: 'GET', url: '/v1/me', headers: { ...auth(teamA.token), origin } });
      expect(me.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('allows nothing when no origin is configured', async () => {
      const response = await app.inject({ method: 'OPTIONS', url: '/v1/push', headers: { origin: allowed, 'access-control-request-method': 'POST' } });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('logs', () => {
    it('are JSON and never contain the token or the Authorization header', async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk, _encoding, callback) {
          lines.push(...String(chunk).split('\n').filter(Boolean));
          callback();
        },
      });
      const logged = await testApp(test.db, { logger: { ...(loggerOptions('trace') as object), stream } });
      await logged.inject({ method: 'GET', url: '/v1/me', headers: auth(teamA.token) });
      await logged.inject({ method: 'POST', url: '/v1/push', headers: auth(teamA.token), payload: { clientId: 'c', mutations: [put(randomUUID(), 0)] } });
      await logged.inject({ method: 'GET', url: '/v1/pull', headers: { authorization: 'Bearer lk_wrongwrongwrongwrongwrongwrongwrongwrongwro' } });
      const failing = await testApp({ ...test.db, transaction: async () => Promise.reject(new Error('boom')) }, { logger: { ...(loggerOptions('trace') as object), stream } });
      await failing.inject({ method: 'POST', url: '/v1/push', headers: auth(teamA.token), payload: { clientId: 'c', mutations: [put(randomUUID(), 0)] } });
      await logged.close();
      await failing.close();
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      const all = lines.join('\n');
      expect(all).not.toContain(teamA.token);
      expect(all).not.toContain('lk_wrong');
      expect(all.toLowerCase()).not.toContain('authorization');
      expect(all).toContain('request failed');
    });
  });
});
