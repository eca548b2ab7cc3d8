import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLeadKitDB, UPGRADE_STEPS } from '../../../lib/db';
import { upgradeTo7 } from '../../../lib/db/upgrades/007-score-columns';
import { gradeChangeRecordId } from '../../../lib/scoring/history/gradeHistoryEntry';
import { listGradeHistory } from '../../../lib/scoring/history/gradeHistoryStore';
import { readScores } from '../../../lib/scoring/store/scorePages';

const V7 = UPGRADE_STEPS.indexOf(upgradeTo7) + 1;
const texts = [{ ruleId: 'fit', label: { en: 'Fit', zh_CN: '匹配' } }];
const packed = (score: number, grade: string) => ({ score, grade, scoredAt: 50, ruleSetVersion: 1, derivedFromUpdatedAt: 9, reasons: [0, score] });
/** A history record as v6 stored it: an object per change, reasons as indexes into its texts. */
const v6Record = (at: number, unique: string, changes: Array<[accountId: string, from: string | undefined, to: string]>) => ({
  id: gradeChangeRecordId(at, unique),
  at,
  accountIds: [...new Set(changes.map(([accountId]) => accountId))],
  texts,
  changes: changes.map(([accountId, from, to]) => ({ accountId, ...(from ? { from } : {}), to, score: 10, scoreDelta: 10, ruleSetVersion: 1, added: [0, 10], removed: [] })),
});

/** A database as v6 left it: score pages of objects, grade history found through a multi-entry index. */
async function seedV6(name: string) {
  const db = await openDB(name, V7 - 1, {
    async upgrade(database, _old, _new, tx) {
      for (const step of UPGRADE_STEPS.slice(0, V7 - 1)) await step(database, tx as never);
    },
  });
  await db.put('scorePages', { lo: '', texts, scores: new Map<string, unknown>([['a', packed(80, 'A')], ['b', packed(20, 'C')], ['bad', { ...packed(1, 'B'), reasons: 5 }], ['worse', null]]) });
  await db.put('scorePages', { lo: 'm', texts, scores: new Map([['m1', packed(40, 'B')]]) });
  await db.put('scorePages', { lo: 'z', texts: 'damaged', scores: 'damaged' });
  await db.put('gradeChanges', v6Record(100, 'first', [['a', undefined, 'B'], ['b', undefined, 'C'], ['m1', undefined, 'B']]));
  await db.put('gradeChanges', v6Record(200, 'second', [['a', 'B', 'A']]));
  await db.put('gradeChanges', v6Record(300, 'third', [['gone', undefined, 'C']]));
  db.close();
}

describe('upgrade 007-score-columns', () => {
  it('stores score pages in columns and finds grade history without the index, losing no score or move', async () => {
    await seedV6('before-score-columns');
    const db = await openLeadKitDB('before-score-columns');
    expect(V7).toBe(7);
    expect([...db.transaction('gradeChanges').store.indexNames]).toEqual([]);
    const stored = await db.get('scorePages', '');
    expect(stored?.score).toBeInstanceOf(Float64Array);
    expect(stored?.ids).toEqual(['a', 'b']); // the damaged two dropped, the upgrade not stopped by them

    const scores = await readScores(db, ['a', 'b', 'm1']);
    expect(Object.fromEntries([...scores].map(([id, score]) => [id, [score.grade, score.score, score.reasons]]))).toEqual({
      a: ['A', 80, [{ ruleId: 'fit', label: texts[0]!.label, points: 80 }]],
      b: ['C', 20, [{ ruleId: 'fit', label: texts[0]!.label, points: 20 }]],
      m1: ['B', 40, [{ ruleId: 'fit', label: texts[0]!.label, points: 40 }]],
    });
    expect((await listGradeHistory(db, 'a')).map((entry) => [entry.at, entry.from, entry.to])).toEqual([[200, 'B', 'A'], [100, undefined, 'B']]);
    expect((await listGradeHistory(db, 'a'))[0]?.added).toEqual([{ ruleId: 'fit', label: texts[0]!.label, points: 10 }]);
    expect((await db.get('gradeChanges', gradeChangeRecordId(100, 'first')))?.to).toEqual(Uint8Array.of(1, 2, 1));
    expect((await listGradeHistory(db, 'm1')).map((entry) => entry.to)).toEqual(['B']);
    // The damaged page reads as a page without scores, as before.
    expect((await db.get('scorePages', 'z'))?.ids).toEqual([]);
    db.close();
  });
});
