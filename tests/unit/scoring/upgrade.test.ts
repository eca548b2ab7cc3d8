import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLeadKitDB, UPGRADE_STEPS } from '../../../lib/db';
import { upgradeTo4 } from '../../../lib/db/upgrades/004-scoring';
import { account } from '../db/fixtures';

const V4 = UPGRADE_STEPS.indexOf(upgradeTo4) + 1;

/** A database exactly as the release before scoring left it (steps 1..3), with data in it. */
async function seedBeforeScoring(name: string) {
  const db = await openDB(name, V4 - 1, {
    async upgrade(database, _old, _new, tx) {
      for (const step of UPGRADE_STEPS.slice(0, V4 - 1)) await step(database, tx as never);
    },
  });
  await db.put('accounts', account({ id: 'a1', domain: 'acme.com', updatedAt: 10 }));
  await db.put('contacts', { id: 'c1', accountId: 'a1', name: 'Ann', email: 'ann@acme.com', createdAt: 1, updatedAt: 20, version: 0 });
  await db.put('activities', { id: 'x1', accountId: 'a1', kind: 'email', at: 5, content: '', result: 'replied', createdAt: 5, updatedAt: 30, version: 0 });
  db.close();
}

describe('upgrade 004-scoring', () => {
  it('is appended after the steps before it', () => {
    expect(V4).toBeGreaterThanOrEqual(4);
    expect(UPGRADE_STEPS[V4 - 1]).toBe(upgradeTo4);
    expect(DB_VERSION).toBeGreaterThanOrEqual(V4);
  });

  it('adds the visits and grade-history stores and the updatedAt indexes, keeping older data', async () => {
    await seedBeforeScoring('before-scoring');
    // Typed for the latest schema, which no longer has `gradeHistory` (v5): read untyped.
    const db = (await openLeadKitDB('before-scoring', V4)) as unknown as IDBPDatabase;
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['visits', 'gradeHistory', 'accounts', 'contacts', 'activities']));
    const tx = db.transaction(['visits', 'gradeHistory', 'contacts', 'activities']);
    expect([...tx.objectStore('visits').indexNames]).toEqual(['byAccountStartedAt']);
    expect([...tx.objectStore('gradeHistory').indexNames]).toEqual(['byAccountAt']);
    expect([...tx.objectStore('contacts').indexNames]).toContain('byUpdatedAt');
    expect([...tx.objectStore('activities').indexNames]).toContain('byUpdatedAt');
    await tx.done;

    expect((await db.get('accounts', 'a1'))?.domain).toBe('acme.com');
    expect((await db.getAllFromIndex('contacts', 'byUpdatedAt', IDBKeyRange.lowerBound(15))).map((c: { id: string }) => c.id)).toEqual(['c1']);
    expect((await db.getAllFromIndex('activities', 'byUpdatedAt', IDBKeyRange.lowerBound(25))).map((a: { id: string }) => a.id)).toEqual(['x1']);

    await db.put('visits', { id: 'v1', accountId: 'a1', startedAt: 100, seconds: 60 });
    await db.put('gradeHistory', { id: 'h1', accountId: 'a1', at: 200, to: 'B', score: 40, scoreDelta: 40, added: [], removed: [], ruleSetVersion: 1 });
    const range = IDBKeyRange.bound(['a1', -Infinity], ['a1', Infinity]);
    expect((await db.getAllFromIndex('visits', 'byAccountStartedAt', range)).map((v: { id: string }) => v.id)).toEqual(['v1']);
    expect((await db.getAllFromIndex('gradeHistory', 'byAccountAt', range)).map((h: { id: string }) => h.id)).toEqual(['h1']);
    db.close();
  });

  it('a fresh install gets the visits store', async () => {
    const db = await openLeadKitDB('fresh-scoring');
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['visits']));
    db.close();
  });
});
