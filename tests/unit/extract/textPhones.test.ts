import { describe, expect, it } from 'vitest';
import { extractTextPhones } from '../../../lib/extract/textPhones';
import { inputFor, valuesOf } from './pageFrom';

const page = (body: string, lang = 'en') => `<html lang="${lang}"><body>${body}</body></html>`;

describe('extractTextPhones', () => {
  it('reads international numbers anywhere and national numbers in the page region', () => {
    const en = extractTextPhones(inputFor(page('<p>Call +44 20 7946 0958 or (415) 555-0132</p>'), 'https://acme.com/'));
    expect(valuesOf(en.candidates, 'phone')).toEqual(['+442079460958', '+14155550132']);
    const de = extractTextPhones(inputFor(page('<p>Telefon: 030 1234567</p>', 'de-DE'), 'https://nordwind.de/'));
    expect(valuesOf(de.candidates, 'phone')).toEqual(['+49301234567']);
  });

  it('reads Chinese hotlines, mobiles and landlines and labels their kind', () => {
    const { candidates } = extractTextPhones(
      inputFor(page('<p>服务热线：400-810-8888</p><p>手机：138 0013 8000</p><p>电话：010-62345678</p>', 'zh-CN'), 'https://x.cn/'),
    );
    expect(candidates.map((c) => [c.value, c.kind])).toEqual([
      ['+864008108888', 'hotline'],
      ['+8613800138000', 'mobile'],
      ['+861062345678', 'landline'],
    ]);
  });

  it('still reads numbers in windows of ids and dates that no number of the region is short enough to be', () => {
    const en = extractTextPhones(inputFor(page('<p>Comment 1117340 on 9/19/2010 by Ann. Ring +44 20 7946 0958 or 415.555.0132</p>'), 'https://acme.com/'));
    expect(valuesOf(en.candidates, 'phone')).toEqual(['+442079460958', '+14155550132']);
    // Seven digits are a whole number in the UK, and a national number needs no `+`.
    const uk = extractTextPhones(inputFor(page('<p>Comment 1117340 on 19/9/2010. Ring 020 7946 0958</p>', 'en-GB'), 'https://acme.co.uk/'));
    expect(valuesOf(uk.candidates, 'phone')).toEqual(['+442079460958']);
    const none = extractTextPhones(inputFor(page('<p>Comment 1117340 on 9/19/2010, reply 1117341</p>'), 'https://acme.com/'));
    expect(valuesOf(none.candidates, 'phone')).toEqual([]);
  });

  it('uses region CN for Chinese text on an English-looking page', () => {
    const { candidates } = extractTextPhones(inputFor(page('<p>客服电话 400-810-8888</p>'), 'https://acme.com/'));
    expect(valuesOf(candidates, 'phone')).toEqual(['+864008108888']);
  });

  it('skips fax numbers, digit runs inside codes, and invalid numbers', () => {
    const { candidates } = extractTextPhones(
      inputFor(page('<p>Fax: +44 20 7946 0959</p><p>Code 91110000802100433B</p><p>Order 1234567</p><p>Tel: +44 20 7946 0958</p>'), 'https://acme.co.uk/'),
    );
    expect(valuesOf(candidates, 'phone')).toEqual(['+442079460958']);
  });

  it('ranks labelled numbers in contact blocks higher', () => {
    const { candidates } = extractTextPhones(
      inputFor(page('<p>Our client +1 212 555 0100 said</p><footer>Phone: +1 415 555 0132</footer>')),
    );
    expect(candidates[1]!.confidence).toBeGreaterThan(candidates[0]!.confidence);
  });
});
