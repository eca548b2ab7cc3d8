import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createTranslator, MESSAGES, mergeMessageFragments, resolveLocale } from '../../../lib/i18n';
import { HEAVY } from '../heavy';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(Object.keys(MESSAGES.zh_CN).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('every translation keeps the same {placeholders}', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(MESSAGES.en)) {
      expect(placeholders(MESSAGES.zh_CN[key]!.message), key).toEqual(placeholders(entry.message));
    }
  });

  it('every literal key passed to t() exists', () => {
    const files = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints'))];
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) {
        if (!MESSAGES.en[match[1]!]) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('components render no hard-coded words (text goes through t())', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'components')).filter((f) => f.endsWith('.tsx'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node): void => {
        // JSX text with a letter in it (Latin or CJK) is a hard-coded string; punctuation like "·" is fine.
        if (ts.isJsxText(node) && /[A-Za-z\u4e00-\u9fff]/.test(node.text)) offenders.push(`${file}: ${node.text.trim()}`);
        const attribute = ts.isJsxAttribute(node) ? node.name.getText(source) : '';
        if (['title', 'placeholder', 'aria-label', 'alt'].includes(attribute) && node.getChildAt(2) && ts.isStringLiteral(node.getChildAt(2))) {
          offenders.push(`${file}: ${attribute}=${node.getChildAt(2).getText(source)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  }, HEAVY);

  it('every warning key the extractors can put in a draft has words', () => {
    const keys = new Set(sourceFiles(join(ROOT, 'lib/extract')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(draftWarning\w+)'/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(0);
    expect([...keys].filter((key) => !MESSAGES.en[key])).toEqual([]);
  });

  it('builds stage, activity and capture-error keys for every enum value', async () => {
    const { STAGES, ACTIVITY_KINDS } = await import('../../../lib/model');
    const { CaptureErrorCode } = await import('../../../lib/messaging/protocol');
    const keys = [...STAGES.map((s) => `stage_${s}`), ...ACTIVITY_KINDS.map((k) => `activity_${k}`), ...CaptureErrorCode.options.map((c) => `captureError_${c}`)];
    expect(keys.filter((key) => !MESSAGES.en[key])).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders as text, falls back to English, then to the key', () => {
    const t = createTranslator({ hi: { message: '你好 {name}' } }, { hi: { message: 'Hi {name}' }, bye: { message: 'Bye' } });
    expect(t('hi', { name: '<b>Ann</b>' })).toBe('你好 <b>Ann</b>');
    expect(t('bye')).toBe('Bye');
    expect(t('nope')).toBe('nope');
    expect(t('hi', {})).toBe('你好 {name}');
  });

  it('refuses a key defined by two fragments', () => {
    expect(() => mergeMessageFragments({ 'a.json': { k: { message: '1' } }, 'b.json': { k: { message: '2' } } })).toThrow(/a.json and b.json/);
  });

  it('picks the rep’s locale, else Chinese for any Chinese browser', () => {
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh_CN');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
  });
});
