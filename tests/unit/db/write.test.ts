import { describe, expect, it } from 'vitest';
import { commitChanges, countPendingMutations, getDB, listActivities, peekOutbox } from '../../../lib/db';
import { findAccountsByDomain } from '../../../lib/scoring/store/scoredAccounts';
import { account } from './fixtures';

describe('commitChanges', () => {
  it('stores the record and its outbox mutation together, in order', async () => {
    const db = await getDB();
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'a1' }) }], 5);
    await commitChanges(db, [{ store: 'accounts', op: 'delete', id: 'a1', baseVersion: 3 }], 6);
    const outbox = await peekOutbox(db, 10);
    expect(outbox.map((m) => [m.entity, m.entityId, m.op, m.baseVersion, m.at])).toEqual([
      ['account', 'a1', 'put', 0, 5],
      ['account', 'a1', 'delete', 3, 6],
    ]);
    expect(outbox[0]!.data).toMatchObject({ name: 'Acme Robotics' });
    expect(await db.get('accounts', 'a1')).toBeUndefined();
  });

  it('writes nothing, not even the outbox entry, when any change fails', async () => {
    const db = await getDB();
    const broken = { ...account({ id: 'b1' }), id: undefined } as never; // no key: the put throws
    await expect(
      commitChanges(db, [
        { store: 'accounts', op: 'put', record: account({ id: 'ok' }) },
        { store: 'accounts', op: 'put', record: broken },
      ]),
    ).rejects.toThrow();
    expect(await db.count('accounts')).toBe(0);
    expect(await countPendingMutations(db)).toBe(0);
  });

  it('reads back through the schema and skips records that no longer parse', async () => {
    const db = await getDB();
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'good' }) }]);
    await db.put('accounts', { ...account({ id: 'bad' }), stage: 'not-a-stage' } as never);
    expect((await findAccountsByDomain(db, 'acme.com')).map((a) => a.id)).toEqual(['good']);
  });

  it('lists an account timeline newest first', async () => {
    const db = await getDB();
    const activity = (id: string, at: number, accountId = 'a1') => ({
      store: 'activities' as const,
      op: 'put' as const,
      record: { id, accountId, kind: 'note' as const, at, content: id, createdAt: at, updatedAt: at, version: 0 },
    });
    await commitChanges(db, [activity('old', 1), activity('new', 3), activity('mid', 2), activity('other', 9, 'a2')]);
    expect((await listActivities(db, 'a1')).map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });
});
