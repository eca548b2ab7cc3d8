import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { expect } from 'vitest';
import type { Mutation } from '../../../lib/model/index.ts';
import { PushResponse } from '../../../lib/sync/protocol.ts';
import { createToken } from '../../src/auth.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createPgDb } from '../../src/db/pg.ts';
import { createTeam, createUser } from '../../src/directory.ts';
import { account } from '../testDatabase.ts';
import type { PgCluster } from './pgCluster.ts';
import type { ServerProcess } from './serverProcess.ts';

const PUSH_GIVE_UP_MS = 180_000;

/**
 * Issue #21: the server survives its database. Clients of several teams push while the chaos
 * terminates the servers' backends, restarts PostgreSQL and kills its postmaster. Every push
 * either gets an answer (acknowledged) or a 503 with Retry-After and is retried as the extension
 * does, same mutations. At the end every acknowledged mutation is stored exactly once and every
 * server process is up. `url` is one server, or a balancer in front of `servers`.
 */
const TEAMS = 3;
const CLIENTS_PER_TEAM = 2;
const BATCH = 100;
/** Each client pushes at least this many batches, and goes on until the chaos is over. */
const ROUNDS = 4;

interface Tracked {
  rounds: number;
  /** entity id → version the server acknowledged last. */
  versions: Map<string, number>;
  /** Distinct mutations acknowledged (applied or duplicate). */
  acknowledged: Set<string>;
}

export interface Rep {
  teamId: string;
  token: string;
}

/** Migrates the cluster's database and makes the teams and reps the chaos pushes as. */
export async function chaosReps(cluster: PgCluster): Promise<Rep[]> {
  const setup = createPgDb(cluster.url);
  await migrate(setup);
  const reps: Rep[] = [];
  for (let t = 0; t < TEAMS; t += 1) {
    const team = await createTeam(setup, `chaos ${t}`);
    for (let c = 0; c < CLIENTS_PER_TEAM; c += 1) {
      const user = await createUser(setup, team.id, `rep ${c}`, 'rep');
      reps.push({ teamId: team.id, token: (await createToken(setup, user.id)).secret });
    }
  }
  await setup.close();
  return reps;
}

/** Runs the clients and the chaos together, then checks the answers and the stored rows. */
export async function runChaos(cluster: PgCluster, url: string, servers: ServerProcess[], reps: Rep[]): Promise<void> {
  const statuses = new Map<number, number>();
  let missingRetryAfter = 0;
  let chaosDone = false;
  const trackers: Tracked[] = [];

  const runClient = async (rep: { token: string }) => {
    const tracked: Tracked = { rounds: 0, versions: new Map(), acknowledged: new Set() };
    trackers.push(tracked);
    const clientId = randomUUID();
    let rounds = 0;
    for (let round = 0; round < ROUNDS || !chaosDone; round += 1) {
      rounds += 1;
      // Half new records, half updates of records this client created (based on what it was told).
      const known = [...tracked.versions.keys()];
      const mutations: Mutation[] = [];
      for (let i = 0; i < BATCH; i += 1) {
        const update = i % 2 === 1 && known.length > i;
        const id = update ? known[i]! : randomUUID();
        const base = update ? tracked.versions.get(id)! : 0;
        mutations.push({ id: randomUUID(), entity: 'account', entityId: id, op: 'put', baseVersion: base, data: account(id, { name: `r${round}` }), at: Date.now() });
      }
      const body = JSON.stringify({ clientId, mutations });
      let last: string[] = [];
      // A hang guard, not a timing: a busy 2-core CI machine running both chaos tests at once can
      // take tens of seconds to bring PostgreSQL back after a crash.
      const giveUpAt = Date.now() + PUSH_GIVE_UP_MS;
      for (let attempt = 0; ; attempt += 1) {
        if (Date.now() > giveUpAt) throw new Error(`a push never got through in ${attempt} attempts; last answers: ${last.join(' | ')}`);
        let status = 0;
        let answer: unknown = null;
        try {
          const response = await fetch(`${url}/v1/push`, {
            method: 'POST',
            headers: { authorization: `Bearer ${rep.token}`, 'content-type': 'application/json' },
            body,
          });
          status = response.status;
          if (status !== 200 && !response.headers.get('retry-after')) missingRetryAfter += 1;
          answer = await response.json().catch(() => null);
          if (status !== 200) last = [...last.slice(-2), `${status} ${JSON.stringify(answer).slice(0, 200)}`];
        } catch {
          status = -1;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) {
          const { results } = PushResponse.parse(answer);
          results.forEach((result, i) => {
            const mutation = mutations[i]!;
            expect(result.id).toBe(mutation.id);
            expect(['applied', 'duplicate']).toContain(result.status);
            if (result.status === 'applied' || result.status === 'duplicate') {
              tracked.versions.set(mutation.entityId, result.version);
              tracked.acknowledged.add(mutation.id);
            }
          });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    tracked.rounds = rounds;
  };

  const clients = Promise.all(reps.map(runClient));
  const chaos = (async () => {
    const steps = ['terminate', 'terminate', 'restart', 'terminate', 'crash', 'terminate', 'restart', 'crash', 'terminate'] as const;
    let liveDuringOutage = 0;
    let readyDuringOutage = 0;
    for (const step of steps) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (step === 'terminate') await cluster.terminateBackends();
      if (step === 'restart') await cluster.restart();
      if (step === 'crash') {
        // While the postmaster is dead: the process is live, not ready.
        const crashed = cluster.crash({ downMs: 1_500 });
        await new Promise((resolve) => setTimeout(resolve, 500));
        liveDuringOutage = (await fetch(`${url}/v1/health/live`)).status;
        readyDuringOutage = (await fetch(`${url}/v1/health/ready`)).status;
        await crashed;
      }
    }
    chaosDone = true;
    return { liveDuringOutage, readyDuringOutage };
  })();
  const [, health] = await Promise.all([clients, chaos]);

  for (const server of servers) expect(server.exited()).toBeNull();
  expect(health).toEqual({ liveDuringOutage: 200, readyDuringOutage: 503 });
  // The only failures are 503s that say when to retry, or connections cut by a restart.
  expect([...statuses.keys()].filter((status) => status !== 200 && status !== 503 && status !== -1)).toEqual([]);
  expect(missingRetryAfter).toBe(0);
  expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
  expect((await fetch(`${url}/v1/health/ready`)).status).toBe(200);

  // Exactly once: each record's version is the number of its mutations acknowledged, and the
  // idempotency log holds each acknowledged mutation once.
  const check = new pg.Client({ connectionString: cluster.url });
  await check.connect();
  try {
    for (const tracked of trackers) {
      const ids = [...tracked.versions.keys()];
      const { rows } = await check.query<{ entity_id: string; version: string }>(
        'SELECT entity_id, version FROM records WHERE entity = $1 AND entity_id = ANY($2)',
        ['account', ids],
      );
      expect(rows.length).toBe(ids.length);
      for (const row of rows) expect(Number(row.version)).toBe(tracked.versions.get(row.entity_id));
      const logged = await check.query<{ n: string }>('SELECT count(*) AS n FROM applied_mutations WHERE mutation_id = ANY($1)', [[...tracked.acknowledged]]);
      expect(Number(logged.rows[0]!.n)).toBe(tracked.acknowledged.size);
      expect(tracked.acknowledged.size).toBe(tracked.rounds * BATCH);
    }
  } finally {
    await check.end();
  }
}
