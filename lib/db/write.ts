import type { Account, Activity, Contact, Deal, Mutation, Script, SyncedEntity, Task, TeamSetting } from '../model';
import { newId } from '../model';
import type { LeadKitDatabase } from './open';
import { announceChange } from './changes';
import { dirtySetsFor, markWrite, type DirtySet, type DirtySetStores } from './dirtyAccounts';
import type { StoreName } from './schema';

type RecordOf = { accounts: Account; contacts: Contact; activities: Activity; tasks: Task; scripts: Script; deals: Deal; teamSettings: TeamSetting };

export type Change = {
  [S in StoreName]: { store: S; op: 'put'; record: RecordOf[S] } | { store: S; op: 'delete'; id: string; baseVersion: number };
}[StoreName];

const ENTITY_OF: Record<StoreName, SyncedEntity> = {
  accounts: 'account',
  contacts: 'contact',
  activities: 'activity',
  tasks: 'task',
  scripts: 'script',
  deals: 'deal',
  teamSettings: 'teamSetting',
};

/**
 * Scores are derived data kept apart from the records (scorePages): an account read with its score
 * attached is stored, and synced, without it.
 */
function withoutDerivedFields(change: Change): Change {
  if (change.store !== 'accounts' || change.op !== 'put' || change.record.score === undefined) return change;
  const { score: _derived, ...record } = change.record;
  return { ...change, record };
}

export function mutationFor(change: Change, at: number): Mutation {
  const entity = ENTITY_OF[change.store];
  return change.op === 'put'
    ? {
        id: newId(),
        entity,
        entityId: change.record.id,
        op: 'put',
        baseVersion: change.record.version,
        data: change.record as unknown as Record<string, unknown>,
        at,
      }
    : { id: newId(), entity, entityId: change.id, op: 'delete', baseVersion: change.baseVersion, data: null, at };
}

/**
 * Applies changes and appends one outbox mutation each, in a single transaction: either the
 * rep's change and its sync record are both stored, or neither is. The accounts whose dashboard
 * digest rows or scoring inputs change are marked in the same transaction (dirtyAccounts.ts).
 */
export async function commitChanges(db: LeadKitDatabase, changes: Change[], now = Date.now()): Promise<void> {
  if (changes.length === 0) return;
  const stores = [...new Set(changes.map((change) => change.store))];
  const dirtySets = dirtySetsFor(stores);
  const tx = db.transaction([...stores, 'outbox', ...dirtySets] as Array<StoreName | 'outbox' | DirtySet>, 'readwrite');
  const outbox = tx.objectStore('outbox');
  const dirty: DirtySetStores = Object.fromEntries(dirtySets.map((set) => [set, tx.objectStore(set)]));
  // Requests are queued all at once (IndexedDB runs them in order) rather than awaited one by one.
  const requests: Array<Promise<unknown>> = [];
  try {
    for (const change of changes.map(withoutDerivedFields)) {
      const store = tx.objectStore(change.store);
      const id = change.op === 'put' ? change.record.id : change.id;
      const next = change.op === 'put' ? change.record : undefined;
      requests.push(markWrite(dirty, change.store, id, next, () => store.get(id)));
      requests.push(change.op === 'put' ? store.put(change.record as never) : store.delete(change.id));
      requests.push(outbox.add(mutationFor(change, now)));
    }
    await Promise.all(requests);
  } catch (error) {
    // A request that throws (bad key) does not abort the transaction by itself: without this the
    // writes before it would commit, and the change would be half stored.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request itself.
    }
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await tx.done;
  announceChange({ stores });
}
