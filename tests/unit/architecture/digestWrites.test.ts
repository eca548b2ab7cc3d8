import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dashboard's digest (issue #8) is only right while every write to accounts, activities and
 * tasks marks the accounts it changes (lib/db/dirtyAccounts.ts). Two places write those stores
 * and mark: commitChanges and sync's record store. A new write path must go through one of them;
 * this test finds the usual ways around them (grep-style, over lib, components and entrypoints).
 */
const ROOT = join(__dirname, '../../..');
const WRITERS = ['lib/db/write.ts', 'lib/sync/pendingEntries.ts'];
/** Upgrades run before any digest exists (the first open after them builds it from the records). */
const UPGRADES = 'lib/db/upgrades/';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = ['lib', 'components', 'entrypoints']
  .flatMap((dir) => files(join(ROOT, dir)))
  .map((path) => ({ path: relative(ROOT, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }))
  .filter((file) => !file.path.startsWith(UPGRADES));

const STORE = `['"](?:accounts|activities|tasks)['"]`;
const WAYS_AROUND: Array<[string, RegExp]> = [
  ['db.put/add/delete/clear on a record store', new RegExp(`\\.(?:put|add|delete|clear)\\(\\s*${STORE}`)],
  ['a record store written through objectStore()', new RegExp(`objectStore\\(\\s*${STORE}\\s*\\)\\s*\\.(?:put|add|delete|clear)\\(`)],
  ['a read-write transaction on a record store alone (tx.store writes)', new RegExp(`transaction\\(\\s*${STORE}\\s*,\\s*['"]readwrite['"]`)],
  ['a cursor that rewrites records', /cursor\.(?:update|delete)\(/],
];

describe('architecture: writes to the digest sources mark the dashboard digest', () => {
  for (const [what, pattern] of WAYS_AROUND) {
    it(`no ${what} outside commitChanges and sync's record store`, () => {
      const offenders = sources.filter((file) => !WRITERS.includes(file.path) && pattern.test(file.text)).map((file) => file.path);
      expect(offenders).toEqual([]);
    });
  }

  it('stores picked by a variable are opened only by the writers that mark, and readers', () => {
    // objectStore(someVariable) can reach any store: only the two writers and the dashboard's readers do it.
    const allowed = [...WRITERS, 'lib/dashboard/worker/readDashboardData.ts'];
    const offenders = sources.filter((file) => !allowed.includes(file.path) && /objectStore\(\s*(?!['"])/.test(file.text)).map((file) => file.path);
    expect(offenders).toEqual([]);
    const readers = sources.filter((file) => file.path === 'lib/dashboard/worker/readDashboardData.ts');
    for (const reader of readers) expect(reader.text).not.toMatch(/['"]readwrite['"]/);
  });

  it('both writers mark the accounts they change', () => {
    for (const writer of WRITERS) {
      const text = sources.find((file) => file.path === writer)?.text ?? '';
      // markWrite (lib/db/dirtyAccounts.ts) works out the accounts (dirtyAccountsOf) and marks them (markDirty).
      expect(text, writer).toMatch(/markWrite\(/);
    }
  });

  it('every sync transaction can reach the dirty set', () => {
    const syncDb = sources.find((file) => file.path === 'lib/sync/syncDb.ts')?.text ?? '';
    expect(syncDb).toMatch(/ALL_SYNC_STORES[^=]*=[^;]*'digestDirty'/);
  });
});
