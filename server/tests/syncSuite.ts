import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse, PushResponse } from '../../lib/sync/protocol.ts';
import { encodeCursor } from '../src/sync/cursor.ts';
import { PULL_BYTE_BUDGET } from '../src/sync/pull.ts';
import { applyPush, MAX_RECORD_BYTES } from '../src/sync/push.ts';
import { account, addRep, auth, clientFor, createRep, del, openMigratedDb, put, testApp, type DbKind, type Rep, type TestDb } from './testDatabase.ts';
import { proveCursorNeverSkips } from './support/cursorProof.ts';

/** The push/pull protocol, run once on real PostgreSQL and once on embedded PGlite. */
export function syncSuite(kind: DbKind): void {
  describe(`push and pull (${kind})`, () => {
    let test: TestDb;
    let app: FastifyInstance;
    let rep: Rep;

    beforeAll(async () => {
      test = await openMigratedDb(kind);
      app = await testApp(test.db);
      rep = await createRep(test.db);
    });
    afterAll(async () => {
      await app?.close();
      await test?.dispose();
    });

    /** Each test gets its own team so pulls see only its records. */
    async function freshClient(role: Rep['role'] = 'rep') {
      const own = await createRep(test.db, undefined, role);
      return { ...clientFor(app, own.token), token: own.token };
    }

    describe('push', () => {
      it('applies a new record at version 1 and an update at version 2, storing the server version', async () => {
        const client = await freshClient();
        const id = randomUUID();
        const first = await client.push([put(id, 0, account(id, { name: 'Acme' }))]);
        expect(PushResponse.parse(first).results).toEqual([{ id: expect.any(String), status: 'applied', version: 1 }]);
        const second = await client.push([put(id, 1, account(id, { name: 'Acme GmbH', version: 1 }))]);
        expect(second.results[0]).toMatchObject({ status: 'applied', version: 2 });
        const [change] = await client.pullAll();
        expect(change).toMatchObject({ entity: 'account', entityId: id, version: 2, deleted: false });
        expect(change!.data).toMatchObject({ id, name: 'Acme GmbH', version: 2 });
      });

      it('stores text with every character an array literal quotes exactly as sent', async () => {
        const client = await freshClient();
        const names = ['quote " back \\ slash', '{braces},commas', 'NULL', ' spaces ', '\\"', '中文 😀', 'tab\tnew\nline', '\\u0000 not nul'];
        const ids = names.map((_, i) => `lit-${i}`);
        await client.push(names.map((name, i) => put(ids[i]!, 0, account(ids[i]!, { name, tags: [name] }))));
        const changes = await client.pullAll();
        expect(changes.map((change) => (change.data as { name: string }).name)).toEqual(names);
        expect(changes.map((change) => (change.data as { tags: string[] }).tags[0])).toEqual(names);
      });

      it('answers results in request order, one per mutation', async () => {
        const client = await freshClient();
        const mutations = [put('o-1', 0), put('o-2', 5), put('o-3', 0, { id: 'o-3' })];
        const { results } = await client.push(mutations);
        expect(results.map((result) => [result.id, result.status])).toEqual([
          [mutations[0]!.id, 'applied'],
          [mutations[1]!.id, 'conflict'],
          [mutations[2]!.id, 'rejected'],
        ]);
      });

      it('answers `duplicate` for a mutation pushed again and does not apply it twice', async () => {
        const client = await freshClient();
        const id = randomUUID();
        const mutation = put(id, 0);
        expect((await client.push([mutation])).results[0]).toMatchObject({ status: 'applied', version: 1 });
        expect((await client.push([mutation])).results[0]).toEqual({ id: mutation.id, status: 'duplicate', version: 1 });
        // The same mutation twice in one batch, after an update: still one write.
        const update = put(id, 1, account(id, { name: 'second' }));
        const { results } = await client.push([update, update]);
        expect(results.map((result) => result.status)).toEqual(['applied', 'duplicate']);
        expect(results[1]).toMatchObject({ version: 2 });
        const changes = await client.pullAll();
        expect(changes).toHaveLength(1);
        expect(changes[0]!.version).toBe(2);
      });

      it('keeps a retried push idempotent when both copies arrive at once', async () => {
        const client = await freshClient();
        const id = randomUUID();
        const mutation = put(id, 0);
        const answers = await Promise.all([client.push([mutation]), client.push([mutation]), client.push([mutation])]);
        const statuses = answers.map((answer) => answer.results[0]!.status).sort();
        expect(statuses).toEqual(['applied', 'duplicate', 'duplicate']);
        expect((await client.pullAll())[0]!.version).toBe(1);
      });

      it('refuses a used mutation id with another payload or from another user instead of answering `duplicate`', async () => {
        const own = await createRep(test.db);
        const client = clientFor(app, own.token);
        const id = randomUUID();
        const mutation = put(id, 0, account(id, { name: 'first' }));
        expect((await client.push([mutation])).results[0]).toMatchObject({ status: 'applied', version: 1 });
        const reused = { ...mutation, entityId: id, data: account(id, { name: 'other words' }) };
        const refusal = { status: 'rejected', reason: 'invalid_data', code: 'mutation_id_reused', message: expect.stringMatching(/new mutation id/) };
        expect((await client.push([reused])).results[0]).toMatchObject(refusal);
        // The same key from another user of the team (same client id) is not that user's retry.
        const colleague = clientFor(app, (await addRep(test.db, own.teamId, 'Colleague')).token, client.clientId);
        expect((await colleague.push([mutation])).results[0]).toMatchObject(refusal);
        // In one batch too; the true retry is still a duplicate.
        const fresh = put(randomUUID(), 0);
        const { results } = await client.push([fresh, { ...fresh, baseVersion: 3 }, mutation]);
        expect(results.map((result) => result.status)).toEqual(['applied', 'rejected', 'duplicate']);
        expect(results[1]).toMatchObject(refusal);
        expect((await client.pullAll()).find((change) => change.entityId === id)).toMatchObject({ version: 1, data: { name: 'first' } });
      });

      it('scopes idempotency by client id: another client with the same mutation id is a new mutation', async () => {
        const own = await createRep(test.db);
        const one = clientFor(app, own.token, 'client-one');
        const two = clientFor(app, own.token, 'client-two');
        const id = randomUUID();
        const mutation = put(id, 0);
        expect((await one.push([mutation])).results[0]!.status).toBe('applied');
        // Not a duplicate: evaluated afresh, and its baseVersion 0 is now stale.
        expect((await two.push([mutation])).results[0]!.status).toBe('conflict');
      });

      it('reports a conflict with the server copy for a stale baseVersion and writes nothing', async () => {
        const client = await freshClient();
        const id = randomUUID();
        await client.push([put(id, 0, account(id, { name: 'v1' }))]);
        await client.push([put(id, 1, account(id, { name: 'v2' }))]);
        const stale = await client.push([put(id, 1, account(id, { name: 'stale edit' }))]);
        expect(stale.results[0]).toMatchObject({
          status: 'conflict',
          server: { entity: 'account', entityId: id, version: 2, deleted: false, data: { name: 'v2', version: 2 } },
        });
        const [change] = await client.pullAll();
        expect(change).toMatchObject({ version: 2, data: { name: 'v2' } });
      });

      it('reports a conflict at version 0 when the base version is newer than anything the server has', async () => {
        const client = await freshClient();
        const id = randomUUID();
        const { results } = await client.push([put(id, 3)]);
        expect(results[0]).toMatchObject({ status: 'conflict', server: { entityId: id, version: 0, data: null, deleted: false } });
        expect(await client.pullAll()).toEqual([]);
      });

      it('rejects data that does not match the entity schema, with the field in the message', async () => {
        const client = await freshClient();
        const id = randomUUID();
        const { results } = await client.push([
          put(id, 0, account(id, { name: '' })),
          put(randomUUID(), 0, account('some-other-id')),
          { ...put(randomUUID(), 0), data: null },
          put(randomUUID(), 0, { id: 'x', body: 'not a contact' }, 'contact'),
        ]);
        expect(results.map((result) => result.status === 'rejected' && result.reason)).toEqual(['invalid_data', 'id_mismatch', 'invalid_data', 'invalid_data']);
        expect(results[0]).toMatchObject({ message: expect.stringMatching(/^name: /) });
        expect(await client.pullAll()).toEqual([]);
      });

      it('keeps fields it does not know, so a newer extension loses nothing through an older server', async () => {
        const client = await freshClient();
        const id = randomUUID();
        await client.push([put(id, 0, account(id, { futureField: { nested: ['kept'] } }))]);
        const [change] = await client.pullAll();
        expect(change!.data).toMatchObject({ id, futureField: { nested: ['kept'] }, version: 1 });
      });

      it('validates every entity kind with its own schema', async () => {
        // A manager: only managers may write scripts (src/sync/writeRules.ts; tests/rolesSuite.ts).
        const client = await freshClient('manager');
        const accountId = randomUUID();
        const now = Date.now();
        const meta = (id: string) => ({ id, createdAt: now, updatedAt: now, version: 0 });
        const { results } = await client.push([
          put(accountId, 0, account(accountId)),
          put('c-1', 0, { ...meta('c-1'), accountId, name: 'Li Wei', email: 'li@example.com' }, 'contact'),
          put('act-1', 0, { ...meta('act-1'), accountId, kind: 'call', at: now }, 'activity'),
          put('t-1', 0, { ...meta('t-1'), accountId, title: 'First contact', dueAt: now, status: 'open' }, 'task'),
          put('s-1', 0, { ...meta('s-1'), kind: 'objection', locale: 'en', title: 'Price', body: 'It pays back in {{months}} months' }, 'script'),
        ]);
        expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
        const changes = await client.pullAll();
        expect(changes.map((change) => change.entity)).toEqual(['account', 'contact', 'activity', 'task', 'script']);
      });

      it('deletes with a tombstone that pulls as deleted, and refuses a stale delete', async () => {
        // Only managers delete accounts (src/sync/writeRules.ts).
        const client = await freshClient('manager');
        const id = randomUUID();
        await client.push([put(id, 0)]);
        expect((await client.push([del(id, 0)])).results[0]).toMatchObject({ status: 'conflict', server: { version: 1 } });
        expect((await client.push([del(id, 1)])).results[0]).toMatchObject({ status: 'applied', version: 2 });
        const [change] = await client.pullAll();
        expect(change).toMatchObject({ entityId: id, version: 2, deleted: true, data: null });
        // A stale write against the tombstone shows the deletion.
        expect((await client.push([put(id, 1)])).results[0]).toMatchObject({ status: 'conflict', server: { version: 2, deleted: true, data: null } });
        // Writing on top of the tombstone restores the record.
        expect((await client.push([put(id, 2)])).results[0]).toMatchObject({ status: 'applied', version: 3 });
        expect((await client.pullAll())[0]).toMatchObject({ version: 3, deleted: false });
      });

      it('applies a delete of a record the server never had as a no-op at version 0', async () => {
        const client = await freshClient();
        const mutation = del(randomUUID(), 0, 'contact');
        expect((await client.push([mutation])).results[0]).toEqual({ id: mutation.id, status: 'applied', version: 0 });
        expect((await client.push([mutation])).results[0]).toEqual({ id: mutation.id, status: 'duplicate', version: 0 });
        expect(await client.pullAll()).toEqual([]);
      });

      it('accepts an empty batch and refuses one over the batch limit', async () => {
        const client = await freshClient();
        expect(await client.push([])).toEqual({ results: [] });
        const tooMany = Array.from({ length: 501 }, () => del('x', 0));
        const response = await app.inject({ method: 'POST', url: '/v1/push', headers: auth(rep.token), payload: { clientId: 'c', mutations: tooMany } });
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^mutations: /) });
      });

      it('answers 400 with the first issue path for a malformed mutation', async () => {
        const response = await app.inject({
          method: 'POST',
          url: '/v1/push',
          headers: auth(rep.token),
          payload: { clientId: 'c', mutations: [{ ...put('a', 0), entity: 'invoice' }] },
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^mutations\.0\.entity: /) });
      });
    });

    describe('pull', () => {
      it('returns changes in write order, each record once at its latest version', async () => {
        const client = await freshClient();
        await client.push([put('p-a', 0), put('p-b', 0), put('p-c', 0)]);
        await client.push([put('p-a', 1, account('p-a', { name: 'edited' }))]);
        const changes = await client.pullAll();
        expect(changes.map((change) => [change.entityId, change.version])).toEqual([
          ['p-b', 1],
          ['p-c', 1],
          ['p-a', 2],
        ]);
        expect(PullResponse.shape.changes.parse(changes)).toHaveLength(3);
      });

      it('pages with limit and `more`, and the cursors resume exactly where a page ended', async () => {
        const client = await freshClient();
        const ids = Array.from({ length: 5 }, (_, index) => `page-${index}`);
        await client.push(ids.map((id) => put(id, 0)));
        const first = await client.pull(undefined, 2);
        expect(first.changes.map((change) => change.entityId)).toEqual(['page-0', 'page-1']);
        expect(first.more).toBe(true);
        expect(first.cursor).toBe(first.changes[1]!.cursor);
        const second = await client.pull(first.cursor, 2);
        expect(second.changes.map((change) => change.entityId)).toEqual(['page-2', 'page-3']);
        const third = await client.pull(second.cursor, 2);
        expect(third.changes.map((change) => change.entityId)).toEqual(['page-4']);
        expect(third.more).toBe(false);
        // Any change's own cursor resumes right after it.
        const fromMiddle = await client.pull(first.changes[0]!.cursor, 10);
        expect(fromMiddle.changes.map((change) => change.entityId)).toEqual(['page-1', 'page-2', 'page-3', 'page-4']);
      });

      it('resumes from a saved cursor: only what changed since, and an unchanged cursor when nothing did', async () => {
        const client = await freshClient();
        await client.push([put('r-1', 0), put('r-2', 0)]);
        const start = await client.pull();
        expect(start.changes).toHaveLength(2);
        const idle = await client.pull(start.cursor);
        expect(idle).toEqual({ changes: [], cursor: start.cursor, more: false });
        await client.push([put('r-3', 0), put('r-1', 1)]);
        const next = await client.pull(start.cursor);
        expect(next.changes.map((change) => [change.entityId, change.version])).toEqual([
          ['r-3', 1],
          ['r-1', 2],
        ]);
      });

      it('starts from the beginning for an absent or empty cursor', async () => {
        const client = await freshClient();
        await client.push([put('e-1', 0)]);
        expect((await client.pull('')).changes).toHaveLength(1);
        const empty = await freshClient();
        const nothing = await empty.pull();
        expect(nothing.changes).toEqual([]);
        expect((await empty.pull(nothing.cursor)).changes).toEqual([]);
      });

      it.each([
        ['garbage', 'not a cursor!'],
        ['base64 of nonsense', Buffer.from('hello').toString('base64url')],
        ['another team', encodeCursor(randomUUID(), 1)],
        ['ahead of the server', 'AHEAD'],
        ['negative', 'NEGATIVE'],
      ])('answers 400 bad_cursor for a cursor it does not know (%s)', async (_label, value) => {
        const own = await createRep(test.db);
        const cursor = value === 'AHEAD' ? encodeCursor(own.teamId, 99) : value === 'NEGATIVE' ? encodeCursor(own.teamId, -1) : value;
        const response = await app.inject({ method: 'GET', url: `/v1/pull?cursor=${encodeURIComponent(cursor)}`, headers: auth(own.token) });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ error: { code: 'bad_cursor', message: expect.any(String) } });
      });

      it.each(['0', '1001', 'abc', '2.5', '-1'])('answers 400 for limit=%s', async (limit) => {
        const response = await app.inject({ method: 'GET', url: `/v1/pull?limit=${limit}`, headers: auth(rep.token) });
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^limit: /) });
      });

      it('refuses a record over the size limit with a clear code, and bounds a pull answer by bytes', async () => {
        const client = await freshClient();
        const big = (id: string, bytes: number) => {
          const record = account(id, { blob: '' });
          return { ...record, blob: 'x'.repeat(bytes - JSON.stringify(record).length) };
        };
        const tooBig = randomUUID();
        expect((await client.push([put(tooBig, 0, big(tooBig, MAX_RECORD_BYTES + 1))])).results[0]).toMatchObject({
          status: 'rejected',
          reason: 'invalid_data',
          code: 'record_too_large',
        });
        // The worst case: records at the size limit, as many as a few full pulls hold.
        const perPush = Math.floor(900_000 / MAX_RECORD_BYTES);
        const total = Math.ceil((2.5 * PULL_BYTE_BUDGET) / MAX_RECORD_BYTES);
        const ids: string[] = [];
        for (let pushed = 0; pushed < total; pushed += perPush) {
          const batch = Array.from({ length: Math.min(perPush, total - pushed) }, () => randomUUID());
          ids.push(...batch);
          const { results } = await client.push(batch.map((id) => put(id, 0, big(id, MAX_RECORD_BYTES - 20))));
          expect(results.every((result) => result.status === 'applied')).toBe(true);
        }
        const rssBefore = process.memoryUsage().rss;
        let rssPeak = rssBefore;
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        for (;;) {
          const query = new URLSearchParams({ limit: '1000', ...(cursor ? { cursor } : {}) });
          const response = await app.inject({ method: 'GET', url: `/v1/pull?${query}`, headers: auth(client.token) });
          expect(response.statusCode).toBe(200);
          // The budget counts record data; the rest of a change (ids, cursor) is small beside it.
          expect(response.body.length).toBeLessThan(PULL_BYTE_BUDGET + 64 * 1024);
          rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
          const page = PullResponse.parse(response.json());
          seen.push(...page.changes.map((change) => change.entityId));
          cursor = page.cursor;
          pages += 1;
          if (!page.more) break;
        }
        expect(pages).toBeGreaterThanOrEqual(3);
        expect(seen).toEqual(ids);
        // A page is held once as rows and once as text: far below what all the records would take.
        expect(rssPeak - rssBefore).toBeLessThan(128 * 1024 * 1024);
      });

      it('keeps each record\'s stored size equal to its JSON as pulled, as its version gains digits', async () => {
        const own = await createRep(test.db);
        const client = clientFor(app, own.token);
        let version = 0;
        // Sent with version 0 each time; stored with the server's version, 1 to 12.
        for (let i = 0; i < 12; i += 1) {
          const [result] = (await client.push([put('sized', version, account('sized', { name: `née ${i}`, version: 0 }))])).results;
          expect(result).toMatchObject({ status: 'applied' });
          version = (result as { version: number }).version;
        }
        const [change] = await client.pullAll();
        expect(change!.version).toBe(12);
        const { rows } = await test.db.query<{ data_bytes: unknown }>('SELECT data_bytes FROM records WHERE team_id = $1', [own.teamId]);
        expect(Number(rows[0]!.data_bytes)).toBe(Buffer.byteLength(JSON.stringify(change!.data), 'utf8'));
      });

      it('keeps what the foreign keys kept: a deleted user\'s push writes nothing, deletes cascade', async () => {
        const own = await createRep(test.db);
        const other = await addRep(test.db, own.teamId, 'Other');
        const client = clientFor(app, own.token);
        await client.push([put('fk-1', 0), put('fk-2', 0)]);
        // A user deleted after its token was checked (that lookup runs before the push): refused whole.
        await test.db.query('DELETE FROM users WHERE id = $1', [other.userId]);
        const principal = { tokenId: other.tokenId, userId: other.userId, userName: 'Other', teamId: own.teamId, teamName: 'x', role: 'rep' as const };
        await expect(applyPush(test.db, principal, { clientId: randomUUID(), mutations: [put('fk-3', 0)] })).rejects.toMatchObject({ statusCode: 401 });
        expect((await client.pullAll()).map((change) => change.entityId)).toEqual(['fk-1', 'fk-2']);
        // The user's rows stay, without the user; the team's go with the team.
        await test.db.query('DELETE FROM users WHERE id = $1', [own.userId]);
        const count = async (sql: string) => Number((await test.db.query<{ n: unknown }>(sql, [own.teamId])).rows[0]!.n);
        expect(await count('SELECT count(*) AS n FROM records WHERE team_id = $1 AND updated_by IS NULL')).toBe(2);
        expect(await count('SELECT count(*) AS n FROM applied_mutations WHERE team_id = $1 AND user_id IS NULL')).toBe(2);
        await test.db.query('DELETE FROM teams WHERE id = $1', [own.teamId]);
        expect(await count('SELECT count(*) AS n FROM records WHERE team_id = $1')).toBe(0);
        expect(await count('SELECT count(*) AS n FROM applied_mutations WHERE team_id = $1')).toBe(0);
      });

      it('keeps change order gap-free under concurrent pushes', async () => {
        const own = await createRep(test.db);
        const clients = Array.from({ length: 4 }, () => clientFor(app, own.token));
        await Promise.all(
          clients.map((client, index) => client.push(Array.from({ length: 10 }, (_, n) => put(`cc-${index}-${n}`, 0)))),
        );
        const reader = clientFor(app, own.token);
        const changes = await reader.pullAll(7);
        expect(changes).toHaveLength(40);
        expect(new Set(changes.map((change) => change.entityId)).size).toBe(40);
      });
    });

    // Concurrency is PostgreSQL's: PGlite runs one query at a time, so its pullers can only starve its writers.
    describe.skipIf(kind === 'pglite')('cursor proof', () => {
      it('never lets a pull skip a row: pullers following cursors during concurrent pushes end with every latest version', async () => {
        const own = await createRep(test.db);
        await proveCursorNeverSkips(() => clientFor(app, own.token));
      });
    });

    describe('me', () => {
      it('names the team and user for "test connection"', async () => {
        const response = await app.inject({ method: 'GET', url: '/v1/me', headers: auth(rep.token) });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ protocolVersion: 1, team: { id: rep.teamId }, user: { id: rep.userId, name: 'Rep', role: 'rep' } });
        expect(Math.abs(response.json().serverTime - Date.now())).toBeLessThan(60_000);
      });
    });
  });
}
