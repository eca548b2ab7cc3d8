import { describe, expect, it } from 'vitest';
import { extractAddresses } from '../../../lib/extract/addresses';
import { inputFor, valuesOf } from './pageFrom';

describe('extractAddresses', () => {
  it('reads an <address> element without its email and phone lines', () => {
    const { candidates } = extractAddresses(
      inputFor(`<address>Acme Robotics<br>100 Market St, Suite 300<br>San Francisco, CA 94105<br>
        <a href="mailto:info@acme.com">info@acme.com</a><br>+1 415 555 0132</address>`),
    );
    expect(valuesOf(candidates, 'address')[0]).toBe('100 Market St, Suite 300, San Francisco, CA 94105');
  });

  it('reads labelled addresses in English and Chinese', () => {
    const en = extractAddresses(inputFor(`<p>Address: 1 High St, London EC1A 1BB</p>`));
    expect(valuesOf(en.candidates, 'address')).toContain('1 High St, London EC1A 1BB');
    const zh = extractAddresses(inputFor(`<p>地址：上海市浦东新区世纪大道100号环球金融中心25楼</p>`));
    expect(valuesOf(zh.candidates, 'address')[0]).toBe('上海市浦东新区世纪大道100号环球金融中心25楼');
  });

  it('finds a US street line ending in a ZIP code in a footer', () => {
    const { candidates } = extractAddresses(inputFor(`<footer><p>Acme Inc · 250 West 55th Street, New York, NY 10019 · All rights reserved</p></footer>`));
    expect(valuesOf(candidates, 'address')).toEqual(['250 West 55th Street, New York, NY 10019']);
    expect(candidates[0]!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('finds an unlabelled Chinese address', () => {
    const { candidates } = extractAddresses(inputFor(`<p>公司位于广东省深圳市南山区科技园南区高新南一道8号</p>`));
    expect(valuesOf(candidates, 'address')[0]).toBe('广东省深圳市南山区科技园南区高新南一道8号');
  });

  it('finds nothing in prose without an address', () => {
    expect(extractAddresses(inputFor(`<p>We ship 100 robots a day to 5 countries.</p>`)).candidates).toEqual([]);
  });
});
