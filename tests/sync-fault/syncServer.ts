import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The reference server (server/src) run in this process, for the sync e2e test, the fault test
 * and the bench. Its modules are loaded by path at run time: the server is its own package with
 * its own dependencies (Fastify, pg, PGlite in server/node_modules), outside the extension's
 * type check. PostgreSQL when DATABASE_URL is set, else PGlite (on disk in `dataDir`, so a
 * restart keeps the data, or in memory).
 */
const SERVER_SRC = join(import.meta.dirname, '../../server/src');

interface Db {
  readonly kind: 'pg' | 'pglite';
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  close(): Promise<void>;
}

interface App {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
  server: { address(): { port: number } | string | null };
}

interface ServerModules {
  buildApp(options: Record<string, unknown>): Promise<App>;
  migrate(db: Db): Promise<number[]>;
  openDb(env: Record<string, string | undefined>): Promise<Db>;
  createTeam(db: Db, name: string): Promise<{ id: string }>;
  createUser(db: Db, teamId: string, name: string): Promise<{ id: string }>;
  createToken(db: Db, userId: string): Promise<{ id: string; secret: string }>;
}

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(SERVER_SRC, file)).href)) as Record<string, unknown>;
}

async function modules(): Promise<ServerModules> {
  const [app, migrate, open, directory, auth] = await Promise.all([load('app.ts'), load('db/migrate.ts'), load('db/open.ts'), load('directory.ts'), load('auth.ts')]);
  return { ...app, ...migrate, ...open, ...directory, ...auth } as unknown as ServerModules;
}

export interface Rep {
  teamId: string;
  userId: string;
  token: string;
}

export interface SyncServer {
  readonly port: number;
  /** http://localhost:<port>, the way a rep on this machine writes it. */
  readonly url: string;
  readonly kind: 'pg' | 'pglite';
  readonly db: () => Db;
  readonly running: () => boolean;
  /** A new team (or one more user in `teamId`) with one token. */
  createRep(teamId?: string, name?: string): Promise<Rep>;
  /** Starts listening (again). */
  start(): Promise<void>;
  /** Stops listening; `closeDb` also closes the database (a real restart: PGlite reopens from disk). */
  stop(options?: { closeDb?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface SyncServerOptions {
  /** Listen port; 0 picks a free one (kept across restarts). */
  port?: number;
  allowedOrigins?: string[];
  /** PGlite data directory; without it (and without DATABASE_URL) the data lives in memory. */
  dataDir?: string;
  /** Open the database and reserve the port, but do not answer yet. */
  startStopped?: boolean;
}

export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const server = await modules();
  const env = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: options.dataDir ?? 'memory' };
  let db: Db | null = null;
  let app: App | null = null;
  let port = options.port ?? 0;

  async function database(): Promise<Db> {
    if (!db) {
      db = await server.openDb(env);
      await server.migrate(db);
    }
    return db;
  }

  async function start(): Promise<void> {
    if (app) return;
    const opened = await server.buildApp({
      db: await database(),
      allowedOrigins: options.allowedOrigins ?? [],
      rateLimit: { max: 0, windowMs: 60_000 },
      authFailureLimit: 0,
      logger: false,
    });
    await opened.listen({ port, host: '127.0.0.1' });
    const address = opened.server.address();
    if (address && typeof address === 'object') port = address.port;
    app = opened;
  }

  async function stop(stopOptions: { closeDb?: boolean } = {}): Promise<void> {
    const closing = app;
    app = null;
    await closing?.close();
    if (stopOptions.closeDb && db && env.PGLITE_DIR !== 'memory') {
      const closingDb = db;
      db = null;
      await closingDb.close();
    }
  }

  await database();
  // Reserve a port even when starting stopped: the extension is configured with it first.
  await start();
  if (options.startStopped) await stop();

  return {
    get port() {
      return port;
    },
    get url() {
      return `http://localhost:${port}`;
    },
    get kind() {
      return db?.kind ?? 'pglite';
    },
    db: () => {
      if (!db) throw new Error('the server database is closed');
      return db;
    },
    running: () => app !== null,
    async createRep(teamId, name = 'Rep') {
      const data = await database();
      const team = teamId ?? (await server.createTeam(data, `Team ${crypto.randomUUID().slice(0, 8)}`)).id;
      const user = await server.createUser(data, team, name);
      const token = await server.createToken(data, user.id);
      return { teamId: team, userId: user.id, token: token.secret };
    },
    start,
    stop,
    async close() {
      await stop();
      const closing = db;
      db = null;
      await closing?.close();
    },
  };
}
