import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLeadKitDB, UPGRADE_STEPS } from '../../../lib/db';
import { upgradeTo1 } from '../../../lib/db/upgrades/001-initial';
import { account } from './fixtures';

/** Builds a database exactly as an older release left it, with data in it. */
async function seedVersion1(name: string) {
  const db = await openDB(name, 1, { upgrade: (database) => upgradeTo1(database) });
  await db.put('accounts', account({ id: 'a1', domain: 'acme.com', capturedAt: 111, capturedFrom: 'https://acme.com/' }));
  await db.put('accounts', account({ id: 'a2', domain: 'globex.cn', capturedAt: 222 }));
  await db.put('contacts', { id: 'c1', accountId: 'a1', name: 'Ann', email: 'ann@acme.com', createdAt: 1, updatedAt: 1, version: 0 });
  await db.add('outbox', { id: 'm1', entity: 'account', entityId: 'a1', op: 'put', baseVersion: 0, data: {}, at: 1 });
  db.close();
}

describe('IndexedDB upgrades', () => {
  it('has one numbered step per version', () => {
    expect(DB_VERSION).toBe(UPGRADE_STEPS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('creates every store and index from empty', async () => {
    const db = await openLeadKitDB('fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'activities', 'contacts', 'deals', 'digestDirty', 'digestPages', 'gradeChanges', 'meta', 'outbox', 'scoreInputPages', 'scoreInputsDirty', 'scorePages', 'scripts', 'syncBase', 'syncIssues', 'tasks', 'teamSettings', 'visits']);
    const tx = db.transaction(['accounts', 'contacts', 'activities', 'tasks']);
    expect([...tx.objectStore('accounts').indexNames]).toContain('byDomain');
    expect([...tx.objectStore('contacts').indexNames]).toContain('byEmail');
    expect([...tx.objectStore('activities').indexNames]).toContain('byAccountAt');
    expect([...tx.objectStore('tasks').indexNames]).toContain('byDueAt');
    db.close();
  });

  it('step 2 keeps v1 data and gives every captured account its capture activity', async () => {
    await seedVersion1('old');
    const db = await openLeadKitDB('old', 2);
    expect(await db.count('accounts')).toBe(2);
    expect((await db.getAllFromIndex('contacts', 'byEmail', 'ann@acme.com')).map((c) => c.id)).toEqual(['c1']);
    expect(await db.count('outbox')).toBe(1);
    const activities = await db.getAll('activities');
    expect(activities.map((a) => [a.accountId, a.kind, a.at]).sort()).toEqual([
      ['a1', 'capture', 111],
      ['a2', 'capture', 222],
    ]);
    expect(activities.find((a) => a.accountId === 'a1')?.content).toBe('https://acme.com/');
    db.close();
  });

  it('finds accounts by registrable domain through the index', async () => {
    await seedVersion1('lookup');
    const db = await openLeadKitDB('lookup');
    expect((await db.getAllFromIndex('accounts', 'byDomain', 'globex.cn')).map((a) => a.id)).toEqual(['a2']);
    db.close();
  });
});

describe('upgrade 9: deals', () => {
  it('adds the deals store with its account index to a v8 database, keeping its records', async () => {
    const v8 = await openLeadKitDB('v8-deals', 8);
    await v8.put('accounts', account({ id: 'a1', domain: 'acme.com' }));
    v8.close();
    const db = await openLeadKitDB('v8-deals', 9);
    expect(await db.count('accounts')).toBe(1);
    expect([...db.transaction('deals').store.indexNames]).toEqual(['byAccount']);
    db.close();
  });
});
