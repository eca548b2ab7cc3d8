import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLeadKitDB } from '../../../lib/db';
import { upgradeTo1 } from '../../../lib/db/upgrades/001-initial';
import { upgradeTo2 } from '../../../lib/db/upgrades/002-work';
import { syncDb } from '../../../lib/sync/syncDb';
import { account } from './harness';

/** A database exactly as release v2 left it, with accounts and pending mutations. */
async function seedVersion2(name: string) {
  const db = await openDB(name, 2, {
    upgrade: async (database, oldVersion, _new, tx) => {
      if (oldVersion < 1) upgradeTo1(database);
      await upgradeTo2(database, tx as never);
    },
  });
  await db.put('accounts', account('a1'));
  await db.put('accounts', account('a2'));
  await db.add('outbox', { id: 'm1', entity: 'account', entityId: 'a1', op: 'put', baseVersion: 0, data: account('a1'), at: 1 });
  await db.add('outbox', { id: 'm2', entity: 'account', entityId: 'a2', op: 'put', baseVersion: 0, data: account('a2'), at: 2 });
  await db.add('outbox', { id: 'm3', entity: 'account', entityId: 'a1', op: 'put', baseVersion: 0, data: account('a1'), at: 3 });
  await db.put('meta', 'keep me', 'other.fact');
  db.close();
}

describe('IndexedDB upgrade 3 (sync)', () => {
  it('keeps v2 data and pending mutations, and adds the sync stores and the outbox-by-record index', async () => {
    await seedVersion2('v2');
    const db = syncDb(await openLeadKitDB('v2', 3));
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['syncBase', 'syncIssues']));
    expect(await db.count('accounts')).toBe(2);
    expect(await db.get('meta', 'other.fact')).toBe('keep me');
    const forA1 = await db.getAllFromIndex('outbox', 'byEntity', ['account', 'a1']);
    expect(forA1.map((entry) => entry.id)).toEqual(['m1', 'm3']);
    expect((await db.getAll('outbox')).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(await db.count('syncBase')).toBe(0);
    db.close();
  });
});
