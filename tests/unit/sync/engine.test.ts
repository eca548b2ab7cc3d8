import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../lib/sync/issues';
import { compactOutbox } from '../../../lib/sync/outboxQueue';
import { syncDb } from '../../../lib/sync/syncDb';
import { createFakeServer } from './fakeServer';
import { account, allAccounts, createDevice } from './harness';

describe('sync engine: push', () => {
  it('pushes the outbox and removes a mutation only once the server confirmed it', async () => {
    const server = createFakeServer();
    const device = await createDevice('push', server);
    await device.put(account('a1'));
    await device.put(account('a2'));
    expect(await device.outbox()).toHaveLength(2);

    const result = await device.sync();
    expect(result).toMatchObject({ outcome: 'synced', pushed: 2 });
    expect(await device.outbox()).toEqual([]);
    expect(server.rows.get('account:a1')?.version).toBe(1);
    // The local copy now knows its server version, so the next edit is based on it.
    expect((await device.get('a1'))?.version).toBe(1);
  });

  it('keeps the outbox when the answer never arrives, and the re-send is recognised (no double apply)', async () => {
    const server = createFakeServer();
    let dropped = false;
    // First: the server applies the push but the connection dies before the answer.
    const device = await createDevice('lost-answer', server, {
      fetch: async (url, init) => {
        const response = await server.fetch(url, init);
        if (new URL(url).pathname === '/v1/push' && !dropped) {
          dropped = true;
          throw new TypeError('network error');
        }
        return response;
      },
    });
    await device.put(account('a1', { name: 'First' }));
    expect(await device.sync()).toMatchObject({ outcome: 'failed', error: 'offline' });
    expect(await device.outbox()).toHaveLength(1);
    expect(server.rows.get('account:a1')?.version).toBe(1);

    // An edit made meanwhile waits behind the one in flight; both arrive, each applied once.
    await device.put({ ...(await device.get('a1'))!, name: 'Second' });
    expect(await device.sync()).toMatchObject({ outcome: 'synced' });
    expect(await device.outbox()).toEqual([]);
    expect(server.rows.get('account:a1')).toMatchObject({ version: 2, data: expect.objectContaining({ name: 'Second' }) });
    expect(server.applied.size).toBe(2);
  });

  it('sends one mutation per record per batch and collapses edits never sent', async () => {
    const server = createFakeServer();
    const device = await createDevice('compact', server);
    const a = account('a1');
    await device.put(a);
    await device.put({ ...a, name: 'Renamed' });
    await device.put({ ...a, name: 'Renamed again' });
    await device.put(account('temp'));
    await device.remove('temp', 0);
    expect(await device.outbox()).toHaveLength(5);
    await compactOutbox(device.db);
    const outbox = await device.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entityId: 'a1', op: 'put', data: expect.objectContaining({ name: 'Renamed again' }) });
    await device.sync();
    expect(server.rows.get('account:a1')).toMatchObject({ version: 1 });
    expect(server.rows.has('account:temp')).toBe(false);
  });

  it('a record deleted while its creation is in flight is deleted on the server too (not dropped as never sent)', async () => {
    const server = createFakeServer();
    let drop = true;
    const device = await createDevice('create-inflight', server, {
      fetch: async (url, init) => {
        const response = await server.fetch(url, init);
        if (drop && new URL(url).pathname === '/v1/push') {
          drop = false;
          throw new TypeError('connection reset');
        }
        return response;
      },
    });
    await device.put(account('a1'));
    await device.sync();
    expect(server.rows.get('account:a1')?.version).toBe(1);
    await device.put({ ...(await device.get('a1'))!, name: 'Renamed' });
    await device.remove('a1', 0);
    await device.sync();
    expect(server.rows.get('account:a1')).toMatchObject({ deleted: true, version: 2 });
    expect(await device.outbox()).toEqual([]);
  });

  it('a worker woken again right after a run does not pull again for nothing', async () => {
    const server = createFakeServer();
    const device = await createDevice('startup', server);
    await device.sync('startup');
    const calls = server.calls.length;
    expect(await device.sync('startup')).toMatchObject({ outcome: 'idle' });
    await device.put(account('a1'));
    expect(await device.sync('startup')).toMatchObject({ outcome: 'synced', pushed: 1 });
    expect(server.calls.length).toBeGreaterThan(calls);
  });

  it('no backend configured: local-only, nothing sent, the outbox waits', async () => {
    const server = createFakeServer();
    const device = await createDevice('local', server, { connection: async () => null });
    await device.put(account('a1'));
    expect(await device.sync()).toMatchObject({ outcome: 'localOnly' });
    expect(server.calls).toEqual([]);
    expect(await device.outbox()).toHaveLength(1);
    expect((await device.state()).localOnly).toBe(true);
  });
});

