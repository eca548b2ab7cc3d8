import { describe, expect, it } from 'vitest';
import { commitChanges, openLeadKitDB } from '../../../../lib/db';
import { buildDigest, DIGEST_META_KEY, refreshDigest } from '../../../../lib/dashboard/digest/digestStore';
import { BUILD_RATHER_THAN_REBUILD } from '../../../../lib/dashboard/digest/digestStore';
import { wholeStoreWins } from '../../../../lib/db/wholeStore';
import { unpackRow } from '../../../../lib/dashboard/digest/digestPage';
import { loadDigest } from '../../../../lib/dashboard/digest/loadDigest';
import type { Activity, Task } from '../../../../lib/model';
import { createFakeServer } from '../../sync/fakeServer';
import { createDevice } from '../../sync/harness';
import { DAY } from '../storeBuilder';
import { BENCH_NOW, digestTestData, fromDigest, fromRecords, putRaw } from './digestFixtures';
import { HEAVY } from '../../heavy';

const activity = (id: string, accountId: string, kind: Activity['kind'], at: number, extra: Partial<Activity> = {}): Activity => ({ id, createdAt: at, updatedAt: at, version: 0, accountId, kind, at, content: '', ...extra });
const task = (id: string, accountId: string, dueAt: number): Task => ({ id, createdAt: 0, updatedAt: 0, version: 0, accountId, title: 'Call', dueAt, status: 'open' });

