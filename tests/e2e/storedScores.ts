import type { Page, Worker } from 'playwright-core';

/** A score as a test seeds it: no reasons, so the page needs no table of reason texts. */
export interface SeededScore {
  accountId: string;
  /** The seeded account's `updatedAt`, which the score was derived from. */
  derivedFromUpdatedAt: number;
  score: number;
  grade: string;
  scoredAt: number;
  ruleSetVersion: number;
}

/**
 * Seeds scores straight into IndexedDB, as lib/scoring/store/storeScores.ts stores them: packed in
 * score pages (test data is small, so all in the first page, keyed '').
 */
export function seedScores(context: Page | Worker, scores: SeededScore[]): Promise<void> {
  return (context as Page).evaluate(async (entries) => {
    const request = indexedDB.open('leadkit');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('scorePages', 'readwrite');
    const store = tx.objectStore('scorePages');
    const read = store.get('');
    read.onsuccess = () => {
      const page = read.result ?? { lo: '', texts: [], scores: new Map() };
      for (const { accountId, ...score } of entries) page.scores.set(accountId, { ...score, reasons: [] });
      store.put(page);
    };
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, scores);
}

/** Every stored score's grade and rule-set version, by account id. */
export function readStoredGrades(context: Page | Worker): Promise<Record<string, { grade: string; ruleSetVersion: number }>> {
  return (context as Page).evaluate(async () => {
    const request = indexedDB.open('leadkit');
    const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    const pages: Array<{ scores: Map<string, { grade: string; ruleSetVersion: number }> }> = await new Promise((resolve) => {
      const all = db.transaction('scorePages').objectStore('scorePages').getAll();
      all.onsuccess = () => resolve(all.result);
    });
    db.close();
    const grades: Record<string, { grade: string; ruleSetVersion: number }> = {};
    for (const page of pages) for (const [id, score] of page.scores) grades[id] = { grade: score.grade, ruleSetVersion: score.ruleSetVersion };
    return grades;
  });
}
