import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Mutation, SyncedEntity } from '../../lib/model/index.ts';
import type { PullResponse, PushResponse } from '../../lib/sync/protocol.ts';
import { buildApp, type AppOptions } from '../src/app.ts';
import { createToken } from '../src/auth.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPgDb } from '../src/db/pg.ts';
import { createPgliteDb } from '../src/db/pglite.ts';
import type { Db } from '../src/db/types.ts';
import { createTeam, createUser } from '../src/directory.ts';
import type { Role } from '../src/sync/writeRules.ts';

export type DbKind = 'pg' | 'pglite';

export interface TestDb {
  db: Db;
  /** Drops what `openTestDb` created. */
  dispose(): Promise<void>;
  /** For pg: the URL of this file's own database (the CLI test runs against it). */
  url?: string;
}

/** The database scripts/with-postgres.sh started; every pg test file gets its own empty database in it. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `npm test` (scripts/with-postgres.sh starts PostgreSQL)');
  return url;
}

/** An empty database, not yet migrated. */
export async function openTestDb(kind: DbKind): Promise<TestDb> {
  if (kind === 'pglite') {
    const db = await createPgliteDb();
    return { db, dispose: () => db.close() };
  }
  const adminUrl = requireDatabaseUrl();
  const name = `lk_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createPgDb(url.toString());
  return {
    db,
    url: url.toString(),
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function openMigratedDb(kind: DbKind): Promise<TestDb> {
  const test = await openTestDb(kind);
  await migrate(test.db);
  return test;
}

export interface Rep {
  teamId: string;
  userId: string;
  tokenId: string;
  token: string;
  role: Role;
}

/** A team with one user (a `rep` unless `role` says otherwise) holding one token. */
export async function createRep(db: Db, teamName = `team ${randomUUID().slice(0, 8)}`, role: Role = 'rep'): Promise<Rep> {
  const team = await createTeam(db, teamName);
  return addRep(db, team.id, 'Rep', role);
}

export async function addRep(db: Db, teamId: string, name = 'Rep', role: Role = 'rep'): Promise<Rep> {
  const user = await createUser(db, teamId, name, role);
  const token = await createToken(db, user.id);
  return { teamId, userId: user.id, tokenId: token.id, token: token.secret, role };
}

export function testApp(db: Db, options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  return buildApp({ db, logger: false, rateLimit: { max: 0, windowMs: 60_000 }, authFailureLimit: 0, ...options });
}

let clock = 1_700_000_000_000;

export function account(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  clock += 1;
  return { id, createdAt: clock, updatedAt: clock, version: 0, name: `Account ${id}`, domain: 'example.com', stage: 'lead', capturedAt: clock, ...fields };
}

export function put(entityId: string, baseVersion: number, data: Record<string, unknown> = account(entityId), entity: SyncedEntity = 'account'): Mutation {
  return { id: randomUUID(), entity, entityId, op: 'put', baseVersion, data, at: Date.now() };
}

export function script(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  clock += 1;
  return { id, createdAt: clock, updatedAt: clock, version: 0, kind: 'objection', locale: 'en', title: `Script ${id}`, body: 'It pays back in {{months}} months', ...fields };
}

export function del(entityId: string, baseVersion: number, entity: SyncedEntity = 'account'): Mutation {
  return { id: randomUUID(), entity, entityId, op: 'delete', baseVersion, data: null, at: Date.now() };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** A request the way the extension sends it: status and parsed JSON body back. */
export type Transport = (method: 'GET' | 'POST', path: string, token: string, payload?: unknown) => Promise<{ status: number; body: string }>;

/** `app.inject`: the app in this process, no socket. */
export const injectTransport = (app: FastifyInstance): Transport => async (method, url, token, payload) => {
  const response = await app.inject({ method, url, headers: auth(token), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  return { status: response.statusCode, body: response.body };
};

/** Real HTTP to a server (or a balancer in front of several). */
export const httpTransport = (baseUrl: string): Transport => async (method, path, token, payload) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...auth(token), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  return { status: response.status, body: await response.text() };
};

export type SyncClient = ReturnType<typeof syncClient>;

/** A small sync client, the way the extension talks to the server, over any transport. */
export function syncClient(send: Transport, token: string, clientId: string = randomUUID()) {
  return {
    clientId,
    async push(mutations: Mutation[]): Promise<PushResponse> {
      const response = await send('POST', '/v1/push', token, { clientId, mutations });
      if (response.status !== 200) throw new Error(`push ${response.status}: ${response.body}`);
      return JSON.parse(response.body) as PushResponse;
    },
    async pull(cursor?: string, limit?: number): Promise<PullResponse> {
      const query = new URLSearchParams();
      if (cursor !== undefined) query.set('cursor', cursor);
      if (limit !== undefined) query.set('limit', String(limit));
      const response = await send('GET', `/v1/pull?${query}`, token);
      if (response.status !== 200) throw new Error(`pull ${response.status}: ${response.body}`);
      return JSON.parse(response.body) as PullResponse;
    },
    /** Every change from the start, following `more`. */
    async pullAll(limit = 100): Promise<PullResponse['changes']> {
      const all: PullResponse['changes'] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await this.pull(cursor, limit);
        all.push(...page.changes);
        cursor = page.cursor;
        if (!page.more) return all;
      }
    },
  };
}

/** A sync client over `app.inject`. */
export function clientFor(app: FastifyInstance, token: string, clientId: string = randomUUID()): SyncClient {
  return syncClient(injectTransport(app), token, clientId);
}
