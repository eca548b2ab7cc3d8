import type { SyncedEntity } from '../model';
import { mergeRecords, sameContent, sameValue } from './mergeRecords';
import { pendingFor, recordStore, replacePending, type NextChange } from './pendingEntries';
import { baseAt, conflictKey, DELETED_FIELD, entityKey, labelOf, nextBase, type ConflictField, type RecordData, type SyncTx } from './syncDb';

/** What the server holds for a record (a pulled change, or the copy sent back with a conflict). */
export interface ServerState {
  entity: SyncedEntity;
  entityId: string;
  version: number;
  data: RecordData | null;
  deleted: boolean;
}

/**
 * `unchanged`: nothing new; `taken`: the local copy is now the server's; `merged`: local edits
 * were rebased onto the server's copy and wait to be pushed; `conflict`: the rep must decide.
 */
export type ReconcileOutcome = 'unchanged' | 'taken' | 'merged' | 'conflict';

/**
 * Brings one record up to the server's copy without losing local edits. With nothing pending the
 * server's copy replaces the local one. With edits pending they are rebased: merged field by field
 * against the base they were made from, their base version moved to the server's, and fields both
 * sides changed kept as the rep's value and listed as a conflict. Writes nothing to the outbox
 * beyond replacing this record's own pending mutations, so a pull never echoes back.
 *
 * `skipKnown`: a pulled change at or below the version we already have is ignored.
 */
export async function reconcileRecord(tx: SyncTx, server: ServerState, options: { skipKnown: boolean; now: number }): Promise<ReconcileOutcome> {
  const { entity, entityId } = server;
  const baseStore = tx.objectStore('syncBase');
  const issues = tx.objectStore('syncIssues');
  const base = await baseStore.get(entityKey(entity, entityId));
  if (options.skipKnown && base && server.version <= base.version) return 'unchanged';

  const theirs = server.deleted || server.data === null ? null : { ...server.data, id: entityId, version: server.version };
  const key = entityKey(entity, entityId);
  if (theirs || server.version > 0) await baseStore.put(nextBase(base, { key, entity, entityId }, server.version, theirs));
  else await baseStore.delete(key);

  const records = recordStore(tx, entity);
  const pending = await pendingFor(tx, entity, entityId);
  if (pending.length === 0) {
    if (theirs) await records.put(theirs);
    else await records.delete(entityId);
    await issues.delete(conflictKey(entity, entityId));
    return 'taken';
  }

  const local = (await records.get(entityId)) ?? null;
  const open = await issues.get(conflictKey(entity, entityId));
  const openFields = open?.kind === 'conflict' ? open.fields : [];
  // Merge against the version the local edits were made from (the oldest, if they differ).
  const editedFrom = Math.min(...pending.map((entry) => entry.baseVersion));
  const { result, fields } = rebase(baseAt(base, editedFrom), local, theirs, server.version, openFields);

  if (result) await records.put({ ...result, id: entityId, version: server.version });
  else if (local) await records.delete(entityId);

  const inSync = result === null ? theirs === null : theirs !== null && sameContent(result, theirs);
  const next: NextChange =
    inSync && fields.length === 0 ? null
    : result ? { op: 'put', data: { ...result, id: entityId, version: server.version }, baseVersion: server.version }
    : { op: 'delete', baseVersion: server.version };
  await replacePending(tx, { entity, entityId }, pending, next, options.now);

  if (fields.length === 0) {
    await issues.delete(conflictKey(entity, entityId));
    return next ? 'merged' : 'taken';
  }
  await issues.put({
    key: conflictKey(entity, entityId),
    kind: 'conflict',
    entity,
    entityId,
    label: labelOf(result ?? theirs, entityId),
    serverVersion: server.version,
    fields,
    at: open?.at ?? options.now,
  });
  return 'conflict';
}

/** The local record after rebasing (null: deleted) and the fields the rep must decide. */
function rebase(
  base: RecordData | null,
  mine: RecordData | null,
  theirs: RecordData | null,
  serverVersion: number,
  openFields: ConflictField[],
): { result: RecordData | null; fields: ConflictField[] } {
  const deleteConflict = (result: RecordData | null) => ({
    result,
    fields: [{ field: DELETED_FIELD, mine: mine === null, theirs: theirs === null }],
  });
  const stillDisputed = openFields.some((field) => field.field === DELETED_FIELD);
  if (!mine && !theirs) return { result: null, fields: [] };
  if (!mine) {
    // Deleted here, kept (maybe changed) there: the deletion stands only if they changed nothing.
    return base && !stillDisputed && sameContent(base, theirs!) ? { result: null, fields: [] } : deleteConflict(null);
  }
  if (!theirs) {
    // Changed here; the server never had it (push it as new) or deleted it.
    if (serverVersion === 0 && !base) return { result: mine, fields: [] };
    return base && !stillDisputed && sameContent(base, mine) ? { result: null, fields: [] } : deleteConflict(mine);
  }
  const { merged, conflicts } = mergeRecords(base, mine, theirs);
  const fields: ConflictField[] = conflicts.map((field) => ({ field, mine: mine[field], theirs: theirs[field] }));
  // A field disputed before stays disputed until both sides agree, even if the server's base moved.
  for (const old of openFields) {
    if (old.field === DELETED_FIELD || conflicts.includes(old.field)) continue;
    if (!sameValue(merged[old.field], theirs[old.field])) fields.push({ field: old.field, mine: merged[old.field], theirs: theirs[old.field] });
  }
  return { result: merged, fields: fields.sort((a, b) => a.field.localeCompare(b.field)) };
}
