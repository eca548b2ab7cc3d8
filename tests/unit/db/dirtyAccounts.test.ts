import { describe, expect, it } from 'vitest';
import { commitChanges, openLeadKitDB } from '../../../lib/db';
import { dirtyAccountsOf, dirtySetsFor } from '../../../lib/db/dirtyAccounts';
import { moveVisits, recordVisit } from '../../../lib/signals/visitStore';
import type { Activity, Task } from '../../../lib/model';
import { recordStore } from '../../../lib/sync/pendingEntries';
import { ALL_SYNC_STORES, syncDb, type SyncTx } from '../../../lib/sync/syncDb';
import { account } from './fixtures';

const activity = (id: string, accountId: string): Activity => ({ id, createdAt: 1, updatedAt: 1, version: 0, accountId, kind: 'call', at: 1, content: '' });
const task = (id: string, accountId: string): Task => ({ id, createdAt: 1, updatedAt: 1, version: 0, accountId, title: 'Call', dueAt: 1, status: 'open' });

type Db = Awaited<ReturnType<typeof openLeadKitDB>>;

async function dirtyIds(db: Db, set: 'digestDirty' | 'scoreInputsDirty' = 'digestDirty'): Promise<string[]> {
  const ids = (await db.getAllKeys(set)) as string[];
  await db.clear(set);
  return ids.sort();
}

const inputIds = (db: Db) => dirtyIds(db, 'scoreInputsDirty');

describe('dirty accounts (the dashboard digest, issue #8)', () => {
  it('names the accounts a write changes: the account, or the account before and after', () => {
    expect(dirtyAccountsOf('accounts', 'a1', undefined, account({ id: 'a1' }))).toEqual(['a1']);
    expect(dirtyAccountsOf('activities', 'x', activity('x', 'a1'), activity('x', 'a2')).sort()).toEqual(['a1', 'a2']);
    expect(dirtyAccountsOf('tasks', 't', task('t', 'a1'), undefined)).toEqual(['a1']);
    expect(dirtyAccountsOf('contacts', 'c', { accountId: 'a0' }, { accountId: 'a1' }).sort()).toEqual(['a0', 'a1']);
    expect(dirtyAccountsOf('visits', 'v', undefined, { accountId: 'a1' })).toEqual(['a1']);
    expect(dirtyAccountsOf('scripts', 's', undefined, undefined)).toEqual([]);
  });

  it('a write marks each set that summarises its store', () => {
    expect(dirtySetsFor(['accounts'])).toEqual(['digestDirty', 'scoreInputsDirty']);
    expect(dirtySetsFor(['tasks'])).toEqual(['digestDirty']);
    expect(dirtySetsFor(['contacts'])).toEqual(['scoreInputsDirty']);
    expect(dirtySetsFor(['visits'])).toEqual(['scoreInputsDirty']);
    expect(dirtySetsFor(['scripts'])).toEqual([]);
  });

  it('commitChanges marks them in the same transaction as the write', async () => {
    const db = await openLeadKitDB('commit-marks');
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'a1' }) }]);
    expect(await dirtyIds(db)).toEqual(['a1']);
    expect(await inputIds(db)).toEqual(['a1']);
    await commitChanges(db, [
      { store: 'activities', op: 'put', record: activity('x', 'a2') },
      { store: 'tasks', op: 'put', record: task('t', 'a3') },
    ]);
    expect(await dirtyIds(db)).toEqual(['a2', 'a3']);
    // Moving an activity to another account changes both rows; deleting one changes its account's.
    await commitChanges(db, [{ store: 'activities', op: 'put', record: activity('x', 'a4') }]);
    expect(await dirtyIds(db)).toEqual(['a2', 'a4']);
    await commitChanges(db, [{ store: 'tasks', op: 'delete', id: 't', baseVersion: 0 }, { store: 'accounts', op: 'delete', id: 'a9', baseVersion: 0 }]);
    expect(await dirtyIds(db)).toEqual(['a3', 'a9']);
    await inputIds(db);
    // A contact is no digest row's, but it is a scoring input (the primary contact's title and email).
    await commitChanges(db, [{ store: 'contacts', op: 'put', record: { id: 'c1', accountId: 'a1', name: 'Ann', createdAt: 1, updatedAt: 1, version: 0 } }]);
    expect(await dirtyIds(db)).toEqual([]);
    expect(await inputIds(db)).toEqual(['a1']);
    await commitChanges(db, [{ store: 'contacts', op: 'put', record: { id: 'c1', accountId: 'a5', name: 'Ann', createdAt: 1, updatedAt: 2, version: 1 } }]);
    expect(await inputIds(db)).toEqual(['a1', 'a5']);
    await commitChanges(db, [{ store: 'tasks', op: 'put', record: task('t2', 'a3') }]);
    expect(await inputIds(db)).toEqual([]);
  });

  it('visits mark their accounts\' scoring inputs, a merge both accounts', async () => {
    const db = await openLeadKitDB('visit-marks');
    expect(await recordVisit(db, { id: 'v1', accountId: 'a1', startedAt: 1, seconds: 30 })).toBe(true);
    expect(await inputIds(db)).toEqual(['a1']);
    // Closed twice (a restarted worker): stored once, and nothing changed the second time.
    expect(await recordVisit(db, { id: 'v1', accountId: 'a1', startedAt: 1, seconds: 30 })).toBe(false);
    expect(await inputIds(db)).toEqual([]);
    expect(await moveVisits(db, 'a1', 'a2')).toBe(1);
    expect(await inputIds(db)).toEqual(['a1', 'a2']);
    expect(await dirtyIds(db)).toEqual([]);
  });

  it('a failed commit leaves no mark', async () => {
    const db = await openLeadKitDB('failed-marks');
    await expect(commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'a1' }) }, { store: 'accounts', op: 'put', record: { id: undefined } as never }])).rejects.toThrow();
    expect(await dirtyIds(db)).toEqual([]);
  });

  it('sync record writes mark them too', async () => {
    const db = await openLeadKitDB('sync-marks');
    await commitChanges(db, [{ store: 'activities', op: 'put', record: activity('x', 'a1') }]);
    await dirtyIds(db);
    const tx = syncDb(db).transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
    await recordStore(tx, 'activity').put({ ...activity('x', 'a2') });
    await recordStore(tx, 'account').put({ ...account({ id: 'a7' }) });
    await recordStore(tx, 'task').put({ ...task('t', 'a8') });
    await recordStore(tx, 'contact').put({ id: 'c1', accountId: 'a6', name: 'Ann', createdAt: 1, updatedAt: 1, version: 0 });
    await tx.done;
    expect(await dirtyIds(db)).toEqual(['a1', 'a2', 'a7', 'a8']);
    expect(await inputIds(db)).toEqual(['a1', 'a2', 'a6', 'a7']);
    const remove = syncDb(db).transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
    await recordStore(remove, 'task').delete('t');
    await remove.done;
    expect(await dirtyIds(db)).toEqual(['a8']);
  });
});
