import { integer } from '../config.ts';
import { createPgDb, DEFAULT_PG_LIMITS } from './pg.ts';
import { createPgliteDb } from './pglite.ts';
import type { Db } from './types.ts';

/**
 * `DATABASE_URL` set: that PostgreSQL. Otherwise embedded PGlite, on disk in `PGLITE_DIR`
 * (default `./data`), or in memory when `PGLITE_DIR=memory`.
 */
export async function openDb(env: NodeJS.ProcessEnv = process.env): Promise<Db> {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const d = DEFAULT_PG_LIMITS;
    return createPgDb(url, {
      max: Math.max(1, integer(env.DB_POOL_MAX, d.max, 'DB_POOL_MAX')),
      acquireTimeoutMs: integer(env.DB_ACQUIRE_TIMEOUT_MS, d.acquireTimeoutMs, 'DB_ACQUIRE_TIMEOUT_MS'),
      statementTimeoutMs: integer(env.DB_STATEMENT_TIMEOUT_MS, d.statementTimeoutMs, 'DB_STATEMENT_TIMEOUT_MS'),
      idleInTransactionTimeoutMs: integer(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, d.idleInTransactionTimeoutMs, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
      lockTimeoutMs: integer(env.DB_LOCK_TIMEOUT_MS, d.lockTimeoutMs, 'DB_LOCK_TIMEOUT_MS'),
    });
  }
  const dir = env.PGLITE_DIR?.trim() || './data';
  return createPgliteDb(dir === 'memory' ? undefined : dir);
}
