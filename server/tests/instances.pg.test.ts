import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaosReps, runChaos } from './support/chaos.ts';
import { proveCursorNeverSkips } from './support/cursorProof.ts';
import { startPgCluster, type PgCluster } from './support/pgCluster.ts';
import { startRoundRobin, type RoundRobin } from './support/roundRobin.ts';
import { startServerProcess, type ServerProcess } from './support/serverProcess.ts';
import { httpTransport, syncClient } from './testDatabase.ts';

/**
 * Issue #21, beyond one machine: three server processes on one PostgreSQL behind a round-robin
 * balancer, so consecutive requests of one client (and one team) land on different instances.
 * What holds for one instance must hold for them together: the team lock in PostgreSQL, not any
 * instance's memory, orders a team's writes, so no pull skips a row and the chaos loses nothing.
 */
const INSTANCES = 3;

describe('three instances behind a round-robin balancer (PostgreSQL)', () => {
  let cluster: PgCluster;
  let balancer: RoundRobin;
  const servers: ServerProcess[] = [];
  let reps: Awaited<ReturnType<typeof chaosReps>>;

  beforeAll(async () => {
    cluster = await startPgCluster();
    // Migrates first, so the instances' own migrations at start find nothing to do.
    reps = await chaosReps(cluster);
    const started = await Promise.all(
      Array.from({ length: INSTANCES }, () =>
        startServerProcess({
          DATABASE_URL: cluster.url,
          DB_POOL_MAX: '4',
          DB_ACQUIRE_TIMEOUT_MS: '2000',
          RATE_LIMIT_MAX: '0',
          TRUST_PROXY: '127.0.0.1',
        }),
      ),
    );
    servers.push(...started);
    balancer = await startRoundRobin(servers.map((server) => server.url));
  }, 120_000);
  afterAll(async () => {
    await balancer?.stop();
    for (const server of servers) await server.stop();
    await cluster?.stop();
  }, 60_000);

  it('never lets a pull skip a row while writers and pullers go through different instances', async () => {
    const before = [...balancer.served];
    const send = httpTransport(balancer.url);
    await proveCursorNeverSkips(() => syncClient(send, reps[0]!.token));
    // Every instance took part in the writes and pulls.
    balancer.served.forEach((count, i) => expect(count - before[i]!).toBeGreaterThan(20));
  }, 120_000);

  it('survives the chaos: every acknowledged mutation stored exactly once, every instance still up', async () => {
    const before = [...balancer.served];
    await runChaos(cluster, balancer.url, servers, reps);
    balancer.served.forEach((count, i) => expect(count - before[i]!).toBeGreaterThan(20));
  }, 600_000);
});
