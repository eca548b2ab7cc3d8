/**
 * Sync fault test (issue #7): `npm run test:fault` (npx tsx tests/sync-fault/run.ts).
 *
 * Several simulated clients (the real lib/sync engine, each on its own fake-indexeddb database)
 * make thousands of random changes while a proxy drops, delays, duplicates, replays and fails
 * their requests, the server (real, PGlite on disk or DATABASE_URL's PostgreSQL) is restarted and
 * client sync loops are killed part way. Then the faults stop, every client reconnects and settles,
 * and the test checks: every client holds exactly the server's data; no change was lost; none was
 * applied twice. Loopback only; bounded in time. Env: FAULT_SEED, FAULT_CLIENTS, FAULT_OPS.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameContent } from '../../lib/sync/mergeRecords';
import { listIssues } from '../../lib/sync/issues';
import { syncDb } from '../../lib/sync/syncDb';
import { createFaultClient, newWriteLog, type FaultClient } from './faultClient';
import { sleep, startFaultProxy } from './faultProxy';
import { startSyncServer } from './syncServer';
import { seededRandom } from '../support/seededRandom';

const SEED = Number(process.env.FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 4);
const OPS = Number(process.env.FAULT_OPS ?? 3_000);
const TIME_LIMIT_MS = 170_000;


interface ServerRow {
  entity: string;
  entity_id: string;
  version: unknown;
  data: Record<string, unknown> | null;
  deleted: boolean;
}

async function main(): Promise<number> {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    console.error(`fault test: over its ${TIME_LIMIT_MS / 1000} s limit`);
    process.exit(2);
  }, TIME_LIMIT_MS);
  watchdog.unref();
  const random = seededRandom(SEED);
  const dataDir = process.env.DATABASE_URL ? undefined : await mkdtemp(join(tmpdir(), 'leadkit-fault-'));
  const server = await startSyncServer({ dataDir });
  const proxy = await startFaultProxy(() => server.port, random);
  const first = await server.createRep(undefined, 'Rep 0');
  const reps = [first, ...(await Promise.all(Array.from({ length: CLIENTS - 1 }, (_, i) => server.createRep(first.teamId, `Rep ${i + 1}`))))];
  const log = newWriteLog();
  const clients: FaultClient[] = [];
  for (const [index, rep] of reps.entries()) clients.push(await createFaultClient(index, proxy.url, rep.token, random, log));
  console.log(`fault test: seed ${SEED}, ${CLIENTS} clients, ${OPS} changes, ${server.kind}${dataDir ? ' on disk' : ''}`);

  // Chaos: changes, sync loops killed at random, faults in every request, server restarts.
  let chaos = true;
  let restarts = 0;
  const loops = clients.map((client) => client.syncLoop(() => chaos));
  const restarter = (async () => {
    while (chaos) {
      await sleep(3_000 + random() * 3_000);
      if (!chaos) break;
      await server.stop({ closeDb: true });
      await sleep(200 + random() * 1_200);
      await server.start();
      restarts += 1;
    }
  })();
  const perClient = Math.ceil(OPS / CLIENTS);
  await Promise.all(
    clients.map(async (client) => {
      for (let op = 0; op < perClient; op += 1) {
        await client.step();
        await sleep(random() * 12);
      }
    }),
  );
  chaos = false;
  await Promise.all([...loops, restarter]);
  if (!server.running()) await server.start();
  proxy.setFaulty(false);
  const chaosMs = Date.now() - started;

  // Reconnect and settle: everyone resolves what is open and syncs until nothing is left; then
  // one more round so everyone has pulled the others' last pushes.
  for (let round = 0; round < 6; round += 1) {
    const settled = [];
    for (const client of clients) settled.push(await client.settle());
    if (round > 0 && settled.every((s) => s.pending === 0 && s.conflicts === 0 && s.pulled === 0)) break;
  }

  const problems: string[] = [];
  const { rows } = await server.db().query<ServerRow>(
    'SELECT entity, entity_id, version, data::json AS data, deleted FROM records WHERE team_id = $1',
    [first.teamId],
  );
  const live = new Map(rows.filter((row) => !row.deleted).map((row) => [`${row.entity}:${row.entity_id}`, row]));

  // 1. Every client holds exactly the server's records, at the server's versions.
  for (const client of clients) {
    const db = syncDb(client.db);
    const local = new Map<string, Record<string, unknown>>();
    for (const [entity, store] of [['account', 'accounts'], ['activity', 'activities']] as const) {
      for (const record of await db.getAll(store)) local.set(`${entity}:${record.id}`, record as unknown as Record<string, unknown>);
    }
    const pending = await db.count('outbox');
    const issues = await listIssues(client.db);
    if (pending > 0) problems.push(`client ${client.index}: ${pending} mutation(s) still in the outbox`);
    if (issues.length > 0) problems.push(`client ${client.index}: ${issues.length} open issue(s): ${issues.map((i) => i.kind).join(', ')}`);
    for (const [key, row] of live) {
      const mine = local.get(key);
      if (!mine) problems.push(`client ${client.index}: missing ${key}`);
      else if (!sameContent(mine, row.data ?? {}) || mine.version !== Number(row.version)) problems.push(`client ${client.index}: ${key} differs from the server`);
    }
    for (const key of local.keys()) if (!live.has(key)) problems.push(`client ${client.index}: has ${key}, which the server does not`);
  }

  // 2. None applied twice: each version step of each record is exactly one applied mutation.
  const applied = await server.db().query<{ entity: string; entity_id: string; steps: unknown; distinct_versions: unknown; max_version: unknown }>(
    `SELECT entity, entity_id, count(*) AS steps, count(DISTINCT version) AS distinct_versions, max(version) AS max_version
       FROM applied_mutations WHERE team_id = $1 AND version > 0 GROUP BY entity, entity_id`,
    [first.teamId],
  );
  const versions = new Map(rows.map((row) => [`${row.entity}:${row.entity_id}`, Number(row.version)]));
  let appliedTotal = 0;
  for (const row of applied.rows) {
    const key = `${row.entity}:${row.entity_id}`;
    appliedTotal += Number(row.steps);
    if (Number(row.steps) !== Number(row.distinct_versions) || Number(row.max_version) !== versions.get(key) || Number(row.steps) !== versions.get(key)) {
      problems.push(`${key}: ${row.steps} applied mutation(s) for version ${versions.get(key)}`);
    }
  }

  // 3. No change lost: every record created is there unless someone deleted it; every field only
  //    one client ever wrote holds that client's last value.
  for (const id of log.createdActivities) if (!live.has(`activity:${id}`)) problems.push(`lost activity ${id}`);
  for (const id of log.createdAccounts) if (!log.deletedAccounts.has(id) && !live.has(`account:${id}`)) problems.push(`lost account ${id}`);
  let singleWriterFields = 0;
  for (const [key, writes] of log.fieldWrites) {
    const [accountId, field] = key.split('.') as [string, string];
    if (writes.writers.size !== 1 || log.deletedAccounts.has(accountId) || log.decidedFields.has(key) || log.decidedFields.has(`${accountId}.$deleted`)) continue;
    const row = live.get(`account:${accountId}`);
    const [writer] = [...writes.writers];
    singleWriterFields += 1;
    if (!row) problems.push(`lost account ${accountId}`);
    else if (JSON.stringify(row.data?.[field]) !== JSON.stringify(writes.last.get(writer!))) {
      problems.push(`lost edit: ${accountId}.${field} is ${JSON.stringify(row.data?.[field])}, client ${writer} last wrote ${JSON.stringify(writes.last.get(writer!))}`);
    }
  }

  const totals = clients.reduce(
    (sum, client) => {
      for (const [name, value] of Object.entries(client.stats)) sum[name] = (sum[name] ?? 0) + value;
      return sum;
    },
    {} as Record<string, number>,
  );
  console.log(`changes made: ${totals.ops} (${totals.creates} accounts created, ${totals.edits} edits, ${totals.activities} activities, ${totals.deletes} deletes)`);
  const errors = new Map<string, number>();
  for (const client of clients) for (const [code, count] of client.errors) errors.set(code, (errors.get(code) ?? 0) + count);
  console.log(`sync runs: ${totals.runs} (${totals.failedRuns} failed: ${[...errors].map(([code, count]) => `${code} ${count}`).join(', ')}; ${totals.kills} killed part way); conflicts resolved by reps: ${totals.conflictsResolved}`);
  console.log(`requests through the proxy: ${proxy.counts.requests}; faults: ${Object.entries(proxy.counts).filter(([name]) => !['requests', 'pass'].includes(name)).map(([name, count]) => `${name} ${count}`).join(', ')}`);
  console.log(`server restarts: ${restarts}; mutations applied: ${appliedTotal}; records on the server: ${live.size} live, ${rows.length - live.size} deleted`);
  console.log(`checked: ${clients.length} clients × ${live.size} records, ${log.createdAccounts.size + log.createdActivities.size} creations, ${singleWriterFields} single-writer fields (${log.decidedFields.size} fields decided by reps in conflicts, not counted)`);
  console.log(`time: ${(chaosMs / 1000).toFixed(1)} s of faults, ${((Date.now() - started) / 1000).toFixed(1)} s in all`);

  await proxy.close();
  await server.close();
  for (const client of clients) client.db.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(`FAILED: ${problems.length} problem(s) (seed ${SEED})`);
    for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
    return 1;
  }
  console.log('OK: every client holds the server’s data; no change lost; none applied twice');
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('fault test crashed:', error);
  return 1;
});
