import { createPgDb } from './pg.ts';
import { createPgliteDb } from './pglite.ts';
import type { Db } from './types.ts';

/**
 * `DATABASE_URL` set: that PostgreSQL. Otherwise embedded PGlite, on disk in `PGLITE_DIR`
 * (default `./data`), or in memory when `PGLITE_DIR=memory`.
 */
export async function openDb(env: NodeJS.ProcessEnv = process.env): Promise<Db> {
  const url = env.DATABASE_URL?.trim();
  if (url) return createPgDb(url, { max: env.DB_POOL_MAX ? Number(env.DB_POOL_MAX) : undefined });
  const dir = env.PGLITE_DIR?.trim() || './data';
  return createPgliteDb(dir === 'memory' ? undefined : dir);
}
