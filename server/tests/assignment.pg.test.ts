import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeRecords } from '../../lib/sync/mergeRecords.ts';
import { PushResponse, type PushResult } from '../../lib/sync/protocol.ts';
import { account, addRep, clientFor, createRep, openMigratedDb, put, testApp, type TestDb } from './testDatabase.ts';

/**
 * Issue #24 item 5: every install assigns the leads it creates, offline too, so two reps can name
 * different owners for one account. The server decides: the first owner it stores stays
 * (server/src/sync/writeRules.ts), and the losing install converges through the conflict merge.
 */
describe('account owner: the first one stored stays (pg)', () => {
  let test: TestDb;
  let app: FastifyInstance;

  beforeAll(async () => {
    test = await openMigratedDb('pg');
    app = await testApp(test.db);
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
  });

  async function team() {
    const bo = await createRep(test.db);
    const li = await addRep(test.db, bo.teamId, 'Li');
    const manager = await addRep(test.db, bo.teamId, 'Ma', 'manager');
    // createRep names its user 'Rep'; that name is what an account's ownerId holds for them.
    return { bo: clientFor(app, bo.token), boName: 'Rep', li: clientFor(app, li.token), manager: clientFor(app, manager.token) };
  }

  const storedOwner = async (client: ReturnType<typeof clientFor>, id: string) => {
    const changes = await client.pullAll();
    const change = changes.filter((c) => c.entityId === id).at(-1);
    return { owner: change?.data?.ownerId, version: change?.version };
  };

  it('two reps pushing the same new account at once: one owner wins, the other converges on it', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { bo, boName, li } = await team();
      const id = randomUUID();
      const base = account(id);
      const mine = { Bo: { ...base, ownerId: boName }, Li: { ...base, ownerId: 'Li' } };
      const [boAnswer, liAnswer] = await Promise.all([bo.push([put(id, 0, mine.Bo)]), li.push([put(id, 0, mine.Li)])]);
      const results = [PushResponse.parse(boAnswer).results[0]!, PushResponse.parse(liAnswer).results[0]!];
      const statuses = results.map((result) => result.status).sort();
      expect(statuses).toEqual(['applied', 'conflict']);

      const winner = results[0]!.status === 'applied' ? boName : 'Li';
      const loserClient = winner === boName ? li : bo;
      const loserData = winner === boName ? mine.Li : mine.Bo;
      const conflict = results.find((result) => result.status === 'conflict') as Extract<PushResult, { status: 'conflict' }>;
      expect(conflict.server.data?.ownerId).toBe(winner);

      // The loser's install merges the server's copy in (no common base: both created it) and sends it again.
      const { merged, conflicts } = mergeRecords(null, loserData, conflict.server.data!);
      expect(conflicts).not.toContain('ownerId');
      expect(merged.ownerId).toBe(winner);
      const retry = PushResponse.parse(await loserClient.push([put(id, conflict.server.version, merged)])).results[0]!;
      expect(retry.status).toBe('applied');

      expect(await storedOwner(bo, id)).toEqual({ owner: winner, version: 2 });
      expect((await storedOwner(li, id)).owner).toBe(winner);
    }
  });

  it("refuses a rep's put that replaces or clears someone else's owner, even on the current version", async () => {
    const { bo, boName, li } = await team();
    const id = randomUUID();
    expect(PushResponse.parse(await bo.push([put(id, 0, account(id, { ownerId: boName }))])).results[0]!.status).toBe('applied');
    const taken = PushResponse.parse(await li.push([put(id, 1, account(id, { ownerId: 'Li' }))])).results[0]!;
    expect(taken).toMatchObject({ status: 'rejected', reason: 'forbidden', message: expect.stringMatching(/owner, once set/) });
    const cleared = PushResponse.parse(await li.push([put(id, 1, account(id))])).results[0]!;
    expect(cleared).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    // Another rep may still work the account while leaving its owner alone.
    const edited = PushResponse.parse(await li.push([put(id, 1, account(id, { ownerId: boName, industry: 'Retail' }))])).results[0]!;
    expect(edited.status).toBe('applied');
    expect((await storedOwner(bo, id)).owner).toBe(boName);
  });

  it('lets the owner hand an account on, and a manager reassign it', async () => {
    const { bo, boName, li, manager } = await team();
    const id = randomUUID();
    await bo.push([put(id, 0, account(id, { ownerId: boName }))]);
    expect(PushResponse.parse(await bo.push([put(id, 1, account(id, { ownerId: 'Li' }))])).results[0]!.status).toBe('applied');
    expect(PushResponse.parse(await manager.push([put(id, 2, account(id, { ownerId: boName }))])).results[0]!.status).toBe('applied');
    expect((await storedOwner(li, id)).owner).toBe(boName);
  });
});
