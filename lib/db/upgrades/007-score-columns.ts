import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { GradeChangeRecord, PackedGradeChange } from '../../scoring/history/gradeHistoryEntry';
import { gradeCode } from '../../scoring/store/columns';
import { encodePage, type ScorePage } from '../../scoring/store/pageCodec';
import { withHistoryRef, type PackedScore } from '../../scoring/store/packedScore';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** A history record as v5 and v6 stored it: an object per change. */
interface ObjectRecord {
  readonly id: string;
  readonly at: number;
  readonly texts: GradeChangeRecord['texts'];
  readonly changes: readonly PackedGradeChange[];
}

/** The same changes in columns; a change that is not an object is left out. */
function inColumns(record: ObjectRecord): GradeChangeRecord {
  const changes = record.changes.filter((change) => typeof change === 'object' && change !== null);
  const n = changes.length;
  const numbers = (values: readonly unknown[]) => (Array.isArray(values) ? values.map(Number) : []);
  const reasons: number[] = [];
  const reasonEnds = new Uint32Array(2 * n);
  changes.forEach((change, index) => {
    reasons.push(...numbers(change.added));
    reasonEnds[2 * index] = reasons.length;
    reasons.push(...numbers(change.removed));
    reasonEnds[2 * index + 1] = reasons.length;
  });
  return {
    id: record.id,
    at: record.at,
    texts: Array.isArray(record.texts) ? record.texts : [],
    accountIds: changes.map((change) => String(change.accountId)),
    from: Uint8Array.from(changes, (change) => gradeCode(change.from)),
    to: Uint8Array.from(changes, (change) => gradeCode(change.to)),
    score: Float64Array.from(changes, (change) => Number(change.score)),
    scoreDelta: Float64Array.from(changes, (change) => Number(change.scoreDelta)),
    ruleSetVersion: Float64Array.from(changes, (change) => Number(change.ruleSetVersion)),
    reasonEnds,
    reasons: Float64Array.from(reasons),
  };
}

/** The scores that can be put in columns: objects with their reasons in an array. */
function whole(scores: Map<string, PackedScore>): Map<string, PackedScore> {
  return new Map([...scores].filter(([, packed]) => typeof packed === 'object' && packed !== null && Array.isArray(packed.reasons)));
}

/**
 * v7: re-scoring 100k leads within 3 s (issue #4) when every score and grade is re-written.
 * - `scorePages` are stored in columns (pageCodec.ts): a page of score objects cost Chromium ~4×
 *   as much to write and read.
 * - `gradeChanges` records are stored in columns too, and lose their multi-entry index on
 *   `accountIds`: a full re-score wrote 100k index entries (~0.6 s). Each score now lists the
 *   records holding its account's moves.
 * Scores and history carry across. A page that is not a page of scores, or a score that is not an
 * object with its reasons in an array (damaged), is dropped, as its readers already treated it;
 * the next re-score stores it again.
 */
export async function upgradeTo7(_db: IDBPDatabase<unknown>, tx: UpgradeTx): Promise<void> {
  const pages = new Map<string, Map<string, PackedScore>>();
  const pageStore = tx.objectStore('scorePages');
  const old = (await pageStore.getAll()) as Array<Partial<ScorePage>>;
  for (const page of old) if (typeof page.lo === 'string') pages.set(page.lo, page.scores instanceof Map ? whole(page.scores) : new Map());
  const pageOfAccount = new Map<string, Map<string, PackedScore>>();
  for (const scores of pages.values()) for (const id of scores.keys()) pageOfAccount.set(id, scores);

  // Records in key order, that is time order: each account's references end up oldest first.
  let cursor = await tx.objectStore('gradeChanges').openCursor();
  while (cursor) {
    const record = cursor.value as Partial<GradeChangeRecord> & { changes?: unknown };
    if (Array.isArray(record.changes)) await cursor.update(inColumns(record as ObjectRecord));
    for (const accountId of new Set(Array.isArray(record.accountIds) ? record.accountIds : [])) {
      const scores = pageOfAccount.get(accountId);
      const packed = scores?.get(accountId);
      if (scores && packed) scores.set(accountId, { ...packed, history: withHistoryRef(packed.history, String(cursor.key)) });
    }
    cursor = await cursor.continue();
  }
  tx.objectStore('gradeChanges').deleteIndex('byAccount');
  for (const page of old) {
    if (typeof page.lo !== 'string') continue;
    const texts = Array.isArray(page.texts) ? page.texts : [];
    await pageStore.put(encodePage({ lo: page.lo, texts, scores: pages.get(page.lo)! }));
  }
}
