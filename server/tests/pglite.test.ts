import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.ts';
import { createPgliteDb } from '../src/db/pglite.ts';
import { createTeam } from '../src/directory.ts';

describe('embedded PGlite on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadkit-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts and refuses a second opener while one holds it', async () => {
    const first = await createPgliteDb(dir);
    await migrate(first);
    await createTeam(first, 'Kept');
    // Same pid would be allowed (a restart of ourselves); a live other pid is refused.
    writeFileSync(join(dir, 'leadkit.lock'), String(process.ppid));
    await expect(createPgliteDb(dir)).rejects.toThrow(/in use by process/);
    writeFileSync(join(dir, 'leadkit.lock'), String(process.pid));
    await first.close();

    const second = await createPgliteDb(dir);
    expect(await migrate(second)).toEqual([]);
    const { rows } = await second.query<{ name: string }>('SELECT name FROM teams');
    expect(rows).toEqual([{ name: 'Kept' }]);
    await second.close();
  });
});
