import type { LeadKitDatabase } from '../../db';
import { decodePage, encodePage } from './pageCodec';
import { FIRST_PAGE } from './scorePageLayout';

/**
 * Drops the scores of accounts that no longer exist (merged away, deleted here or by another
 * device through sync), after a complete re-score: whatever path removed the account, its score
 * goes too. Returns how many were dropped.
 */
export async function pruneScores(db: LeadKitDatabase): Promise<number> {
  const tx = db.transaction(['accounts', 'scorePages'], 'readwrite');
  const [ids, pages] = await Promise.all([tx.objectStore('accounts').getAllKeys(), tx.objectStore('scorePages').getAll()]);
  const existing = new Set(ids);
  const pageStore = tx.objectStore('scorePages');
  const requests: Array<Promise<unknown>> = [];
  let dropped = 0;
  for (const stored of pages) {
    const page = decodePage(stored);
    const before = page.scores.size;
    for (const id of page.scores.keys()) if (!existing.has(id)) page.scores.delete(id);
    if (page.scores.size === before) continue;
    dropped += before - page.scores.size;
    requests.push(page.scores.size === 0 && page.lo !== FIRST_PAGE ? pageStore.delete(page.lo) : pageStore.put(encodePage(page)));
  }
  await Promise.all([...requests, tx.done]);
  return dropped;
}
