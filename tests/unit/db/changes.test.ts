import { describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB, onDbChange } from '../../../lib/db';
import { account } from './fixtures';

describe('change notifications', () => {
  it('tells listeners in the same context which stores a commit touched, until they stop listening', async () => {
    const listener = vi.fn();
    const stop = new AbortController();
    onDbChange(listener, stop.signal);
    const db = await getDB();
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: account() }]);
    expect(listener).toHaveBeenCalledWith({ stores: ['accounts'] });
    stop.abort();
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'a2' }) }]);
    expect(listener).toHaveBeenCalledOnce();
  });
});
