/**
 * Sync bench (issue #7): push and pull throughput of 10k mutations against the reference server
 * running locally (PGlite in memory, or DATABASE_URL's PostgreSQL), and what the outbox costs
 * each local write (commitChanges with its outbox row vs the same put alone), on fake-indexeddb.
 * `npx tsx tests/bench/sync.ts`, or through tests/bench/run.ts.
 */
import 'fake-indexeddb/auto';
import { commitChanges, openLeadKitDB, type Change } from '../../lib/db';
import type { Account } from '../../lib/model';
import { applyPushResults } from '../../lib/sync/applyPush';
import { createSyncClient } from '../../lib/sync/client';
import { createSyncEngine } from '../../lib/sync/engine';
import { markInflight, nextBatch } from '../../lib/sync/outboxQueue';
import { clientIdOf } from '../../lib/sync/syncState';
import { syncDb } from '../../lib/sync/syncDb';
import { startSyncServer } from '../sync-fault/syncServer';
import type { BenchResult } from './budget';

const MUTATIONS = 10_000;
const WRITES = 2_000;

function account(id: string, now: number): Account {
  return {
    id, createdAt: now, updatedAt: now, version: 0, name: `Company ${id}`, domain: `${id}.example.com`, stage: 'lead',
    industry: 'Industrial automation', region: 'East China', description: 'A typical account with a short description.',
    tags: ['bench'], phones: ['+86 21 5555 0100'], emails: [`sales@${id}.example.com`], capturedAt: now,
  };
}

/** Blocks of writes, alternated: the outbox's overhead is a difference, so both sides see the same machine. */
const BLOCKS = 10;

async function outboxCostPerWrite(): Promise<{ withOutbox: number; without: number }> {
  const db = await openLeadKitDB(`bench-outbox-${Date.now()}`);
  const now = Date.now();
  const withOutboxWrite = (index: number) => commitChanges(db, [{ store: 'accounts', op: 'put', record: account(`w${index}`, now) }], now);
  const putAlone = async (index: number) => {
    const tx = db.transaction('accounts', 'readwrite');
    await tx.store.put(account(`p${index}`, now));
    await tx.done;
  };
  const block = async (write: (index: number) => Promise<void>, from: number) => {
    const started = performance.now();
    for (let index = from; index < from + WRITES / BLOCKS; index += 1) await write(index);
    return performance.now() - started;
  };
  for (let index = 0; index < 100; index += 1) {
    await withOutboxWrite(-1 - index); // warm up both
    await putAlone(-1 - index);
  }
  let withOutbox = 0;
  let without = 0;
  for (let at = 0; at < WRITES; at += WRITES / BLOCKS) {
    withOutbox += await block(withOutboxWrite, at);
    without += await block(putAlone, at);
  }
  db.close();
  return { withOutbox: withOutbox / WRITES, without: without / WRITES };
}

export async function runSyncBench(log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  const server = await startSyncServer();
  try {
    const repA = await server.createRep(undefined, 'Bench A');
    const repB = await server.createRep(repA.teamId, 'Bench B');
    const now = Date.now();

    // Client A: 10k local captures waiting in the outbox.
    const a = await openLeadKitDB(`bench-a-${now}`);
    for (let start = 0; start < MUTATIONS; start += 500) {
      const changes: Change[] = Array.from({ length: 500 }, (_, i) => ({ store: 'accounts', op: 'put', record: account(`a${start + i}`, now) }));
      await commitChanges(a, changes, now);
    }
    log(`outbox: ${await syncDb(a).count('outbox')} mutations`);

    // Push: what the engine's push phase does, batch after batch, each answer stored before the next.
    const client = createSyncClient({ backendUrl: server.url, token: repA.token, fetch: (url, init) => fetch(url, init) });
    const clientId = await clientIdOf(a);
    let pushed = 0;
    const pushStarted = performance.now();
    for (let batch = await nextBatch(a); batch.length > 0; batch = await nextBatch(a)) {
      await markInflight(a, batch.map((entry) => entry.id));
      const answer = await client.push(clientId, batch.map(({ seq: _seq, ...mutation }) => mutation));
      pushed += (await applyPushResults(a, batch, answer.data.results, Date.now())).confirmed;
    }
    const pushSeconds = (performance.now() - pushStarted) / 1_000;
    if (pushed !== MUTATIONS) throw new Error(`pushed ${pushed} of ${MUTATIONS}`);
    log(`push: ${pushed} in ${pushSeconds.toFixed(1)} s`);

    // Pull: a second profile of the team starts empty and pulls everything (the real engine).
    const b = await openLeadKitDB(`bench-b-${now}`);
    const engine = createSyncEngine({
      db: async () => b,
      connection: async () => ({ backendUrl: server.url, token: repB.token }),
      fetch: (url, init) => fetch(url, init),
      now: Date.now,
      random: Math.random,
      hasPermission: async () => true,
      scheduleRetry: async () => {},
      notify: () => {},
      log,
      pullLimit: 1_000,
    });
    const pullStarted = performance.now();
    const outcome = await engine.run('manual');
    const pullSeconds = (performance.now() - pullStarted) / 1_000;
    if (outcome.pulled !== MUTATIONS) throw new Error(`pulled ${outcome.pulled} of ${MUTATIONS} (${outcome.outcome} ${outcome.error ?? ''})`);
    log(`pull: ${outcome.pulled} in ${pullSeconds.toFixed(1)} s`);
    a.close();
    b.close();

    const cost = await outboxCostPerWrite();
    return [
      { name: `sync push, ${MUTATIONS.toLocaleString('en')} mutations (${server.kind}, batches of 500)`, samples: [Math.round(pushed / pushSeconds)], unit: 'mutations/s', budget: 500 },
      { name: `sync pull, ${MUTATIONS.toLocaleString('en')} changes into an empty profile (${server.kind})`, samples: [Math.round(outcome.pulled / pullSeconds)], unit: 'changes/s', budget: 1_000 },
      { name: 'local write with its outbox mutation (fake-indexeddb)', samples: [cost.withOutbox], unit: 'ms', budget: 1, better: 'lower' },
      { name: 'outbox overhead per local write (vs the put alone, blocks alternated)', samples: [Math.max(0, cost.withOutbox - cost.without)], unit: 'ms', budget: 0.5, better: 'lower' },
    ];
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runSyncBench((line) => console.log(line));
  console.table(results);
}
