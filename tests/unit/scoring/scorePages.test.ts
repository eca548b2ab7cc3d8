import { describe, expect, it } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import type { LeadScore } from '../../../lib/model/grade';
import { listGradeHistory } from '../../../lib/scoring/history/gradeHistoryStore';
import type { PackedScore } from '../../../lib/scoring/store/packedScore';
import { pruneScores } from '../../../lib/scoring/store/pruneScores';
import { decodePage, encodePage } from '../../../lib/scoring/store/pageCodec';
import { FIRST_PAGE, MAX_PAGE_SIZE, pageKeyFor, splitPage } from '../../../lib/scoring/store/scorePageLayout';
import { readScores, withScores } from '../../../lib/scoring/store/scorePages';
import { storeScores, type ScoreUpdate } from '../../../lib/scoring/store/storeScores';
import { account } from '../db/fixtures';
import { HEAVY } from '../heavy';

const score = (points: number, grade: LeadScore['grade'] = 'B'): LeadScore => ({ score: points, grade, reasons: [], scoredAt: 1, ruleSetVersion: 1 });
const id = (index: number) => `acc-${String(index).padStart(5, '0')}`;
const updates = (from: number, to: number, points = 40, derivedFromUpdatedAt = 10): ScoreUpdate[] =>
  Array.from({ length: to - from }, (_, offset) => ({ accountId: id(from + offset), derivedFromUpdatedAt, score: score(points) }));

describe('score page layout', () => {
  it('finds the page with the greatest key not above the id', () => {
    const keys = [FIRST_PAGE, 'b', 'm'];
    expect(['a', 'b', 'c', 'l', 'm', 'zz', ''].map((value) => pageKeyFor(keys, value))).toEqual(['', 'b', 'b', 'b', 'm', 'm', '']);
    expect(pageKeyFor([], 'x')).toBe(FIRST_PAGE);
  });

  it('splits only an oversized page, in id order, keeping its key', () => {
    const small = new Map([['b', 1], ['a', 2]]);
    expect(splitPage('k', small)).toEqual([{ lo: 'k', scores: small }]);
    const big = new Map(Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, index) => [id(MAX_PAGE_SIZE - index), index]));
    const pages = splitPage('', big);
    expect(pages.map((page) => [page.lo, page.scores.size])).toEqual([['', 500], [id(500), 500], [id(1000), 1]]);
    expect(pages.flatMap((page) => [...page.scores.keys()]).length).toBe(MAX_PAGE_SIZE + 1);
    expect([...pages[1]!.scores.keys()].every((key) => key >= id(500) && key < id(1000))).toBe(true);
  });
});

