import { describe, expect, it } from 'vitest';
import { commitChanges, openLeadKitDB, type LeadKitDatabase } from '../../../../lib/db';
import { FIGURES_META_KEY, gradesFingerprint, keepFigures, keptFiguresFor, readKeptFigures, requestKey } from '../../../../lib/dashboard/digest/figuresCache';
import { DIGEST_META_KEY, refreshDigest } from '../../../../lib/dashboard/digest/digestStore';
import { DIGEST_VERSION } from '../../../../lib/dashboard/digest/digestPage';
import { loadRowsAndGrades } from '../../../../lib/dashboard/digest/loadDigest';
import { historyFromDigest } from '../../../../lib/dashboard/digest/historyFromDigest';
import { computeAggregates } from '../../../../lib/dashboard/metrics/computeDashboard';
import type { Grade } from '../../../../lib/model/grade';
import { BENCH_NOW, contextAt, digestTestData, putRaw } from './digestFixtures';

const context = contextAt(BENCH_NOW);
const key = requestKey(context);

/** What the dashboard's worker does at an open: read the digest, compute, keep the figures if it may. */
async function open(db: LeadKitDatabase) {
  const { pages, grades, stamp } = await loadRowsAndGrades(db);
  const aggregates = computeAggregates(historyFromDigest(pages.flat(), grades, BENCH_NOW), context);
  if (stamp !== undefined) await keepFigures(db, key, { digest: stamp, grades: gradesFingerprint(grades) }, aggregates);
  return { aggregates, grades, stamp };
}

const kept = (db: LeadKitDatabase, grades: ReadonlyMap<string, Grade>, request = key) => keptFiguresFor(db, request, async () => grades);

describe('the last open’s figures, kept for the next (issue #28)', () => {
  it('are answered while the store is unchanged, and equal the figures computed afresh', async () => {
    const db = await openLeadKitDB('figures-unchanged');
    await putRaw(db, digestTestData(80, 800));
    const first = await open(db);
    // The first open built the digest: nothing marked, so its figures are kept.
    expect(first.stamp).toBeDefined();
    const answered = await kept(db, first.grades);
    expect(answered).toEqual(first.aggregates);
    expect(answered).toEqual((await open(db)).aggregates);
  });

  it('are not answered after a write, nor after the digest caught up with it, until an open keeps new ones', async () => {
    const db = await openLeadKitDB('figures-written');
    const data = digestTestData(80, 800);
    await putRaw(db, data);
    const { grades } = await open(db);
    const account = data.accounts[0]!;
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...account, stage: 'won', updatedAt: BENCH_NOW } }]);
    // Marked: the digest is behind the records.
    expect(await kept(db, grades)).toBeNull();
    // Caught up (as the background's keeper does): a new stamp, so the old figures are not the digest's.
    await (await refreshDigest(db, 'dirty'))!.saved;
    expect(await kept(db, grades)).toBeNull();
    const reopened = await open(db);
    expect(reopened.aggregates.funnel.stages.find((row) => row.stage === 'won')?.current).toBeGreaterThan(0);
    expect(await kept(db, grades)).toEqual(reopened.aggregates);
  });

  it('are not answered for another request, other grades, a dropped digest or an entry that does not read back', async () => {
    const db = await openLeadKitDB('figures-other');
    await putRaw(db, digestTestData(40, 400));
    const { grades, aggregates } = await open(db);
    expect(await kept(db, grades)).toEqual(aggregates);
    expect(await kept(db, grades, requestKey(contextAt(BENCH_NOW, 'thisQuarter')))).toBeNull();
    // Asked before the request is known (the worker as it starts): the entry, with its request.
    expect(await readKeptFigures(db)).toEqual({ request: key, aggregates, grades: gradesFingerprint(grades) });
    const regraded = new Map(grades);
    const [someone] = [...regraded.keys(), 'acc-0'];
    regraded.set(someone!, regraded.get(someone!) === 'A' ? 'B' : 'A');
    expect(await kept(db, regraded)).toBeNull();
    const entry = (await db.get('meta', FIGURES_META_KEY)) as Record<string, unknown>;
    await db.put('meta', { ...entry, aggregates: { ...(entry.aggregates as object), funnel: 'damaged' } }, FIGURES_META_KEY);
    expect(await kept(db, grades)).toBeNull();
    await db.put('meta', entry, FIGURES_META_KEY);
    expect(await kept(db, grades)).toEqual(aggregates);
    await db.delete('meta', DIGEST_META_KEY);
    expect(await kept(db, grades)).toBeNull();
  });

  it('are the same request at a later "now" when the period ends now (this month), not when it ended before', () => {
    const later = BENCH_NOW + 3_600_000;
    expect(requestKey(contextAt(later, 'thisMonth'))).toBe(requestKey(contextAt(BENCH_NOW, 'thisMonth')));
    expect(requestKey(contextAt(later))).toBe(requestKey(contextAt(BENCH_NOW)));
    const lastMonth = { ...contextAt(BENCH_NOW), period: { from: 0, to: BENCH_NOW - 1 } };
    expect(requestKey({ ...lastMonth, period: { from: 0, to: BENCH_NOW - 2 } })).not.toBe(requestKey(lastMonth));
  });

  it('are kept for a digest stored before stamps were, which gets one, but not after the digest moved on', async () => {
    const db = await openLeadKitDB('figures-unstamped');
    await putRaw(db, digestTestData(40, 400));
    await open(db);
    // As an earlier release left it: the version alone.
    await db.put('meta', { version: DIGEST_VERSION }, DIGEST_META_KEY);
    await db.delete('meta', FIGURES_META_KEY);
    const first = await open(db);
    expect(first.stamp).toBe('');
    expect(await kept(db, first.grades)).toEqual(first.aggregates);
    // Figures read from a digest replaced meanwhile are not kept as the new one's.
    expect(await keepFigures(db, key, { digest: 'an-older-stamp', grades: gradesFingerprint(first.grades) }, first.aggregates)).toBe(false);
  });

  it('fingerprints grades whatever order they come in', () => {
    const a = new Map<string, Grade>([['x', 'A'], ['y', 'B']]);
    expect(gradesFingerprint(a)).toBe(gradesFingerprint(new Map<string, Grade>([['y', 'B'], ['x', 'A']])));
    expect(gradesFingerprint(a)).not.toBe(gradesFingerprint(new Map<string, Grade>([['x', 'B'], ['y', 'A']])));
  });
});
