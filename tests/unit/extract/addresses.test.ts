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
  it('reads a numbered street without a street word before its town and postcode, with its building', () => {
    const { candidates } = extractAddresses(
      inputFor(`<p>© Brightwater Press Ltd 2024, published at Canal House, 14-16 Wharfside, Leeds LS1 4AP, a company registered in England</p>`),
    );
    expect(valuesOf(candidates, 'address')).toEqual(['Canal House, 14-16 Wharfside, Leeds LS1 4AP']);
  });

  it('reads a footer address given one part per line, the street without a number', () => {
    const { candidates } = extractAddresses(inputFor(`<footer><div>Northgate Media LLC,<br>East Harbor Avenue,<br>Norfolk,<br>VA 23510</div></footer>`));
    expect(valuesOf(candidates, 'address')).toEqual(['East Harbor Avenue, Norfolk, VA 23510']);
  });

  it('joins a street line and its town line that a page put in sibling blocks', () => {
    const us = extractAddresses(inputFor(`<ul><li><p>318 Lake Av. N.</p><p>Duluth, MN 55802</p><p>(218) 555-0100</p></li></ul>`));
    expect(valuesOf(us.candidates, 'address')).toEqual(['318 Lake Av. N., Duluth, MN 55802']);
    const de = extractAddresses(inputFor(`<div><p>Lindenstraße 12</p><p>10969 Berlin</p></div>`));
    expect(valuesOf(de.candidates, 'address')).toEqual(['Lindenstraße 12, 10969 Berlin']);
  });

  it('joins no blocks that are not siblings, and reads no town line alone', () => {
    const apart = extractAddresses(inputFor(`<div><p>318 Lake Av. N.</p></div><div><p>Duluth, MN 55802</p></div>`));
    expect(valuesOf(apart.candidates, 'address')).toEqual([]);
    expect(valuesOf(extractAddresses(inputFor(`<p>Duluth, MN 55802</p>`)).candidates, 'address')).toEqual([]);
  });

  it('reads no street named in passing in running text', () => {
    const { candidates } = extractAddresses(inputFor(`<p>The parade went down East Harbor Avenue, Norfolk, VA 23510 on Sunday.</p>`));
    expect(valuesOf(candidates, 'address')).toEqual([]);
  });
});