describe('stored scores', () => {
  it('a full run in id batches writes a few pages, and every score reads back', async () => {
    const db = await getDB();
    for (let start = 0; start < 3_000; start += 1_000) {
      expect((await storeScores(db, updates(start, start + 1_000), 5)).written).toHaveLength(1_000);
    }
    const pages = (await db.getAll('scorePages')).map(decodePage);
    expect(pages.every((page) => page.scores.size <= MAX_PAGE_SIZE)).toBe(true);
    expect(pages.length).toBeLessThanOrEqual(6);
    const read = await readScores(db, [id(0), id(1_499), id(2_999), 'nobody']);
    expect([...read.keys()]).toEqual([id(0), id(1_499), id(2_999)]);
    // Many ids at once take the range read; it finds the same.
    const all = await readScores(db, Array.from({ length: 3_000 }, (_, index) => id(index)));
    expect(all.size).toBe(3_000);
    expect(all.get(id(2_000))).toEqual(score(40));
  }, HEAVY);

  it('pages keep each reason text once, and give scores back whole', async () => {
    const db = await getDB();
    const label = { en: 'Industry fits', zh_CN: '行业匹配' };
    const withReason = (points: number): LeadScore => ({ ...score(points), reasons: [{ ruleId: 'fit.industry', label, points }] });
    await storeScores(db, Array.from({ length: 300 }, (_, index) => ({ accountId: id(index), derivedFromUpdatedAt: 1, score: withReason(index) })), 5);
    const [page] = (await db.getAll('scorePages')).map(decodePage);
    expect(page?.texts).toEqual([{ ruleId: 'fit.industry', label }]);
    expect((await readScores(db, [id(7)])).get(id(7))).toEqual(withReason(7));
  });

  it('drops old rules’ words from a page once they pile up', async () => {
    const db = await getDB();
    const worded = (version: number): LeadScore => ({ ...score(version), reasons: [{ ruleId: 'fit', label: { en: `Fit v${version}`, zh_CN: `匹配 v${version}` }, points: version }] });
    for (let version = 1; version <= 520; version++) await storeScores(db, [{ accountId: 'a', derivedFromUpdatedAt: 1, score: worded(version) }], version);
    const [page] = (await db.getAll('scorePages')).map(decodePage);
    expect(page!.texts.length).toBeLessThan(520);
    expect((await readScores(db, ['a'])).get('a')).toEqual(worded(520));
  }, HEAVY);

  it('writes nothing when nothing moved, and one history record for a whole batch of grade changes', async () => {
    const db = await getDB();
    await storeScores(db, updates(0, 100), 5);
    const pagesBefore = await db.getAll('scorePages');
    expect((await storeScores(db, updates(0, 100), 6)).written).toEqual([]);
    expect(await db.getAll('scorePages')).toEqual(pagesBefore);

    const moved = updates(0, 100).map((update) => ({ ...update, score: score(10, 'C') }));
    const stored = await storeScores(db, moved, 7);
    expect(stored.gradeChanges).toHaveLength(100);
    expect(await db.count('gradeChanges')).toBe(2); // the first grades, then the move to C
    expect((await listGradeHistory(db, id(42))).map((entry) => [entry.from, entry.to, entry.at])).toEqual([['B', 'C', 7], [undefined, 'B', 5]]);
    expect(await listGradeHistory(db, id(42), 1)).toHaveLength(1);
  });

  it('a damaged stored score reads as none, and readers never see a score left on an old record', async () => {
    const db = await getDB();
    const texts = [{ ruleId: 'fit', label: { en: 'Fit', zh_CN: '匹配' } }];
    const packed = { ...score(2), reasons: [0, 2], derivedFromUpdatedAt: 1 };
    const scores = new Map<string, PackedScore>([['a', { ...packed, grade: 'Z' as never }], ['b', packed], ['d', { ...packed, reasons: [7, 2] }]]);
    await db.put('scorePages', encodePage({ lo: '', texts, scores }));
    const [a, b, c, d] = await withScores(db, [account({ id: 'a' }), account({ id: 'b' }), { ...account({ id: 'c' }), score: score(99) }, account({ id: 'd' })]);
    expect(a).not.toHaveProperty('score');
    expect(b?.score).toEqual({ ...score(2), reasons: [{ ruleId: 'fit', label: texts[0]!.label, points: 2 }] });
    expect(c).not.toHaveProperty('score');
    expect(d).not.toHaveProperty('score');
  });

  it('a damaged stored score counts as none (a first grade follows it), and a damaged time never blocks a new score', async () => {
    const db = await getDB();
    const texts = [{ ruleId: 'fit', label: { en: 'Fit', zh_CN: '匹配' } }, { ruleId: 'blank', label: { en: '', zh_CN: '' } }];
    const packed = { ...score(2, 'C'), reasons: [0, 2], derivedFromUpdatedAt: 1 };
    const damaged = new Map<string, PackedScore>([
      ['a', { ...packed, grade: 'Z' as never }],
      ['b', { ...packed, derivedFromUpdatedAt: Infinity }],
      ['c', { ...packed, reasons: [7, 2] }],
      ['d', { ...packed, reasons: [1, 2] }],
      ['e', packed],
    ]);
    await db.put('scorePages', encodePage({ lo: '', texts, scores: damaged }));
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect([...(await readScores(db, ids)).keys()]).toEqual(['b', 'e']);
    const stored = await storeScores(db, ids.map((accountId) => ({ accountId, derivedFromUpdatedAt: 5, score: score(40) })), 9);
    expect(stored.written).toEqual(ids);
    expect(stored.gradeChanges.map((move) => [move.accountId, move.change.from])).toEqual([['a', undefined], ['b', 'C'], ['c', undefined], ['d', undefined], ['e', 'C']]);
    expect([...(await readScores(db, ids)).values()]).toEqual(ids.map(() => score(40)));
  });

  it('an account is stored and synced without its score', async () => {
    const db = await getDB();
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...account({ id: 'x' }), score: score(50) } }]);
    expect(await db.get('accounts', 'x')).not.toHaveProperty('score');
    const [mutation] = await db.getAll('outbox');
    expect(mutation?.data).not.toHaveProperty('score');
  });

  it('drops the scores of accounts that are gone', async () => {
    const db = await getDB();
    await commitChanges(db, [0, 1, 2].map((index) => ({ store: 'accounts' as const, op: 'put' as const, record: account({ id: id(index) }) })));
    await storeScores(db, updates(0, 5), 5);
    expect(await pruneScores(db)).toBe(2);
    expect([...(await readScores(db, updates(0, 5).map((update) => update.accountId))).keys()]).toEqual([id(0), id(1), id(2)]);
  });
});