describe('sync engine: pull', () => {
  it('applies server changes without writing them to the outbox (no echo)', async () => {
    const server = createFakeServer();
    server.write('account', 'b1', account('b1', { name: 'From the team' }));
    const device = await createDevice('pull', server);
    expect(await device.sync()).toMatchObject({ outcome: 'synced', pulled: 1 });
    expect(await device.get('b1')).toMatchObject({ name: 'From the team', version: 1 });
    expect(await device.outbox()).toEqual([]);
    // Pulling again finds nothing new and pushes nothing.
    const calls = server.calls.length;
    expect(await device.sync()).toMatchObject({ pushed: 0, pulled: 0 });
    expect(server.calls.slice(calls).map((call) => call.path)).toEqual(['/v1/pull']);
  });

  it('pulls page by page and removes records deleted on the server', async () => {
    const server = createFakeServer();
    for (let index = 0; index < 7; index += 1) server.write('account', `b${index}`, account(`b${index}`));
    const device = await createDevice('pages', server, { pullLimit: 3 });
    await device.sync();
    expect(await device.db.count('accounts')).toBe(7);
    server.write('account', 'b3', null);
    await device.sync();
    expect(await device.get('b3')).toBeUndefined();
    expect(await device.db.count('accounts')).toBe(6);
  });

  it('rebases local edits on a pulled change instead of clobbering them', async () => {
    const server = createFakeServer();
    const device = await createDevice('rebase', server);
    await device.put(account('a1', { industry: 'Robots', region: 'West' }));
    await device.sync();
    // Offline: the rep changes the region; meanwhile a colleague changes the industry.
    await device.put({ ...(await device.get('a1'))!, region: 'East' });
    const current = server.rows.get('account:a1')!;
    server.write('account', 'a1', { ...current.data, industry: 'Drones' });

    const result = await device.sync();
    expect(result.outcome).toBe('synced');
    expect(await device.get('a1')).toMatchObject({ industry: 'Drones', region: 'East', version: 3 });
    expect(server.rows.get('account:a1')?.data).toMatchObject({ industry: 'Drones', region: 'East' });
    expect(await device.outbox()).toEqual([]);
  });
  it('a page writing from a copy read before a pull does not undo the pulled change', async () => {
    const server = createFakeServer();
    const device = await createDevice('stale-copy', server);
    await device.put(account('a1', { industry: 'Robots', region: 'West' }));
    await device.sync();
    const staleCopy = (await device.get('a1'))!;
    const current = server.rows.get('account:a1')!;
    server.write('account', 'a1', { ...current.data, industry: 'Drones' });
    await device.sync();
    expect(await device.get('a1')).toMatchObject({ industry: 'Drones', version: 2 });
    // The side panel still held version 1 and saves the rep's region edit from it.
    await device.put({ ...staleCopy, region: 'East' });
    await device.sync();
    expect(await device.issues()).toEqual([]);
    expect(server.rows.get('account:a1')?.data).toMatchObject({ industry: 'Drones', region: 'East' });
    expect(await device.get('a1')).toMatchObject({ industry: 'Drones', region: 'East', version: 3 });
  });
});

