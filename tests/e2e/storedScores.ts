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
 * Seeds scores straight into IndexedDB, as lib/scoring/store/storeScores.ts stores them: in score
 * pages of columns (lib/scoring/store/pageCodec.ts; test data is small, so all in the first page,
 * keyed ''). Written out here: this runs in the browser, where the extension's modules are not.
 */
export function seedScores(context: Page | Worker, scores: SeededScore[]): Promise<void> {
  return (context as Page).evaluate(async (entries) => {
    const GRADES = ['A', 'B', 'C', 'unscored'];
    const request = indexedDB.open('leadkit');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('scorePages', 'readwrite');
    const store = tx.objectStore('scorePages');
    const read = store.get('');
    // No named functions in here: the test runner's compiler would wrap them in a helper the browser lacks.
    read.onsuccess = () => {
      const page = read.result;
      // The page's scores by id: the five numbers, the reasons, the history references (indexes into page.history).
      const byId = new Map<string, { values: number[]; reasons: number[]; refs: number[] }>();
      let reasonStart = 0;
      let refStart = 0;
      for (let at = 0; at < (page?.ids.length ?? 0); at++) {
        byId.set(page.ids[at], {
          values: [page.score[at], page.grade[at], page.scoredAt[at], page.ruleSetVersion[at], page.derivedFromUpdatedAt[at]],
          reasons: [...page.reasons.subarray(reasonStart, page.reasonEnds[at])],
          refs: [...page.historyRefs.subarray(refStart, page.historyEnds[at])],
        });
        reasonStart = page.reasonEnds[at];
        refStart = page.historyEnds[at];
      }
      for (const { accountId, ...score } of entries) {
        byId.set(accountId, { values: [score.score, GRADES.indexOf(score.grade), score.scoredAt, score.ruleSetVersion, score.derivedFromUpdatedAt], reasons: [], refs: [] });
      }
      const rows = [...byId.values()];
      const reasonEnds = new Uint32Array(rows.length);
      const historyEnds = new Uint32Array(rows.length);
      for (let at = 0, reasonEnd = 0, refEnd = 0; at < rows.length; at++) {
        reasonEnds[at] = reasonEnd += rows[at]!.reasons.length;
        historyEnds[at] = refEnd += rows[at]!.refs.length;
      }
      store.put({
        lo: '',
        texts: page?.texts ?? [],
        ids: [...byId.keys()],
        score: Float64Array.from(rows, (row) => row.values[0]!),
        grade: Uint8Array.from(rows, (row) => row.values[1]!),
        scoredAt: Float64Array.from(rows, (row) => row.values[2]!),
        ruleSetVersion: Float64Array.from(rows, (row) => row.values[3]!),
        derivedFromUpdatedAt: Float64Array.from(rows, (row) => row.values[4]!),
        reasonEnds,
        reasons: Float64Array.from(rows.flatMap((row) => row.reasons)),
        history: page?.history ?? [],
        historyEnds,
        historyRefs: Uint32Array.from(rows.flatMap((row) => row.refs)),
      });
    };
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding scores aborted'));
    });
    db.close();
  }, scores);
}

/** Every stored score's grade and rule-set version, by account id. */
export function readStoredGrades(context: Page | Worker): Promise<Record<string, { grade: string; ruleSetVersion: number }>> {
  return (context as Page).evaluate(async () => {
    const GRADES = ['A', 'B', 'C', 'unscored'];
    const request = indexedDB.open('leadkit');
    const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    const pages: Array<{ ids: string[]; grade: Uint8Array; ruleSetVersion: Float64Array }> = await new Promise((resolve) => {
      const all = db.transaction('scorePages').objectStore('scorePages').getAll();
      all.onsuccess = () => resolve(all.result);
    });
    db.close();
    const grades: Record<string, { grade: string; ruleSetVersion: number }> = {};
    for (const page of pages) page.ids.forEach((id, at) => (grades[id] = { grade: GRADES[page.grade[at]!]!, ruleSetVersion: page.ruleSetVersion[at]! }));
    return grades;
  });
}

/** The account ids the stored scoring inputs hold, and how many accounts are still marked for them. */
export function readStoredInputs(context: Page | Worker): Promise<{ ids: string[]; marked: number }> {
  return (context as Page).evaluate(async () => {
    const request = indexedDB.open('leadkit');
    const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    const tx = db.transaction(['scoreInputPages', 'scoreInputsDirty']);
    const pages: Array<{ ids: string[] }> = await new Promise((resolve) => {
      const all = tx.objectStore('scoreInputPages').getAll();
      all.onsuccess = () => resolve(all.result);
    });
    const marked: number = await new Promise((resolve) => {
      const count = tx.objectStore('scoreInputsDirty').count();
      count.onsuccess = () => resolve(count.result);
    });
    db.close();
    return { ids: pages.flatMap((page) => page.ids), marked };
  });
}
