import { afterAll, beforeAll, describe, it } from 'vitest';
import { chaosReps, runChaos } from './support/chaos.ts';
import { startPgCluster, type PgCluster } from './support/pgCluster.ts';
import { startServerProcess, type ServerProcess } from './support/serverProcess.ts';

/**
 * Issue #21 item 1: the server survives its database. A real server process on a private
 * PostgreSQL cluster; see support/chaos.ts for what the chaos does and checks. The same chaos runs
 * through a balancer in front of three instances in instances.pg.test.ts.
 */
describe('chaos: the database fails during pushes (PostgreSQL)', () => {
  let cluster: PgCluster;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await cluster?.stop();
  }, 60_000);

  it('answers 503 while it is down, never exits, and stores every acknowledged mutation exactly once', async () => {
    const reps = await chaosReps(cluster);
    // Small pool and short acquire timeout, so an outage is answered quickly.
    const server = await startServerProcess({
      DATABASE_URL: cluster.url,
      DB_POOL_MAX: '4',
      DB_ACQUIRE_TIMEOUT_MS: '2000',
      RATE_LIMIT_MAX: '0',
    });
    servers.push(server);
    await runChaos(cluster, server.url, servers, reps);
  }, 600_000);
});