describe('sync engine: conflicts', () => {
  async function twoDevices() {
    const server = createFakeServer();
    const a = await createDevice('dev-a', server);
    const b = await createDevice('dev-b', server);
    await a.put(account('acc', { name: 'Acme', industry: 'Robots', region: 'West', description: 'old' }));
    await a.sync();
    await b.sync();
    return { server, a, b };
  }

  it('merges edits to different fields automatically', async () => {
    const { server, a, b } = await twoDevices();
    await a.put({ ...(await a.get('acc'))!, industry: 'Drones' });
    await b.put({ ...(await b.get('acc'))!, region: 'East' });
    await a.sync();
    expect(await b.sync()).toMatchObject({ outcome: 'synced', conflicts: 0 });
    await a.sync();
    for (const device of [a, b]) expect(await device.get('acc')).toMatchObject({ industry: 'Drones', region: 'East', version: 3 });
    expect(await b.issues()).toEqual([]);
    expect(server.rows.get('account:acc')?.version).toBe(3);
  });

  it('surfaces the same field changed on both sides, never overwrites it, and applies the rep’s choice', async () => {
    const { server, a, b } = await twoDevices();
    await a.put({ ...(await a.get('acc'))!, name: 'Acme Robotics' });
    await b.put({ ...(await b.get('acc'))!, name: 'ACME Inc.', region: 'East' });
    await a.sync();
    expect(await b.sync()).toMatchObject({ conflicts: 1 });

    const [issue] = await b.issues();
    expect(issue).toMatchObject({ kind: 'conflict', entityId: 'acc', fields: [{ field: 'name', mine: 'ACME Inc.', theirs: 'Acme Robotics' }] });
    // B still shows its own name; the server still has A's; nothing of B's is pushed meanwhile.
    expect(await b.get('acc')).toMatchObject({ name: 'ACME Inc.', region: 'East' });
    expect(server.rows.get('account:acc')?.data).toMatchObject({ name: 'Acme Robotics', region: 'West' });
    await b.sync();
    expect(server.rows.get('account:acc')?.version).toBe(2);

    await resolveConflict(b.db, issue!.key, { name: 'theirs' });
    await b.sync();
    await a.sync();
    for (const device of [a, b]) expect(await device.get('acc')).toMatchObject({ name: 'Acme Robotics', region: 'East' });
    expect(await b.issues()).toEqual([]);
  });

  it('an edit here and a delete there is the rep’s call', async () => {
    const { a, b } = await twoDevices();
    await a.remove('acc', 1);
    await b.put({ ...(await b.get('acc'))!, description: 'still a customer' });
    await a.sync();
    await b.sync();
    const [issue] = await b.issues();
    expect(issue).toMatchObject({ kind: 'conflict', fields: [{ field: '$deleted', mine: false, theirs: true }] });
    expect(await b.get('acc')).toMatchObject({ description: 'still a customer' });
    await resolveConflict(b.db, issue!.key, { $deleted: 'mine' });
    await b.sync();
    await a.sync();
    expect(await a.get('acc')).toMatchObject({ description: 'still a customer' });
  });

  it('keeps a refused mutation as an issue and the local record untouched', async () => {
    const server = createFakeServer();
    server.intercept((url, init) => {
      if (url.pathname !== '/v1/push') return undefined;
      const body = JSON.parse(String(init.body)) as { mutations: Array<{ id: string }> };
      const results = body.mutations.map((m) => ({ id: m.id, status: 'rejected', reason: 'invalid_data', message: 'name: too long' }));
      return new Response(JSON.stringify({ results }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const device = await createDevice('rejected', server);
    await device.put(account('a1'));
    await device.sync();
    expect(await device.issues()).toMatchObject([{ kind: 'rejected', reason: 'invalid_data', message: 'name: too long', label: 'Account a1' }]);
    expect(await device.get('a1')).toMatchObject({ name: 'Account a1' });
  });
});

describe('sync engine: a worker stopped at any point', () => {
  it('resumes from IndexedDB alone: a new engine over the same database finishes the job', async () => {
    const server = createFakeServer();
    const controller = new AbortController();
    const first = await createDevice('killed', server, {
      fetch: async (url, init) => {
        const response = await server.fetch(url, init);
        if (new URL(url).pathname !== '/v1/push') return response;
        controller.abort();
        throw new DOMException('The operation was aborted', 'AbortError');
      },
    });
    for (let index = 0; index < 3; index += 1) await first.put(account(`a${index}`));
    // The run is cut off after the server applied the push (the worker went away mid-request).
    expect(await first.engine.run('manual', controller.signal)).toMatchObject({ outcome: 'failed', error: 'aborted' });
    expect(await first.outbox()).toHaveLength(3);
    first.db.close();

    const { openLeadKitDB } = await import('../../../lib/db');
    const reopened = await openLeadKitDB('killed');
    const { createSyncEngine } = await import('../../../lib/sync/engine');
    const engine = createSyncEngine({
      db: async () => reopened,
      connection: async () => ({ backendUrl: 'https://sync.example.com', token: 'lk_unit-test-secret-token-0123456789abcdefABCDEF' }),
      fetch: server.fetch,
      now: () => Date.now(),
      random: () => 0.5,
      hasPermission: async () => true,
      scheduleRetry: async () => {},
      notify: () => {},
      log: () => {},
    });
    expect(await engine.run('manual')).toMatchObject({ outcome: 'synced', pushed: 3 });
    expect(await syncDb(reopened).count('outbox')).toBe(0);
    expect([...server.rows.values()].map((row) => row.version)).toEqual([1, 1, 1]);
    expect((await allAccounts(reopened)).map((a) => a.version)).toEqual([1, 1, 1]);
  });
});
