import { describe, expect, it } from 'vitest';
import { commitChanges, openLeadKitDB } from '../../../../lib/db';
import { historyFromDigest } from '../../../../lib/dashboard/digest/historyFromDigest';
import { createHistoryCache } from '../../../../lib/dashboard/digest/historyCache';
import { loadDigest } from '../../../../lib/dashboard/digest/loadDigest';
import { computeAggregates } from '../../../../lib/dashboard/metrics/computeDashboard';
import type { Grade } from '../../../../lib/model';
import { DAY } from '../storeBuilder';
import { BENCH_NOW, contextAt, digestTestData, putRaw } from './digestFixtures';
import { HEAVY } from '../../heavy';

const gradesOf = (data: ReturnType<typeof digestTestData>) => new Map(data.accounts.flatMap((account) => (account.score ? [[account.id, account.score.grade] as [string, Grade]] : [])));

describe('histories built while the digest is read (the dashboard worker)', () => {
  it('serve request after request, each "now" and set of grades giving exactly the figures of histories built fresh', async () => {
    const db = await openLeadKitDB('history-cache');
    const data = digestTestData();
    await putRaw(db, data);
    await loadDigest(db); // builds the digest
    const cache = createHistoryCache();
    let pagesSeen = 0;
    const { pages } = await loadDigest(db, { onPage: (rows) => (pagesSeen += 1, cache.addPage(rows)) });
    expect(pagesSeen).toBe(pages.length);
    const grades = gradesOf(data);
    // Every grade moved on: no grade of the first request may stay behind.
    const regraded = new Map([...grades].map(([id, grade]): [string, Grade] => [id, grade === 'A' ? 'C' : 'A']));
    for (const [now, withGrades] of [[BENCH_NOW, grades], [BENCH_NOW + 45 * DAY, regraded], [BENCH_NOW - 200 * DAY, new Map<string, Grade>()], [BENCH_NOW, grades]] as const) {
      const fresh = computeAggregates(historyFromDigest(pages.flat(), withGrades, now), contextAt(now));
      expect(computeAggregates(cache.inputs(pages, withGrades, now), contextAt(now))).toEqual(fresh);
    }
  }, HEAVY);

  it('builds again the histories of a page whose rows a write changed', async () => {
    const db = await openLeadKitDB('history-cache-write');
    const data = digestTestData(100, 1_000);
    await putRaw(db, data);
    await loadDigest(db);
    const cache = createHistoryCache();
    const before = await loadDigest(db, { onPage: cache.addPage });
    const won = data.accounts.find((account) => account.stage === 'lead')!;
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...won, stage: 'won', updatedAt: won.updatedAt + 1 } }]);
    const after = await loadDigest(db, { onPage: cache.addPage });
    expect(after.rebuilt).toBe(1);
    const grades = gradesOf(data);
    const fromCache = computeAggregates(cache.inputs(after.pages, grades, BENCH_NOW), contextAt(BENCH_NOW));
    expect(fromCache).toEqual(computeAggregates(historyFromDigest(after.pages.flat(), grades, BENCH_NOW), contextAt(BENCH_NOW)));
    expect(fromCache).not.toEqual(computeAggregates(historyFromDigest(before.pages.flat(), grades, BENCH_NOW), contextAt(BENCH_NOW)));
  });
});
