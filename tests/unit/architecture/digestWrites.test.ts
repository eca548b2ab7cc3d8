import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dashboard's digest (issue #8) and the scoring inputs (issue #4) are only right while every
 * write to accounts, contacts, activities, tasks and visits marks the accounts it changes
 * (lib/db/dirtyAccounts.ts). Three places write those stores and mark: commitChanges, sync's record
 * store and the visit store. A new write path must go through one of them; this test finds the
 * usual ways around them (grep-style, over lib, components and entrypoints).
 */
const ROOT = join(__dirname, '../../..');
const WRITERS = ['lib/db/write.ts', 'lib/sync/pendingEntries.ts', 'lib/signals/visitStore.ts'];
/** Upgrades run before any digest or inputs exist (the first use after them builds those from the records). */
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

const STORE = `['"](?:accounts|contacts|activities|tasks|visits)['"]`;
const WAYS_AROUND: Array<[string, RegExp]> = [
  ['db.put/add/delete/clear on a record store', new RegExp(`\\.(?:put|add|delete|clear)\\(\\s*${STORE}`)],
  ['a record store written through objectStore()', new RegExp(`objectStore\\(\\s*${STORE}\\s*\\)\\s*\\.(?:put|add|delete|clear)\\(`)],
  ['a read-write transaction on a record store alone (tx.store writes)', new RegExp(`transaction\\(\\s*${STORE}\\s*,\\s*['"]readwrite['"]`)],
  ['a cursor that rewrites records', /cursor\.(?:update|delete)\(/],
];

describe('architecture: writes to the digest and scoring-input sources mark their accounts', () => {
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

  it('every writer marks the accounts it changes', () => {
    for (const writer of WRITERS) {
      const text = sources.find((file) => file.path === writer)?.text ?? '';
      // markWrite (lib/db/dirtyAccounts.ts) works out the accounts (dirtyAccountsOf) and marks them (markDirty).
      expect(text, writer).toMatch(/markWrite\(/);
    }
  });

  it('every sync transaction can reach the dirty set', () => {
    const syncDb = sources.find((file) => file.path === 'lib/sync/syncDb.ts')?.text ?? '';
    expect(syncDb).toMatch(/ALL_SYNC_STORES[^=]*=[^;]*'digestDirty'/);
    expect(syncDb).toMatch(/ALL_SYNC_STORES[^=]*=[^;]*'scoreInputsDirty'/);
  });
});
