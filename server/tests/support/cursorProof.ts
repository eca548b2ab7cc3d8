import { expect } from 'vitest';
import { account, put, type SyncClient } from '../testDatabase.ts';

/**
 * The cursor proof (issue #21): pullers follow their cursors while writers push new records and
 * updates of their earlier ones; each puller ends holding exactly the latest version of every
 * record. A pull that skipped a row (a change committed behind a cursor already handed out) leaves
 * a puller with an old version or a missing record. `client()` gives a new client of one team each
 * call: in one process, or through a balancer in front of several instances.
 */
export async function proveCursorNeverSkips(client: () => SyncClient, options: { writers?: number; pullers?: number; rounds?: number } = {}): Promise<void> {
  const { writers: writerCount = 4, pullers: pullerCount = 3, rounds = 8 } = options;
  const prefix = `cp-${Math.random().toString(36).slice(2, 8)}`;
  const writers = Array.from({ length: writerCount }, client);
  const pullers = Array.from({ length: pullerCount }, client);
  let writing = true;
  const writes = Promise.all(
    writers.map(async (writer, w) => {
      const versions = new Map<string, number>();
      for (let round = 0; round < rounds; round += 1) {
        // New records and updates of this writer's earlier ones, in one batch.
        const batch = Array.from({ length: 6 }, (_, n) => `${prefix}-${w}-${round}-${n}`).map((id) => put(id, 0));
        for (const [id, version] of [...versions].slice(0, 4)) batch.push(put(id, version, account(id, { name: `r${round}` })));
        const { results } = await writer.push(batch);
        results.forEach((result, i) => {
          if (result.status === 'applied') versions.set(batch[i]!.entityId, result.version);
        });
      }
    }),
  ).finally(() => {
    writing = false;
  });
  const follow = async (puller: SyncClient) => {
    const held = new Map<string, number>();
    let cursor: string | undefined;
    const page = async () => {
      const answer = await puller.pull(cursor, 5);
      for (const change of answer.changes) held.set(change.entityId, change.version);
      cursor = answer.cursor;
      return answer.more;
    };
    while (writing) await page();
    // Caught up from the cursor it holds, never from the start.
    while (await page());
    return held;
  };
  const [held] = await Promise.all([Promise.all(pullers.map(follow)), writes]);
  const truth = new Map((await client().pullAll(1000)).map((change) => [change.entityId, change.version]));
  expect(truth.size).toBe(writerCount * rounds * 6);
  for (const state of held) expect(Object.fromEntries(state)).toEqual(Object.fromEntries(truth));
}
