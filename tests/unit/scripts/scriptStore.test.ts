import { describe, expect, it, vi } from 'vitest';
import { getDB, peekOutbox } from '../../../lib/db';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts';
import { deleteScript, getScript, listScripts, saveScript, seedDefaultScripts } from '../../../lib/scripts/scriptStore';
import { makeScript } from './makeScript';

describe('scripts store', () => {
  it('seeds the default library once, through the outbox', async () => {
    const db = await getDB();
    expect(await seedDefaultScripts(db)).toBe(DEFAULT_SCRIPTS.length);
    expect(await seedDefaultScripts(db)).toBe(0);
    expect((await listScripts(db)).length).toBe(DEFAULT_SCRIPTS.length);
    const outbox = await peekOutbox(db, 1_000);
    expect(outbox.filter((mutation) => mutation.entity === 'script')).toHaveLength(DEFAULT_SCRIPTS.length);
  });

  it('never overwrites a manager’s edit, and does not bring back a deleted default', async () => {
    const db = await getDB();
    const [first, second] = DEFAULT_SCRIPTS as [typeof DEFAULT_SCRIPTS[number], typeof DEFAULT_SCRIPTS[number]];
    await saveScript(db, { ...first, title: 'Our own wording', updatedAt: 5 });
    await seedDefaultScripts(db);
    expect((await getScript(db, first.id))?.title).toBe('Our own wording');

    await deleteScript(db, second);
    expect(await seedDefaultScripts(db)).toBe(0);
    expect(await getScript(db, second.id)).toBeNull();
    // A later library generation adds only scripts never given out before.
    const fresh = makeScript({ id: 'default-new-en', title: 'New in v2', body: 'Hi {{contact.firstName}}' });
    expect(await seedDefaultScripts(db, [...DEFAULT_SCRIPTS, fresh], 2)).toBe(1);
    expect(await getScript(db, second.id)).toBeNull();
  });

  it('skips an unreadable record instead of showing it, and refuses to store an invalid one', async () => {
    const db = await getDB();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.put('scripts', { id: 'broken', title: '' } as never);
    await saveScript(db, makeScript({ id: 'ok', title: 'Fine', body: 'Body' }));
    expect((await listScripts(db)).map((script) => script.id)).toEqual(['ok']);
    await expect(saveScript(db, { ...makeScript({ id: 'x', title: 'x', body: 'b' }), body: '' })).rejects.toThrow();
  });
});
