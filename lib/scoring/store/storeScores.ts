import { announceChange, type LeadKitDatabase } from '../../db';
import type { LeadScore } from '../../model/grade';
import { newId } from '../../model';
import { explainGradeChange } from '../explainGradeChange';
import { gradeChangeRecordId } from '../history/gradeHistoryEntry';
import { packGradeChanges, type GradeMove } from '../history/packedHistory';
import { lap, type RescoreTimings } from '../rescore/rescoreTimings';
import { openPage, pageRecords, trustedScore, type OpenPage } from './openPage';
import { encodePage } from './pageCodec';
import { isStoredScore, packScore, unpackScore, withHistoryRef } from './packedScore';
import { readPagesOf } from './scorePages';

export interface ScoreUpdate {
  readonly accountId: string;
  /** The account record's `updatedAt` the score was derived from. */
  readonly derivedFromUpdatedAt: number;
  readonly score: LeadScore;
}

export interface StoredScores {
  /** Ids whose stored score was replaced. */
  readonly written: string[];
  /** Left alone: a score derived from a newer version of the account is already stored. */
  readonly stale: number;
  /** Where the grade moved (or was first given): also stored as grade history. */
  readonly gradeChanges: GradeMove[];
}

/**
 * Stores scores and their grade history in one transaction: a few page writes and one history
 * record however many scores change. Each score is compared with the one stored, inside the
 * transaction, so nothing is written when nothing moved, a score from an older read of the account
 * never replaces a newer one, and a grade change is recorded once even if two contexts score at once.
 */
export async function storeScores(db: LeadKitDatabase, updates: readonly ScoreUpdate[], now: number, timings?: RescoreTimings): Promise<StoredScores> {
  const written: string[] = [];
  const gradeChanges: GradeMove[] = [];
  let stale = 0;
  if (updates.length === 0) return { written, stale, gradeChanges };
  let since = performance.now();
  const tx = db.transaction(['scorePages', 'gradeChanges'], 'readwrite');
  const pageStore = tx.objectStore('scorePages');
  const { pages, pageOf } = await readPagesOf(pageStore, updates.map((update) => update.accountId));
  since = lap(timings, 'readPages', since);
  const open = new Map<string, OpenPage>();
  // The batch's history record: its id is known before it is packed, for the pages to refer to.
  const at = Math.floor(now);
  const unique = newId();
  const historyId = gradeChangeRecordId(at, unique);
  for (const update of updates) {
    const key = pageOf(update.accountId);
    let page = open.get(key);
    if (!page) {
      page = openPage(pages.get(key));
      open.set(key, page);
    }
    const previous = trustedScore(page, update.accountId);
    // A stored time that is not a time (damaged) never makes the new score the older one.
    if (previous && Number.isFinite(previous.derivedFromUpdatedAt) && previous.derivedFromUpdatedAt > update.derivedFromUpdatedAt) {
      stale++;
      continue;
    }
    if (previous && isStoredScore(previous, page.table, update.score, update.derivedFromUpdatedAt)) continue;
    const change = explainGradeChange(previous && unpackScore(page.table.texts, previous), update.score);
    // The history's references stay with the account even when its stored score was damaged.
    let refs = page.scores.get(update.accountId)?.history;
    if (change.changed) {
      gradeChanges.push({ accountId: update.accountId, score: update.score.score, ruleSetVersion: update.score.ruleSetVersion, change });
      refs = withHistoryRef(refs, historyId);
    }
    page.scores.set(update.accountId, packScore(page.table, update.score, update.derivedFromUpdatedAt, refs));
    page.changed.add(update.accountId);
    written.push(update.accountId);
  }
  const history = gradeChanges.length > 0 ? packGradeChanges(gradeChanges, at, unique) : null;
  // Puts clone their value at once: the write's time starts here.
  since = lap(timings, 'compare', since);
  const requests: Array<Promise<unknown>> = [];
  for (const [lo, page] of open) for (const record of pageRecords(lo, page)) requests.push(pageStore.put(encodePage(record)));
  if (history) requests.push(tx.objectStore('gradeChanges').put(history));
  await Promise.all([...requests, tx.done]);
  lap(timings, 'write', since);
  if (written.length > 0) announceChange({ stores: ['accounts'] });
  return { written, stale, gradeChanges };
}
