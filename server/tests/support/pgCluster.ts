import { execFile as execFileCb, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './freePort.ts';

const execFile = promisify(execFileCb);

/**
 * A private PostgreSQL cluster for tests that restart or crash their database (the shared one from
 * scripts/with-postgres.sh serves other test files at the same time). Loopback only, trust auth,
 * fsync off (the machine does not crash, only PostgreSQL does) but synchronous_commit on, so a
 * commit the server acknowledged is in the WAL on disk when the postmaster is killed.
 */
export interface PgCluster {
  url: string;
  /** `pg_ctl restart -m fast`: every connection is closed, then the server is back. */
  restart(): Promise<void>;
  /** kill -9 of the postmaster, then a start (crash recovery replays the WAL). */
  crash(options?: { downMs?: number }): Promise<void>;
  /** pg_terminate_backend on every connection to the database but the caller's. */
  terminateBackends(): Promise<number>;
  stop(): Promise<void>;
}

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = (() => {
    try {
      return readdirSync(root).sort((a, b) => Number(b) - Number(a));
    } catch {
      return [];
    }
  })();
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (spawnSync('test', ['-x', join(bin, 'initdb')]).status === 0) return bin;
  }
  throw new Error('no PostgreSQL under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)');
}


export async function startPgCluster(): Promise<PgCluster> {
  const bin = pgBin();
  const root = process.getuid?.() === 0;
  const asPg = (command: string, args: string[], timeout = 60_000) =>
    root ? execFile('runuser', ['-u', 'postgres', '--', command, ...args], { timeout }) : execFile(command, args, { timeout });
  const dir = mkdtempSync(join(tmpdir(), 'leadkit-chaos-pg-'));
  chmodSync(dir, 0o700);
  if (root) {
    const { stdout } = await execFile('id', ['-u', 'postgres']);
    const uid = Number(stdout.trim());
    chownSync(dir, uid, uid);
  }
  const data = join(dir, 'data');
  await asPg(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=on -c max_connections=200`;
  const pgCtl = (...args: string[]) => asPg(join(bin, 'pg_ctl'), ['-D', data, ...args]);
  const start = async () => {
    // After a kill -9, orphaned backends may hold the old shared memory for a moment: retry.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await pgCtl('-l', join(dir, 'postgres.log'), '-w', '-t', '60', '-o', options, 'start');
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    async restart() {
      await pgCtl('-m', 'fast', '-w', '-t', '60', 'restart');
    },
    async crash({ downMs = 0 } = {}) {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
      // Wait until the postmaster is gone before starting a new one.
      for (let i = 0; i < 200; i += 1) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    async terminateBackends() {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        );
        return rows.filter((row) => row.done).length;
      } finally {
        await admin.end();
      }
    },
    async stop() {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
