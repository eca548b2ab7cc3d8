import pg from 'pg';
import { isRetryableTxError, isTransientDbError } from './errors.ts';
import type { Db, Queryable } from './types.ts';

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** Limits that keep one busy or stuck team from holding connections every other team needs. */
export interface PgLimits {
  /** Pool size of this process. */
  max: number;
  /** Longest wait for a pooled connection (queue + connect) before the request answers 503. */
  acquireTimeoutMs: number;
  /** Server-side limit on one statement. */
  statementTimeoutMs: number;
  /** Server-side limit on a transaction sitting idle (a client that stopped mid-transaction). */
  idleInTransactionTimeoutMs: number;
  /** Server-side limit on waiting for a row or table lock (e.g. another push of the same team). */
  lockTimeoutMs: number;
}

export const DEFAULT_PG_LIMITS: PgLimits = {
  max: 10,
  acquireTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 15_000,
  lockTimeoutMs: 10_000,
};

/** A transaction that hit a deadlock or serialization failure is run again this many times at most. */
const TX_ATTEMPTS = 4;

/**
 * A PostgreSQL server through a `pg` pool. TLS follows the URL (`?sslmode=require`,
 * `verify-full`, `sslrootcert=…`), as `pg` reads it from the connection string.
 *
 * The process must survive its database going away (a failover, a restart, pg_terminate_backend):
 * every client has an error listener while idle (the pool's) and while checked out (ours), a
 * client that failed is destroyed instead of returned to the pool, and the pool opens new
 * connections as requests need them, so it recovers by itself once the database is back.
 */
export function createPgDb(connectionString: string, limits: Partial<PgLimits> = {}): Db {
  const settings = { ...DEFAULT_PG_LIMITS, ...definedOnly(limits) };
  const pool = new pg.Pool({
    connectionString,
    max: settings.max,
    connectionTimeoutMillis: settings.acquireTimeoutMs,
    statement_timeout: settings.statementTimeoutMs || undefined,
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs || undefined,
    lock_timeout: settings.lockTimeoutMs || undefined,
    // Client side too: a query on a connection that died without an error (a crashed server, a
    // dropped network) must still settle, or a team's queued pushes would wait behind it forever.
    query_timeout: settings.statementTimeoutMs ? settings.statementTimeoutMs + 5_000 : undefined,
  });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const root = wrap(pool);

  async function attempt<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // A checked-out client has no listener of the pool's: without this, a connection dropped
    // between two statements of a transaction emits an unhandled 'error' and exits the process.
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (isTransientDbError(error) && !isRetryableTxError(error)) broken = true;
      if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.removeListener('error', onError);
      // A client whose connection failed is destroyed, never handed to the next request.
      client.release(broken ? true : undefined);
    }
  }

  return {
    kind: 'pg',
    query: root.query,
    exec: root.exec,
    async transaction(work) {
      for (let tries = 1; ; tries += 1) {
        try {
          return await attempt(work);
        } catch (error) {
          // Two transactions that lock the same rows in opposite orders: PostgreSQL aborts one;
          // running it again succeeds once the other has committed.
          if (!isRetryableTxError(error) || tries >= TX_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, 5 * tries + Math.random() * 20));
        }
      }
    },
    close: () => pool.end(),
  };
}

function definedOnly<T extends object>(value: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
