import { describe, expect, it } from 'vitest';
import en from '../../../lib/i18n/messages/en/scripts.json';
import zhCN from '../../../lib/i18n/messages/zh_CN/scripts.json';
import { OBJECTIONS, SCRIPT_KINDS } from '../../../lib/model';
import { SCRIPT_VARIABLES, kindLabelKey, objectionLabelKey, variableLabelKey } from '../../../lib/scripts';

type Messages = Record<string, { message: string }>;
const locales: Array<[string, Messages]> = [
  ['en', en],
  ['zh_CN', zhCN],
];

describe('scripts locale fragments', () => {
  it('both locales define the same keys, all prefixed "scripts", none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [, messages] of locales) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key).toMatch(/^scripts[A-Za-z0-9_]*$/);
        expect(entry.message.trim()).not.toBe('');
      }
    }
  });

  it.each(locales)('%s labels every kind, objection and variable', (_locale, messages) => {
    const keys = [
      ...SCRIPT_KINDS.map(kindLabelKey),
      ...OBJECTIONS.map(objectionLabelKey),
      ...SCRIPT_VARIABLES.map(variableLabelKey),
    ];
    for (const key of keys) expect(messages[key], key).toBeDefined();
  });
});
