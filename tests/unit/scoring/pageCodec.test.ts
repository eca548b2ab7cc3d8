import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDB } from '../../../lib/db';
import type { LeadScore } from '../../../lib/model/grade';
import { listGradeHistory } from '../../../lib/scoring/history/gradeHistoryStore';
import { decodePage, encodePage } from '../../../lib/scoring/store/pageCodec';
import { MAX_HISTORY_REFS, type PackedScore } from '../../../lib/scoring/store/packedScore';
import type { ScorePage } from '../../../lib/scoring/store/scorePages';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { HEAVY } from '../heavy';

const texts = [{ ruleId: 'fit', label: { en: 'Fit', zh_CN: '匹配' } }];
const packed = fc.record({
  score: fc.double({ noNaN: true }),
  grade: fc.constantFrom('A', 'B', 'C', 'unscored') as fc.Arbitrary<PackedScore['grade']>,
  scoredAt: fc.nat(),
  ruleSetVersion: fc.nat(),
  derivedFromUpdatedAt: fc.double({ noNaN: true }),
  reasons: fc.array(fc.double({ noNaN: true }), { maxLength: 8 }),
  history: fc.option(fc.array(fc.constantFrom('r1', 'r2', 'r3'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
});
const withoutUndefined = (score: PackedScore) => (score.history === undefined ? (({ history: _none, ...rest }) => rest)(score) : score);

describe('score pages in columns', () => {
  it('give back every score as it was packed, through a structured clone as IndexedDB makes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string({ maxLength: 12 }), packed), { selector: ([id]) => id, maxLength: 30 }), (entries) => {
        const page: ScorePage = { lo: 'k', texts, scores: new Map(entries.map(([id, score]) => [id, withoutUndefined(score)])) };
        const stored = structuredClone(encodePage(page));
        expect(stored.score).toBeInstanceOf(Float64Array);
        expect(decodePage(stored)).toEqual(page);
      }),
      { numRuns: 300 },
    );
  }, HEAVY);

  it('keep each history record once per page', () => {
    const score = { score: 1, grade: 'B' as const, scoredAt: 1, ruleSetVersion: 1, derivedFromUpdatedAt: 1, reasons: [] };
    const stored = encodePage({ lo: '', texts: [], scores: new Map([['a', { ...score, history: ['r1', 'r2'] }], ['b', { ...score, history: ['r2'] }]]) });
    expect(stored.history).toEqual(['r1', 'r2']);
    expect([...stored.historyRefs]).toEqual([0, 1, 1]);
  });

  it('read a record that is not a whole page as a page without scores', () => {
    const good = encodePage({ lo: 'k', texts, scores: new Map([['a', { score: 1, grade: 'B', scoredAt: 1, ruleSetVersion: 1, derivedFromUpdatedAt: 1, reasons: [0, 1] }]]) });
    const damaged: unknown[] = [
      null,
      'page',
      { lo: 'k', texts, scores: new Map() }, // the shape before v7
      { ...good, score: [1] },
      { ...good, grade: new Uint8Array(2) },
      { ...good, reasonEnds: Uint32Array.of(9) },
      { ...good, historyEnds: Uint32Array.of(1) },
      { ...good, ids: 'a' },
    ];
    for (const record of damaged) expect(decodePage(record).scores.size).toBe(0);
    expect(decodePage({ ...good, grade: Uint8Array.of(200) }).scores.get('a')?.grade).toBeUndefined();
  });
});

describe('grade history through the score pages', () => {
  const scored = (points: number, grade: LeadScore['grade']): LeadScore => ({ score: points, grade, reasons: [], scoredAt: 1, ruleSetVersion: 1 });

  it('keeps an account’s moves when its score changes without its grade, and its newest moves past the limit', async () => {
    const db = await getDB();
    await storeScores(db, [{ accountId: 'a', derivedFromUpdatedAt: 1, score: scored(10, 'C') }], 100);
    await storeScores(db, [{ accountId: 'a', derivedFromUpdatedAt: 1, score: scored(50, 'B') }], 200);
    await storeScores(db, [{ accountId: 'a', derivedFromUpdatedAt: 2, score: scored(55, 'B') }], 300); // same grade: no move
    expect((await listGradeHistory(db, 'a')).map((entry) => [entry.at, entry.from, entry.to])).toEqual([[200, 'C', 'B'], [100, undefined, 'C']]);

    for (let round = 0; round < MAX_HISTORY_REFS; round++) {
      await storeScores(db, [{ accountId: 'a', derivedFromUpdatedAt: 3 + round, score: scored(round, round % 2 === 0 ? 'A' : 'C') }], 1_000 + round);
    }
    const history = await listGradeHistory(db, 'a', 100);
    expect(history).toHaveLength(MAX_HISTORY_REFS);
    expect(history[0]?.at).toBe(1_000 + MAX_HISTORY_REFS - 1);
  });
});
