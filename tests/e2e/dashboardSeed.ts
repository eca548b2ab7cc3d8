import type { Page } from 'playwright-core';
import { seedScores } from './storedScores';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * A small team month, relative to now so "last 90 days" holds all of it (numbers worked out below,
 * checked by dashboard.test.ts; the store screenshots show it too).
 */
export function seedRecords(now: number) {
  const ago = (days: number, hours = 0) => now - days * DAY + hours * HOUR;
  const account = (id: string, capturedAt: number, grade: 'A' | 'B' | 'C', ownerId: string, stage: string, name: string) => ({
    id, createdAt: capturedAt, updatedAt: capturedAt, version: 0, name, domain: `${id}.test`, stage, tags: [], phones: [], emails: [], ownerId, capturedAt,
    score: { score: 50, grade, reasons: [], scoredAt: capturedAt, ruleSetVersion: 1 },
  });
  let n = 0;
  const activity = (accountId: string, kind: string, at: number, extra: Record<string, unknown> = {}) => ({ id: `act-${n++}`, createdAt: at, updatedAt: at, version: 0, accountId, kind, at, content: '', ...extra });
  const move = (accountId: string, from: string, to: string, at: number, by: string, reason?: string) =>
    activity(accountId, 'stage_change', at, { result: to, content: reason ?? '', stageChange: { accountId, from, to, at, by, unmetCriteria: [], ...(reason ? { reason } : {}) } });
  return {
    accounts: [
      account('a1', ago(30), 'A', 'Li', 'won', '华信精密制造有限公司'),
      account('a2', ago(25), 'B', 'Li', 'lost', 'Globex Ltd'),
      account('a3', ago(20), 'C', 'Ann', 'lead', 'Initech'),
      account('a4', ago(10), 'A', 'Ann', 'prospect', 'Umbrella'),
    ],
    activities: [
      activity('a1', 'call', ago(29)), // first contact after 24 h: on time
      move('a1', 'lead', 'prospect', ago(28), 'Li'),
      move('a1', 'prospect', 'opportunity', ago(20), 'Li'),
      move('a1', 'opportunity', 'negotiation', ago(15), 'Li'),
      move('a1', 'negotiation', 'won', ago(10), 'Li'), // cycle: 20 days
      activity('a2', 'email', ago(22)), // after 72 h: late
      move('a2', 'lead', 'prospect', ago(20), 'Li'),
      move('a2', 'prospect', 'lost', ago(12), 'Li', 'Price too high'),
      activity('a4', 'call', ago(10, 1)), // within the hour
      move('a4', 'lead', 'prospect', ago(8), 'Ann'),
    ],
    tasks: [],
  };
}

export async function seed(page: Page, records: ReturnType<typeof seedRecords>): Promise<void> {
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('leadkit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Written straight into the stores, so the accounts are marked for the dashboard's digest here
    // (lib/db/dirtyAccounts.ts), in the same transaction, as the extension's own writes do.
    const tx = db.transaction(['accounts', 'activities', 'digestDirty'], 'readwrite');
    for (const record of data.accounts) tx.objectStore('accounts').put(record);
    for (const record of data.activities) tx.objectStore('activities').put(record);
    for (const record of data.accounts) tx.objectStore('digestDirty').put(1, record.id);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
  // Scores live apart from the account records (score pages), where re-scoring stores them.
  await seedScores(page, records.accounts.map(({ id, updatedAt, score }) => ({ accountId: id, derivedFromUpdatedAt: updatedAt, ...score })));
}
