import { describe, expect, it } from 'vitest';
import { guessPhoneRegion } from '../../../lib/extract/phoneRegion';

describe('guessPhoneRegion', () => {
  it.each([
    ['zh-CN', 'www.acme.com', 'CN'],
    ['en-GB', 'acme.com', 'GB'],
    ['zh-Hant', 'acme.com', 'TW'],
    ['en', 'acme.co.uk', 'GB'],
    ['en', 'acme.de', 'DE'],
    ['de', 'acme.com', 'DE'],
    ['zh', 'acme.com', 'CN'],
    ['', 'acme.com.cn', 'CN'],
    ['en', 'acme.com', 'US'],
    [null, 'acme.io', 'IO'],
  ] as const)('lang %s on %s → %s', (lang, host, region) => {
    expect(guessPhoneRegion(lang, host)).toBe(region);
  });
});
