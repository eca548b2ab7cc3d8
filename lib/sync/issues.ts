import { announceChange, type LeadKitDatabase } from '../db';
import { sameContent } from './mergeRecords';
import { pendingFor, recordStore, replacePending, type NextChange } from './pendingEntries';
import { ALL_SYNC_STORES, DELETED_FIELD, entityKey, STORE_OF, syncDb, type RecordData, type SyncIssue, type SyncTx } from './syncDb';

export type Choice = 'mine' | 'theirs';

/** Open conflicts first, then refused changes; each group oldest first. */
export async function listIssues(database: LeadKitDatabase): Promise<SyncIssue[]> {
  const issues = await syncDb(database).getAll('syncIssues');
  return issues.sort((a, b) => (a.kind === b.kind ? a.at - b.at : a.kind === 'conflict' ? -1 : 1));
}

/**
 * The rep's decision on a conflict, field by field (a field without a choice keeps "mine"). The
 * result is stored locally and queued as one mutation on the server's version; if it equals the
 * server's copy nothing is queued. Runs in one transaction with the conflict's removal.
 */
export async function resolveConflict(database: LeadKitDatabase, key: string, choices: Record<string, Choice>, now = Date.now()): Promise<boolean> {
  const db = syncDb(database);
  const tx = db.transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
  const issue = await tx.objectStore('syncIssues').get(key);
  if (!issue || issue.kind !== 'conflict') return false;
  const { entity, entityId } = issue;
  const base = await tx.objectStore('syncBase').get(entityKey(entity, entityId));
  const version = base?.version ?? issue.serverVersion;
  const theirs = base && !base.deleted ? base.data : null;
  const records = recordStore(tx, entity);
  const mine = (await records.get(entityId)) ?? null;

  let result: RecordData | null;
  if (issue.fields.some((field) => field.field === DELETED_FIELD)) {
    result = choices[DELETED_FIELD] === 'theirs' ? theirs : mine;
  } else {
    result = mine ?? theirs;
    if (result && theirs) {
      result = { ...result };
      for (const { field } of issue.fields) {
        if (choices[field] !== 'theirs') continue;
        if (theirs[field] === undefined) delete result[field];
        else result[field] = theirs[field];
      }
    }
  }
  if (result) await records.put({ ...result, id: entityId, version });
  else await records.delete(entityId);

  const inSync = result === null ? theirs === null : theirs !== null && sameContent(result, theirs);
  const next: NextChange = inSync ? null
    : result ? { op: 'put', data: { ...result, id: entityId, version }, baseVersion: version }
    : { op: 'delete', baseVersion: version };
  await replacePending(tx, { entity, entityId }, await pendingFor(tx, entity, entityId), next, now);
  await tx.objectStore('syncIssues').delete(key);
  await tx.done;
  announceChange({ stores: [STORE_OF[entity]] });
  return true;
}

/** The rep has seen a refused change; the local record stays as it is. */
export async function dismissIssue(database: LeadKitDatabase, key: string): Promise<void> {
  const db = syncDb(database);
  const tx = db.transaction('syncIssues', 'readwrite');
  const issue = await tx.store.get(key);
  if (issue?.kind === 'rejected') await tx.store.delete(key);
  await tx.done;
}
