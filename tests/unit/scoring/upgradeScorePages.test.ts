import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLeadKitDB, UPGRADE_STEPS } from '../../../lib/db';
import { getAccount } from '../../../lib/scoring/store/scoredAccounts';
import { upgradeTo5 } from '../../../lib/db/upgrades/005-score-pages';
import { listGradeHistory } from '../../../lib/scoring/history/gradeHistoryStore';
import { readScores } from '../../../lib/scoring/store/scorePages';
import { account } from '../db/fixtures';
import { HEAVY } from '../heavy';

const V5 = UPGRADE_STEPS.indexOf(upgradeTo5) + 1;
const score = (grade: 'A' | 'B' | 'C', points: number) => ({ score: points, grade, reasons: [], scoredAt: 50, ruleSetVersion: 1 });

/** A database as the release before score pages left it: scores on the accounts, one history record per change. */
async function seedBeforeScorePages(name: string, accounts: number) {
  const db = await openDB(name, V5 - 1, {
    async upgrade(database, _old, _new, tx) {
      for (const step of UPGRADE_STEPS.slice(0, V5 - 1)) await step(database, tx as never);
    },
  });
  for (let index = 0; index < accounts; index++) {
    const id = `a${String(index).padStart(4, '0')}`;
    await db.put('accounts', { ...account({ id, domain: `${id}.com`, updatedAt: 10 + index }), ...(index % 2 === 0 ? { score: score('B', 40 + index) } : {}) });
  }
  await db.put('gradeHistory', { id: 'h1', accountId: 'a0000', at: 200, to: 'C', score: 20, scoreDelta: 20, added: [], removed: [], ruleSetVersion: 1 });
  await db.put('gradeHistory', { id: 'h2', accountId: 'a0000', at: 300, from: 'C', to: 'B', score: 40, scoreDelta: 20, added: [], removed: [], ruleSetVersion: 1 });
  db.close();
}

describe('upgrade 005-score-pages', () => {
  it('is the latest step', () => {
    expect(V5).toBe(5);
    expect(DB_VERSION).toBeGreaterThanOrEqual(V5);
  });

  it('moves scores off the accounts into pages, and history into batch records, losing none', async () => {
    await seedBeforeScorePages('before-score-pages', 2_401);
    // Through every later step too: what the readers of today find.
    const db = await openLeadKitDB('before-score-pages');
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['scorePages', 'gradeChanges']));
    expect([...db.objectStoreNames]).not.toContain('gradeHistory');
    // 1,201 scores do not fit one page: split in pages of 500, the first still keyed ''.
    expect((await db.getAllKeys('scorePages'))).toEqual(['', 'a1000', 'a2000']);
    expect((await db.getAll('accounts')).some((record) => 'score' in record)).toBe(false);
    const scores = await readScores(db, ['a0000', 'a0001', 'a1200', 'a2400']);
    expect(Object.fromEntries(scores)).toEqual({ a0000: expect.objectContaining({ grade: 'B', score: 40 }), a1200: expect.objectContaining({ score: 1240 }), a2400: expect.objectContaining({ score: 2440 }) });
    expect((await listGradeHistory(db, 'a0000')).map((entry) => [entry.at, entry.from, entry.to])).toEqual([[300, 'C', 'B'], [200, undefined, 'C']]);
    db.close();
  }, HEAVY);

  it('readers see the moved score on the account', async () => {
    await seedBeforeScorePages('before-score-pages-read', 3);
    const db = await openLeadKitDB('before-score-pages-read');
    expect((await getAccount(db, 'a0002'))?.score).toMatchObject({ grade: 'B', score: 42 });
    expect((await getAccount(db, 'a0001'))?.score).toBeUndefined();
    db.close();
  });
});
