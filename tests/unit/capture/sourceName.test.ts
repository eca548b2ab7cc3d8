import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceNameKey } from '../../../lib/capture/sourceName';

const ROOT = join(import.meta.dirname, '../../..');
const messages = (locale: string) => JSON.parse(readFileSync(join(ROOT, `lib/i18n/messages/${locale}/capture.json`), 'utf8')) as Record<string, unknown>;

/** Every extractor name the code gives a candidate (`extractor: 'name'`), read from lib/. */
function extractorNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) for (const match of readFileSync(path, 'utf8').matchAll(/extractor: '(\w+)'/g)) names.add(match[1]!);
    }
  };
  walk(join(ROOT, 'lib'));
  return [...names];
}

describe('where a value came from, in words', () => {
  it('names every extractor the code has, in English and Chinese', () => {
    const names = extractorNames();
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const key = sourceNameKey(name);
      expect(key, name).not.toBe('captureSourceName_page');
      expect(messages('en')[key], `${name} in English`).toBeDefined();
      expect(messages('zh_CN')[key], `${name} in Chinese`).toBeDefined();
    }
    for (const structured of ['jsonld', 'microdata', 'rdfa']) expect(sourceNameKey(structured)).toBe('captureSourceName_structured');
  });

  it('an unknown extractor (an older stored draft) reads as the page', () => {
    expect(sourceNameKey('somethingNew')).toBe('captureSourceName_page');
    expect(messages('en')['captureSourceName_page']).toBeDefined();
  });
});