describe('loadDigest (issue #8)', () => {
  it('builds the digest from the records on first open, then reads it without them', async () => {
    const db = await openLeadKitDB('first-open');
    await putRaw(db, digestTestData(200, 2_000));
    const first = await loadDigest(db);
    expect(first.built).toBe(true);
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
    const second = await loadDigest(db);
    expect(second).toMatchObject({ built: false, rebuilt: 0 });
    expect(second.pages.flat()).toEqual(first.pages.flat());
  }, HEAVY);

  it('says how much of the first-ever reading is done: the records read, and a share that grows to 1', async () => {
    const db = await openLeadKitDB('first-open-progress');
    const data = digestTestData(120, 1_200);
    await putRaw(db, data);
    const seen: Array<[number, number]> = [];
    await loadDigest(db, { onProgress: (read, share) => seen.push([read, share]) });
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
      expect(seen[i]![1]).toBeGreaterThan(seen[i - 1]![1]);
    }
    expect(seen.at(-1)).toEqual([data.accounts.length + data.activities.length + data.tasks.length, 1]);
  });

  it('catches up with every kind of write made through commitChanges, rewriting only the pages touched', async () => {
    const db = await openLeadKitDB('commits');
    const data = digestTestData(200, 2_000);
    await putRaw(db, data);
    await loadDigest(db);
    const a0 = data.accounts.find((a) => a.id === 'acc-0')!;
    const moved = data.activities.find((a) => a.accountId === 'acc-1')!;
    const removed = data.activities.find((a) => a.accountId === 'acc-2')!;
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a0, stage: 'won', updatedAt: BENCH_NOW } }]);
    await commitChanges(db, [
      { store: 'activities', op: 'put', record: activity('new-1', 'acc-0', 'stage_change', BENCH_NOW - DAY, { result: 'won', stageChange: { accountId: 'acc-0', from: a0.stage, to: 'won', at: BENCH_NOW - DAY, by: 'Zed', unmetCriteria: [] } }) },
      { store: 'activities', op: 'put', record: activity('new-2', 'acc-0', 'note', BENCH_NOW - DAY, { content: 'customer complaint' }) },
      { store: 'activities', op: 'put', record: { ...moved, accountId: 'acc-3' } },
      { store: 'activities', op: 'delete', id: removed.id, baseVersion: 0 },
      { store: 'tasks', op: 'put', record: task('new-t', 'acc-4', BENCH_NOW - DAY) },
      { store: 'accounts', op: 'delete', id: 'acc-5', baseVersion: 0 },
    ]);
    const refreshed = await refreshDigest(db);
    expect(refreshed?.rebuilt).toBe(6);
    const written = await refreshed!.saved;
    expect(written).toBeLessThanOrEqual(6);
    expect(written).toBeGreaterThan(0);
    expect(await db.count('digestDirty')).toBe(0);
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
    // A write that changes nothing the digest keeps rewrites no page.
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a0, stage: 'won', domain: 'changed.example', updatedAt: BENCH_NOW + 1 } }]);
    const again = await refreshDigest(db);
    expect(again?.rebuilt).toBe(1);
    expect(await again!.saved).toBe(0);
  }, HEAVY);

  it('keeps the mark of a write made while the digest was rebuilt, and the page another reader stored', async () => {
    const db = await openLeadKitDB('races');
    const data = digestTestData(50, 500);
    await putRaw(db, data);
    await loadDigest(db);
    const a1 = data.accounts.find((a) => a.id === 'acc-1')!;
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a1, name: 'First' } }]);
    const refreshed = await refreshDigest(db);
    // Written after the snapshot, before the rebuilt rows are stored.
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a1, name: 'Second' } }]);
    await refreshed!.saved;
    expect(await db.getAllKeys('digestDirty')).toEqual(['acc-1']);
    expect((await loadDigest(db)).pages.flat().map(unpackRow).find((row) => row.id === 'acc-1')?.a?.name).toBe('Second');
    expect(await db.count('digestDirty')).toBe(0);
  });

  it('builds the whole digest after a bulk change instead of rebuilding each marked row, and clears the marks it answers', async () => {
    const buildRatherThanRebuild = (marks: number, accounts: number) => wholeStoreWins(marks, BUILD_RATHER_THAN_REBUILD, async () => accounts);
    expect(await buildRatherThanRebuild(999, 1_000)).toBe(false); // a small store: row by row is quick anyway
    expect(await buildRatherThanRebuild(1_000, 2_000)).toBe(true);
    expect(await buildRatherThanRebuild(1_000, 2_001)).toBe(false);
    const db = await openLeadKitDB('bulk');
    const data = digestTestData(1_200, 3_000);
    await putRaw(db, data);
    await loadDigest(db);
    const imported = data.accounts.slice(0, 1_000).map((account) => ({ ...account, stage: 'won' as const, updatedAt: BENCH_NOW }));
    await commitChanges(db, imported.map((record) => ({ store: 'accounts' as const, op: 'put' as const, record })));
    expect(await db.count('digestDirty')).toBe(1_000);
    expect(await loadDigest(db)).toMatchObject({ built: true, rebuilt: 0 });
    expect(await db.count('digestDirty')).toBe(0);
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
  }, HEAVY);

  it('a whole build keeps the mark of a write made while it read the records', async () => {
    const db = await openLeadKitDB('build-race');
    const data = digestTestData(50, 500);
    await putRaw(db, data);
    await loadDigest(db);
    const [a1, a2] = [data.accounts.find((a) => a.id === 'acc-1')!, data.accounts.find((a) => a.id === 'acc-2')!];
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a2, name: 'Marked before' } }]);
    let written: Promise<unknown> | undefined;
    const built = await buildDigest(db, () => void (written ??= commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a1, name: 'Written meanwhile' } }])));
    await built.saved;
    await written;
    expect(await db.getAllKeys('digestDirty')).toEqual(['acc-1']);
    expect((await loadDigest(db)).pages.flat().map(unpackRow).find((row) => row.id === 'acc-1')?.a?.name).toBe('Written meanwhile');
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
  });

  it('a first open answers with the rows it built, not a second read of the pages; a write meanwhile stays marked', async () => {
    const db = await openLeadKitDB('first-open-built');
    const data = digestTestData(50, 500);
    await putRaw(db, data);
    const a1 = data.accounts.find((a) => a.id === 'acc-1')!;
    let written: Promise<unknown> | undefined;
    const first = await loadDigest(db, { onProgress: () => void (written ??= commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a1, name: 'Written meanwhile' } }])) });
    await Promise.all([written, first.saved]);
    expect(first).toMatchObject({ built: true, rebuilt: 0 });
    // The build's snapshot, as stored: the write came after it and is the next open's to rebuild.
    expect(first.pages.flat().map(unpackRow).find((row) => row.id === 'acc-1')?.a?.name).toBe(a1.name);
    expect(await db.getAllKeys('digestDirty')).toEqual(['acc-1']);
    const next = await loadDigest(db);
    expect(next).toMatchObject({ built: false, rebuilt: 1 });
    expect(next.pages.flat().map(unpackRow).find((row) => row.id === 'acc-1')?.a?.name).toBe('Written meanwhile');
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
  });

  it('builds again from the records when the stored digest is of another version', async () => {
    const db = await openLeadKitDB('old-version');
    await putRaw(db, digestTestData(50, 500));
    await loadDigest(db);
    await db.put('meta', { version: 0 }, DIGEST_META_KEY);
    // An older version's pages may not even unpack as this version's rows.
    await db.put('digestPages', { page: 5, rows: '[{"id":"acc-1","a":{"name":"x"}}]' });
    expect((await loadDigest(db)).built).toBe(true);
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
  });

  it('catches up with records that arrive by sync', async () => {
    const server = createFakeServer();
    const rep = await createDevice('digest-rep', server);
    const manager = await createDevice('digest-manager', server);
    const data = digestTestData(30, 300);
    await commitChanges(rep.db, [
      ...data.accounts.map((record) => ({ store: 'accounts' as const, op: 'put' as const, record })),
      ...data.activities.map((record) => ({ store: 'activities' as const, op: 'put' as const, record })),
      ...data.tasks.map((record) => ({ store: 'tasks' as const, op: 'put' as const, record })),
    ]);
    await loadDigest(manager.db);
    expect((await fromDigest(manager.db, BENCH_NOW)).totals.accounts).toBe(0);
    expect(await rep.sync()).toMatchObject({ outcome: 'synced' });
    expect(await manager.sync()).toMatchObject({ outcome: 'synced' });
    const figures = await fromDigest(manager.db, BENCH_NOW);
    expect(figures.totals).toEqual({ accounts: data.accounts.length, activities: data.activities.length, tasks: data.tasks.length });
    expect(figures).toEqual(await fromRecords(manager.db, BENCH_NOW));
  }, HEAVY);
});
