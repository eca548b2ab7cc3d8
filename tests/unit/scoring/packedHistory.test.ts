import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADES } from '../../../lib/model/grade';
import { packGradeChanges, unpackGradeChanges, type GradeMove } from '../../../lib/scoring/history/packedHistory';
import { HEAVY } from '../heavy';

const reason = fc.record({ ruleId: fc.constantFrom('fit', 'visits', 'replies'), label: fc.constantFrom({ en: 'Fit', zh_CN: '匹配' }, { en: 'Visits', zh_CN: '访问' }), points: fc.double({ noNaN: true }) });
const move: fc.Arbitrary<GradeMove> = fc.record({
  accountId: fc.constantFrom('a', 'b', 'c'),
  score: fc.double({ noNaN: true }),
  ruleSetVersion: fc.nat(),
  change: fc.record({
    changed: fc.constant(true),
    from: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
    to: fc.constantFrom(...GRADES),
    scoreDelta: fc.double({ noNaN: true }),
    added: fc.array(reason, { maxLength: 3 }),
    removed: fc.array(reason, { maxLength: 3 }),
    adjusted: fc.constant([]),
  }),
});

describe('grade history records in columns', () => {
  it('give back each account’s moves with their reasons, through a structured clone as IndexedDB makes', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 12 }), (moves) => {
        const record = structuredClone(packGradeChanges(moves, 500, 'u'));
        for (const accountId of ['a', 'b', 'c']) {
          const expected = moves.flatMap((entry, index) =>
            entry.accountId !== accountId
              ? []
              : [{
                  id: `${record.id}:${index}`,
                  accountId,
                  at: 500,
                  ...(entry.change.from !== undefined ? { from: entry.change.from } : {}),
                  to: entry.change.to,
                  score: entry.score,
                  scoreDelta: entry.change.scoreDelta,
                  added: entry.change.added,
                  removed: entry.change.removed,
                  ruleSetVersion: entry.ruleSetVersion,
                }],
          );
          expect(unpackGradeChanges(record, accountId)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  }, HEAVY);

  it('read a damaged record as no entries', () => {
    const good = packGradeChanges([{ accountId: 'a', score: 1, ruleSetVersion: 1, change: { changed: true, from: undefined, to: 'B', scoreDelta: 1, added: [], removed: [], adjusted: [] } }], 1, 'u');
    for (const damaged of [null, 'record', { ...good, to: [1] }, { ...good, reasonEnds: new Uint32Array(1) }, { ...good, accountIds: 'a' }, { ...good, id: 7 }]) {
      expect(unpackGradeChanges(damaged, 'a')).toEqual([]);
    }
    expect(unpackGradeChanges({ ...good, to: Uint8Array.of(99) }, 'a')).toEqual([]);
    expect(unpackGradeChanges(good, 'a')).toHaveLength(1);
  });
});
