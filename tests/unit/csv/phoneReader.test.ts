import { describe, expect, it } from 'vitest';
import { createPhoneReader } from '../../../lib/csv/phoneReader';
import { normalisePhone, type CountryCode } from '../../../lib/match/phone';

// Texts whose reading depends on the region, written several ways, with repeats and invalid ones.
const TEXTS = ['(415) 555-0134', '021-62345678', '415 555 0134', '(415) 555-0134', '020 7946 0018', '+862162345678', '12', '021-62345678', '13800138000', '12', '2162345678'];

describe('a file’s phone reader', () => {
  it('reads each text as normalisePhone does, in its own region, repeats included', () => {
    for (const region of ['CN', 'US', 'GB', undefined] as Array<CountryCode | undefined>) {
      const read = createPhoneReader(region);
      expect(TEXTS.map(read)).toEqual(TEXTS.map((text) => normalisePhone(text, region)));
    }
  });

  it('keeps regions apart: what one region’s reader has seen does not answer for another', () => {
    const china = createPhoneReader('CN');
    const us = createPhoneReader('US');
    expect(china('(415) 555-0134')).toBe('+864155550134');
    expect(us('(415) 555-0134')).toBe('+14155550134');
    expect(china('13800138000')).toBe('+8613800138000');
    expect(us('13800138000')).toBeNull();
    expect(us('13800138000')).toBeNull();
  });
});
