import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDB } from '../../../lib/db';
import type { LeadScore } from '../../../lib/model/grade';
import type { PackedScore } from '../../../lib/scoring/store/packedScore';
import { readableTexts, readAllGrades, storedGrade } from '../../../lib/scoring/store/readGrades';
import { decodePage, encodePage } from '../../../lib/scoring/store/pageCodec';
import { readableScore, readAllScores, type ScorePage } from '../../../lib/scoring/store/scorePages';
import { storeScores } from '../../../lib/scoring/store/storeScores';
import { HEAVY } from '../heavy';

const label = { en: 'Industry fits', zh_CN: '行业匹配' };
const score = (points: number, grade: LeadScore['grade']): LeadScore => ({
  score: points,
  grade,
  reasons: [{ ruleId: 'fit.industry', label, points }],
  scoredAt: 1,
  ruleSetVersion: 1,
});

/** Stored values as a damaged or foreign page may hold them: mostly right, sometimes not. */
const anyValue = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double(), fc.constant(2 ** 53), fc.string({ maxLength: 3 }), fc.constant(undefined), fc.constant(null), fc.constantFrom('A', 'B', 'C', 'unscored', 'D'));
const text = fc.oneof(
  fc.record({ ruleId: fc.oneof(fc.string({ maxLength: 3 }), fc.constant('x'.repeat(65))), label: fc.oneof(fc.constant(label), fc.record({ en: fc.string({ maxLength: 2 }), zh_CN: fc.string({ maxLength: 2 }) }), anyValue) }),
  anyValue,
);
const packed = fc.record(
  {
    score: fc.oneof(fc.integer({ min: -100, max: 100 }), anyValue),
    grade: fc.oneof(fc.constantFrom('A', 'B', 'C', 'unscored'), anyValue),
    scoredAt: fc.oneof(fc.nat(), anyValue),
    ruleSetVersion: fc.oneof(fc.nat(), anyValue),
    derivedFromUpdatedAt: fc.nat(),
    reasons: fc.oneof(fc.array(fc.oneof(fc.integer({ min: -1, max: 4 }), anyValue), { maxLength: 6 }), anyValue),
  },
  { requiredKeys: [] },
);

describe('stored grades for the dashboard (grade only, without unpacking scores)', () => {
  it('gives exactly the grade of every score readableScore accepts, and none for those it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(text, { maxLength: 4 }), anyValue), packed, (texts, stored) => {
        const page = { lo: '', texts, scores: new Map([['acc-1', stored]]) } as unknown as ScorePage;
        expect(storedGrade(readableTexts(page), stored as unknown as PackedScore)).toBe(readableScore(page, 'acc-1')?.grade);
      }),
      { numRuns: 3_000 },
    );
  }, HEAVY);

  it('reads the same grades as the full scores from IndexedDB, a damaged score counting as none', async () => {
    const db = await getDB();
    const grades = ['A', 'B', 'C', 'unscored'] as const;
    await storeScores(db, Array.from({ length: 1_200 }, (_, index) => ({ accountId: `acc-${String(index).padStart(5, '0')}`, derivedFromUpdatedAt: 1, score: score(index % 90, grades[index % 4]!) })), 5);
    const [page] = (await db.getAll('scorePages')).map(decodePage);
    const [damagedId, damaged] = [...page!.scores][3]!;
    page!.scores.set(damagedId, { ...damaged, reasons: [99, 1] });
    await db.put('scorePages', encodePage(page!));

    const read = await readAllGrades(db);
    const full = await readAllScores(db);
    expect(read.size).toBe(1_199);
    expect(read.has(damagedId)).toBe(false);
    expect(read).toEqual(new Map([...full].map(([id, stored]) => [id, stored.grade])));
  });
});
