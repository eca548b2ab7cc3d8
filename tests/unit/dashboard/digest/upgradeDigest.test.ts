import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLeadKitDB } from '../../../../lib/db';
import { DIGEST_META_KEY } from '../../../../lib/dashboard/digest/digestStore';
import { loadDigest } from '../../../../lib/dashboard/digest/loadDigest';
import { BENCH_NOW, digestTestData, fromDigest, fromRecords, putRaw } from './digestFixtures';
import { HEAVY } from '../../heavy';

describe('IndexedDB upgrade 6 (the dashboard digest)', () => {
  it('keeps v5 data, adds empty digest stores, and the first open builds the digest from the records', async () => {
    const v5 = await openLeadKitDB('v5', 5);
    const data = digestTestData(80, 800);
    await putRaw(v5, { ...data, accounts: data.accounts.map(({ score: _score, ...account }) => account) });
    await v5.put('meta', 'keep me', 'other.fact');
    v5.close();

    const db = await openLeadKitDB('v5', DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(6);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['digestPages', 'digestDirty']));
    expect(await db.count('accounts')).toBe(data.accounts.length);
    expect(await db.count('activities')).toBe(data.activities.length);
    expect(await db.get('meta', 'other.fact')).toBe('keep me');
    expect(await db.count('digestPages')).toBe(0);
    expect(await db.get('meta', DIGEST_META_KEY)).toBeUndefined();

    expect((await loadDigest(db)).built).toBe(true);
    expect(await db.count('digestPages')).toBeGreaterThan(0);
    const figures = await fromDigest(db, BENCH_NOW);
    expect(figures.totals.accounts).toBe(data.accounts.length);
    expect(figures).toEqual(await fromRecords(db, BENCH_NOW));
    db.close();
  }, HEAVY);
});
