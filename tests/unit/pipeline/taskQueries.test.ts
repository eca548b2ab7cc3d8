import { describe, expect, it, vi } from 'vitest';
import { commitChanges, openLeadKitDB } from '../../../lib/db';
import type { Account } from '../../../lib/model';
import { accountsById } from '../../../lib/pipeline/store/taskQueries';
import { account } from '../db/fixtures';
import { HEAVY } from '../heavy';

describe('accountsById', () => {
  it('gives the asked accounts, whether it looks each up or reads the store whole, skipping missing and unreadable ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await openLeadKitDB('accounts-by-id');
    const stored = Array.from({ length: 1_200 }, (_, index) => account({ id: `acc-${String(index).padStart(4, '0')}`, domain: `a${index}.example`, name: `Account ${index}` }));
    await commitChanges(db, stored.map((record) => ({ store: 'accounts' as const, op: 'put' as const, record })));
    await db.put('accounts', { id: 'broken', name: 7 } as unknown as Account);
    const ids = (found: Map<string, Account>) => [...found.keys()].sort();

    // A few ids (a lookup each) and most of the store (one read of it all): the same answer.
    const few = await accountsById(db, ['acc-0003', 'acc-0007', 'missing', 'broken', 'acc-0003']);
    expect(ids(few)).toEqual(['acc-0003', 'acc-0007']);
    expect(few.get('acc-0007')).toMatchObject({ name: 'Account 7', domain: 'a7.example' });
    const many = stored.slice(0, 1_000).map((record) => record.id);
    const found = await accountsById(db, [...many, 'missing', 'broken']);
    expect(ids(found)).toEqual(many);
    expect(found.get('acc-0999')).toMatchObject({ name: 'Account 999' });
    expect(await accountsById(db, [])).toEqual(new Map());
  }, HEAVY);
});
