import { describe, expect, it } from 'vitest';
import { commitChanges, openLeadKitDB } from '../../../lib/db';
import { listDealsOfAccount, saveDeal } from '../../../lib/deals/dealStore';
import { createDevice } from '../sync/harness';
import { createFakeServer } from '../sync/fakeServer';
import { openDeal } from './fixtures';

describe('deals sync like every record (issue #24)', () => {
  it('stores a deal with its outbox mutation and lists an account’s deals through the index, open first', async () => {
    const db = await openLeadKitDB('deals-store');
    await saveDeal(db, openDeal({ id: 'd1', expectedCloseDate: '2027-05-01' }), 10);
    await saveDeal(db, openDeal({ id: 'd2', expectedCloseDate: '2027-04-01' }), 11);
    await saveDeal(db, openDeal({ id: 'd3', expectedCloseDate: '2027-01-01', status: 'won', closedOn: '2027-01-02' }), 12);
    await saveDeal(db, openDeal({ id: 'd4', accountId: 'other' }), 13);
    expect((await listDealsOfAccount(db, 'a1')).map((deal) => deal.id)).toEqual(['d2', 'd1', 'd3']);
    const outbox = await db.getAll('outbox');
    expect(outbox.map((entry) => [entry.entity, entry.entityId, entry.op])).toEqual([
      ['deal', 'd1', 'put'],
      ['deal', 'd2', 'put'],
      ['deal', 'd3', 'put'],
      ['deal', 'd4', 'put'],
    ]);
    await expect(saveDeal(db, openDeal({ id: 'd5', amount: 0.5 }))).rejects.toThrow();
    expect(await db.count('deals')).toBe(4);
    db.close();
  });

  it('pushes a deal from one device and pulls it on another; edits to different fields merge', async () => {
    const server = createFakeServer();
    const ann = await createDevice('deals-ann', server);
    const bob = await createDevice('deals-bob', server);
    await commitChanges(ann.db, [{ store: 'deals', op: 'put', record: openDeal() }]);
    await ann.sync();
    await bob.sync();
    const pulled = await bob.db.get('deals', 'd1');
    expect(pulled).toMatchObject({ amount: 1_234_567, currency: 'USD', version: 1 });

    await commitChanges(ann.db, [{ store: 'deals', op: 'put', record: { ...(await ann.db.get('deals', 'd1'))!, amount: 2_000_000 } }]);
    await commitChanges(bob.db, [{ store: 'deals', op: 'put', record: { ...pulled!, probability: 70 } }]);
    await ann.sync();
    await bob.sync();
    await ann.sync();
    for (const device of [ann, bob]) expect(await device.db.get('deals', 'd1')).toMatchObject({ amount: 2_000_000, probability: 70, version: 3 });
    expect(await bob.issues()).toEqual([]);
  });

  it('surfaces the same field changed on both devices as a conflict, never overwriting either', async () => {
    const server = createFakeServer();
    const ann = await createDevice('deals-ann-2', server);
    const bob = await createDevice('deals-bob-2', server);
    await commitChanges(ann.db, [{ store: 'deals', op: 'put', record: openDeal() }]);
    await ann.sync();
    await bob.sync();
    const base = (await bob.db.get('deals', 'd1'))!;
    await commitChanges(ann.db, [{ store: 'deals', op: 'put', record: { ...base, expectedCloseDate: '2027-06-30' } }]);
    await commitChanges(bob.db, [{ store: 'deals', op: 'put', record: { ...base, expectedCloseDate: '2027-04-15' } }]);
    await ann.sync();
    await bob.sync();
    const issues = await bob.issues();
    expect(issues).toMatchObject([{ kind: 'conflict', entity: 'deal', entityId: 'd1', label: 'Pilot', fields: [{ field: 'expectedCloseDate', mine: '2027-04-15', theirs: '2027-06-30' }] }]);
    expect((await bob.db.get('deals', 'd1'))!.expectedCloseDate).toBe('2027-04-15');
  });

  it('skips a pulled deal that fails its schema (a float amount) instead of storing it', async () => {
    const server = createFakeServer();
    const ann = await createDevice('deals-ann-3', server);
    server.write('deal', 'bad', { ...openDeal({ id: 'bad' }), amount: 1.5 });
    server.write('deal', 'good', openDeal({ id: 'good' }));
    await ann.sync();
    expect(await ann.db.get('deals', 'bad')).toBeUndefined();
    expect(await ann.db.get('deals', 'good')).toMatchObject({ version: 1 });
  });
});
