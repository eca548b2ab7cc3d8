import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAVY } from '../heavy';

const ROOT = join(__dirname, '../../..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}
const rel = (path: string) => relative(ROOT, path);

describe('architecture', () => {
  it('components only render and dispatch: no browser APIs, no storage', () => {
    const offenders = files(join(ROOT, 'components'), /\.tsx?$/).filter((file) =>
      /\b(browser|chrome)\.\w+|from ['"]wxt\/browser['"]|from ['"][./]*lib\/db|indexedDB|localStorage/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map(rel)).toEqual([]);
  });

  it('nothing sets innerHTML or uses eval', () => {
    const sources = [...files(join(ROOT, 'lib'), /\.tsx?$/), ...files(join(ROOT, 'components'), /\.tsx?$/), ...files(join(ROOT, 'entrypoints'), /\.tsx?$/)];
    const offenders = sources.filter((file) => /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('no catch-all helper modules', () => {
    const offenders = files(ROOT, /^(utils|helpers|misc)\.tsx?$/).filter((file) => !file.includes('node_modules') && !file.includes('.output'));
    expect(offenders.map(rel)).toEqual([]);
  }, HEAVY);

  it('unit tests make no timed assertions (speed is measured by tests/bench/, never asserted)', () => {
    const offenders = files(join(ROOT, 'tests/unit'), /\.tsx?$/).filter((file) => /performance\.now\(\)|console\.time\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('content scripts never announce themselves to the page (WXT posts a start message with "*" unless told not to)', () => {
    const scripts = files(join(ROOT, 'entrypoints'), /\.content\.tsx?$/);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => !/noScriptStartedPostMessage:\s*true/.test(readFileSync(file, 'utf8'))).map(rel)).toEqual([]);
  });

  it('entrypoints stay thin', () => {
    const tooLong = files(join(ROOT, 'entrypoints'), /\.tsx?$/).filter((file) => readFileSync(file, 'utf8').split('\n').length > 80);
    expect(tooLong.map(rel)).toEqual([]);
  });

  it('components stay small', () => {
    const tooLong = files(join(ROOT, 'components'), /\.tsx$/).filter((file) => readFileSync(file, 'utf8').split('\n').length > 120);
    expect(tooLong.map(rel)).toEqual([]);
  });
});
