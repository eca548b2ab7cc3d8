/**
 * Server bench (issue #21): `npm run bench` in server/. Runs the real server in its own process
 * on the PostgreSQL of DATABASE_URL (scripts/with-postgres.sh starts a throwaway one), drives it
 * over HTTP from this process, prints what it measured against each budget, and exits non-zero on
 * a miss. Numbers depend on the machine; the budgets are for a 2-core machine.
 */
import { randomUUID } from 'node:crypto';
import { createToken } from '../src/auth.ts';
import { createPgDb } from '../src/db/pg.ts';
import { createTeam, createUser } from '../src/directory.ts';
import { startServerProcess } from '../tests/support/serverProcess.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: run `npm run bench` (it starts PostgreSQL)');

const BUDGETS = {
  pushOneClient: 20_000,
  pushTenClients: 20_000,
  pull: 100_000,
  push100P99TenClients: 100,
  isolationP99: 50,
};

// The server migrates at start (its own migrations: LEADKIT_SERVER_DIR may be an older checkout).
const server = await startServerProcess({ DATABASE_URL: url, RATE_LIMIT_MAX: '0', DB_POOL_MAX: process.env.DB_POOL_MAX ?? '10' });
const setup = createPgDb(url);
async function newTeam(name: string, users = 1): Promise<string[]> {
  const team = await createTeam(setup, `${name} ${randomUUID().slice(0, 6)}`);
  const tokens: string[] = [];
  for (let i = 0; i < users; i += 1) tokens.push((await createToken(setup, (await createUser(setup, team.id, `user ${i}`, 'rep')).id)).secret);
  return tokens;
}

let clock = 1_700_000_000_000;
function body(count: number): string {
  const clientId = randomUUID();
  const mutations = Array.from({ length: count }, () => {
    const id = randomUUID();
    clock += 1;
    return {
      id: randomUUID(),
      entity: 'account',
      entityId: id,
      op: 'put',
      baseVersion: 0,
      data: { id, createdAt: clock, updatedAt: clock, version: 0, name: `Account ${id.slice(0, 8)}`, domain: 'example.com', stage: 'lead', capturedAt: clock },
      at: clock,
    };
  });
  return JSON.stringify({ clientId, mutations });
}

/** One push; `retry` sends it again after a 503 (as the extension does), else a 503 is a failure. */
async function push(token: string, payload: string, retry = false): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${server.url}/v1/push`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: payload });
    const text = await response.text();
    if (response.status === 503 && retry) {
      unavailable += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (response.status !== 200) throw new Error(`push ${response.status}: ${text.slice(0, 200)}`);
    return performance.now() - started;
  }
}
let unavailable = 0;

async function get(token: string, path: string): Promise<{ ms: number; json: { changes?: unknown[]; cursor?: string; more?: boolean } }> {
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const json = (await response.json()) as { changes?: unknown[]; cursor?: string; more?: boolean };
  if (response.status !== 200) throw new Error(`${path} ${response.status}`);
  return { ms: performance.now() - started, json };
}

const p99 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
};

const results: Array<{ name: string; value: number; unit: string; budget: number; higherIsBetter: boolean }> = [];
const record = (name: string, value: number, unit: string, budget: number, higherIsBetter: boolean) => {
  results.push({ name, value, unit, budget, higherIsBetter });
  const ok = higherIsBetter ? value >= budget : value <= budget;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${name}: ${value.toFixed(1)} ${unit} (budget ${higherIsBetter ? '>=' : '<='} ${budget})`);
};

try {
  // Warm up: JIT, connections, plans.
  const [warm] = await newTeam('warm');
  for (let i = 0; i < 3; i += 1) await push(warm!, body(500));

  // 1. One client, batches of 500.
  {
    const [token] = await newTeam('one');
    const bodies = Array.from({ length: 20 }, () => body(500));
    const started = performance.now();
    for (const payload of bodies) await push(token!, payload);
    record('push, 1 client, batches of 500', (bodies.length * 500) / ((performance.now() - started) / 1000), 'mutations/s', BUDGETS.pushOneClient, true);

    // 3. Pull everything that client wrote, 1000 a page.
    const started2 = performance.now();
    let cursor = '';
    let changes = 0;
    for (;;) {
      const { json } = await get(token!, `/v1/pull?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
      changes += json.changes?.length ?? 0;
      cursor = json.cursor ?? '';
      if (!json.more) break;
    }
    record('pull, 1000 a page', changes / ((performance.now() - started2) / 1000), 'changes/s', BUDGETS.pull, true);
  }

  // 2. Ten clients in ten teams, batches of 500.
  {
    const tokens = (await Promise.all(Array.from({ length: 10 }, (_, i) => newTeam(`ten ${i}`)))).map((team) => team[0]!);
    const bodies = tokens.map(() => Array.from({ length: 6 }, () => body(500)));
    const started = performance.now();
    await Promise.all(tokens.map(async (token, i) => {
      for (const payload of bodies[i]!) await push(token, payload);
    }));
    record('push, 10 clients in 10 teams, batches of 500', (10 * 6 * 500) / ((performance.now() - started) / 1000), 'mutations/s', BUDGETS.pushTenClients, true);

    // 4. p99 of a 100-mutation push at 10 clients.
    const small = tokens.map(() => Array.from({ length: 30 }, () => body(100)));
    const times: number[] = [];
    await Promise.all(tokens.map(async (token, i) => {
      for (const payload of small[i]!) times.push(await push(token, payload));
    }));
    record('p99 of a 100-mutation push, 10 clients', p99(times), 'ms', BUDGETS.push100P99TenClients, false);
  }

  // 5. Team B while team A runs 50 clients of 500-mutation pushes.
  {
    const teamA = await newTeam('busy', 50);
    const [teamB] = await newTeam('quiet');
    const busyBodies = teamA.map(() => Array.from({ length: 3 }, () => body(500)));
    let busy = true;
    const load = Promise.all(teamA.map(async (token, i) => {
      for (const payload of busyBodies[i]!) await push(token, payload, true);
    })).finally(() => {
      busy = false;
    });
    load.catch(() => {});
    const me: number[] = [];
    const small: number[] = [];
    while (busy) {
      me.push((await get(teamB!, '/v1/me')).ms);
      small.push(await push(teamB!, body(5)));
    }
    await load;
    console.log(`     (team A: 50 clients x 3 pushes of 500; ${unavailable} answered 503 and were retried)`);
    record(`team B p99 of /v1/me while team A pushes (${me.length} samples)`, p99(me), 'ms', BUDGETS.isolationP99, false);
    record(`team B p99 of a 5-mutation push while team A pushes (${small.length} samples)`, p99(small), 'ms', BUDGETS.isolationP99, false);
  }
} finally {
  await server.stop();
  await setup.close();
}

const missed = results.filter((r) => (r.higherIsBetter ? r.value < r.budget : r.value > r.budget));
if (server.exited() !== '0' && server.exited() !== null && server.exited() !== 'SIGTERM') console.log(`server exit: ${server.exited()}`);
console.log(missed.length === 0 ? 'bench: every budget met' : `bench: ${missed.length} budget(s) missed`);
process.exit(missed.length === 0 ? 0 : 1);
