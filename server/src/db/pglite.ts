import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './types.ts';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, params as unknown[]);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * Embedded PostgreSQL (PGlite, WebAssembly) so the server runs with nothing installed.
 * `dataDir` keeps the data on disk; without it the database lives in memory. PGlite runs one
 * transaction at a time, which is all a single small team needs.
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let lite: PGlite;
  try {
    lite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (error) {
    release();
    throw error;
  }
  const root = wrap(lite);
  return {
    kind: 'pglite',
    query: root.query,
    exec: root.exec,
    transaction: (work) => lite.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        await lite.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * One process per data directory: PGlite has no server to share it, and two writers would
 * corrupt it (e.g. the CLI while `npm start` runs). A lock file holds the owner's pid.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'leadkit.lock');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new Error(`the PGlite data in ${dataDir} is in use by process ${owner}; stop it first, or use DATABASE_URL`);
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
