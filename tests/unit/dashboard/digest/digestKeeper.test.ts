import { describe, expect, it } from 'vitest';
import { commitChanges, openLeadKitDB, type DbChange } from '../../../../lib/db';
import { keepDigestCurrent } from '../../../../lib/dashboard/digest/digestKeeper';
import { refreshDigest } from '../../../../lib/dashboard/digest/digestStore';
import { loadDigest } from '../../../../lib/dashboard/digest/loadDigest';
import { BENCH_NOW, digestTestData, fromDigest, fromRecords, putRaw } from './digestFixtures';
import { HEAVY } from '../../heavy';

/** The keeper with its clock and change channel in the test's hands. */
function keeperOn(db: Awaited<ReturnType<typeof openLeadKitDB>>) {
  const timers: Array<{ run: () => void; ms: number; done: boolean }> = [];
  let listener: (change: DbChange) => void = () => {};
  const keeper = keepDigestCurrent({
    db: async () => db,
    onChange: (next) => (listener = next),
    setTimeout: (run, ms) => {
      const timer = { run, ms, done: false };
      timers.push(timer);
      return timer;
    },
  });
  const pending = () => timers.filter((timer) => !timer.done);
  return {
    announce: (change: DbChange) => listener(change),
    pending,
    /** Runs the due refresh and waits until its rows are stored. */
    async fire() {
      const [timer] = pending();
      if (!timer) throw new Error('no refresh scheduled');
      timer.done = true;
      timer.run();
      await keeper.idle();
    },
  };
}

describe('the background keeps the dashboard digest current (issue #8)', () => {
  it('rebuilds the marked rows soon after a write, so the next open rebuilds none', async () => {
    const db = await openLeadKitDB('keeper');
    const data = digestTestData(120, 1_200);
    await putRaw(db, data);
    await loadDigest(db);
    const keeper = keeperOn(db);
    await keeper.fire(); // its start: the digest is there, nothing to do
    const a0 = data.accounts.find((account) => account.id === 'acc-0')!;
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...a0, stage: 'won', updatedAt: BENCH_NOW } }]);
    keeper.announce({ stores: ['accounts'] });
    const scheduled = keeper.pending()[0];
    await commitChanges(db, [{ store: 'tasks', op: 'put', record: { id: 't-new', createdAt: 0, updatedAt: 0, version: 0, accountId: 'acc-7', title: 'Call', dueAt: BENCH_NOW, status: 'open' } }]);
    keeper.announce({ stores: ['tasks'] });
    // Two writes, one refresh: the first write schedules it, the second rides along.
    // Not put off by the next write: the background's own writes can go on for minutes.
    expect(keeper.pending()).toEqual([scheduled]);
    expect(keeper.pending()[0]!.ms).toBeGreaterThan(0);
    expect(await db.count('digestDirty')).toBe(2);

    await keeper.fire();
    expect(await db.count('digestDirty')).toBe(0);
    const opened = await loadDigest(db);
    expect(opened).toMatchObject({ built: false, rebuilt: 0 });
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
  }, HEAVY);

  it('ignores writes the digest does not summarise', async () => {
    const db = await openLeadKitDB('keeper-other-stores');
    await putRaw(db, digestTestData(20, 100));
    await loadDigest(db);
    const keeper = keeperOn(db);
    await keeper.fire();
    keeper.announce({ stores: ['scripts'] });
    keeper.announce({ stores: ['contacts'] });
    expect(keeper.pending()).toHaveLength(0);
  });

  it('builds a digest not built yet soon after it starts, so the first open does not', async () => {
    const db = await openLeadKitDB('keeper-unbuilt');
    await putRaw(db, digestTestData(60, 600));
    expect(await refreshDigest(db)).toBeNull();
    const keeper = keeperOn(db);
    expect(keeper.pending()).toHaveLength(1);
    await keeper.fire();
    for (let tries = 0; tries < 200 && (await refreshDigest(db)) === null; tries++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await loadDigest(db)).toMatchObject({ built: false, rebuilt: 0 });
    expect(await fromDigest(db, BENCH_NOW)).toEqual(await fromRecords(db, BENCH_NOW));
  });
});
