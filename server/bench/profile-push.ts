/**
 * Where a push's time goes, in this process (no HTTP): `bash scripts/with-postgres.sh node --import
 * tsx bench/profile-push.ts`. Times request parsing (zod) apart from applyPush (checks + SQL), and
 * each SQL statement by wrapping the database, for batches of 500 into one growing team. Also
 * prints the CPU time this process and the PostgreSQL cluster's processes spent per push: on a
 * shared machine wall times swing with the load, CPU times much less.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PushRequest } from '../../lib/sync/protocol.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPgDb } from '../src/db/pg.ts';
import type { Db, Queryable } from '../src/db/types.ts';
import { createTeam, createUser } from '../src/directory.ts';
import { applyPush } from '../src/sync/push.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const db = createPgDb(url);
await migrate(db);
const team = await createTeam(db, `profile ${randomUUID().slice(0, 6)}`);
const user = await createUser(db, team.id, 'rep', 'rep');
const principal = { tokenId: 'x', userId: user.id, userName: 'rep', teamId: team.id, teamName: team.name, role: 'rep' as const };

let clock = 1_700_000_000_000;
function body(count: number): string {
  const mutations = Array.from({ length: count }, () => {
    const id = randomUUID();
    clock += 1;
    return { id: randomUUID(), entity: 'account', entityId: id, op: 'put', baseVersion: 0, data: { id, createdAt: clock, updatedAt: clock, version: 0, name: `Account ${id.slice(0, 8)}`, domain: 'example.com', stage: 'lead', capturedAt: clock }, at: clock };
  });
  return JSON.stringify({ clientId: randomUUID(), mutations });
}

const sqlTimes = new Map<string, number>();
function timed(inner: Queryable): Queryable {
  return {
    async query(sql, params) {
      const started = performance.now();
      try {
        return await inner.query(sql, params);
      } finally {
        const name = sql.trim().split(/\s+/).slice(0, 3).join(' ');
        sqlTimes.set(name, (sqlTimes.get(name) ?? 0) + performance.now() - started);
      }
    },
    exec: inner.exec,
  };
}
const timedDb: Db = { ...db, transaction: (work) => db.transaction((tx) => work(timed(tx))) };

/** CPU ms (user + system) of every process of the cluster (backends and its background workers). */
async function postgresCpuMs(): Promise<number> {
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity');
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone meanwhile.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const rounds = Number(process.env.ROUNDS ?? 20);
const bodies = Array.from({ length: rounds + 3 }, () => body(500));
let parseMs = 0;
let applyMs = 0;
let cpuStart = { node: process.cpuUsage(), pg: 0 };
for (let i = 0; i < bodies.length; i += 1) {
  if (i === 3) {
    parseMs = 0;
    applyMs = 0;
    sqlTimes.clear();
    cpuStart = { node: process.cpuUsage(), pg: await postgresCpuMs() };
  }
  let started = performance.now();
  const request = PushRequest.parse(JSON.parse(bodies[i]!));
  parseMs += performance.now() - started;
  started = performance.now();
  await applyPush(timedDb, principal, request);
  applyMs += performance.now() - started;
}
const pgCpu = (await postgresCpuMs()) - cpuStart.pg;
const nodeCpu = process.cpuUsage(cpuStart.node);
const per = (ms: number) => `${(ms / rounds).toFixed(1)} ms/push`;
console.log(`CPU: node ${per((nodeCpu.user + nodeCpu.system) / 1000)}, postgres ${per(pgCpu)}`);
console.log(`JSON.parse + zod: ${per(parseMs)}; applyPush: ${per(applyMs)} (${((rounds * 500) / ((parseMs + applyMs) / 1000)).toFixed(0)} mutations/s)`);
let sql = 0;
for (const [name, ms] of sqlTimes) {
  sql += ms;
  console.log(`  ${name}: ${per(ms)}`);
}
console.log(`  in JS between statements: ${per(applyMs - sql)}`);
await db.close();
