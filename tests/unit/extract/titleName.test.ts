import { describe, expect, it } from 'vitest';
import { extractTitleName } from '../../../lib/extract/titleName';
import { extractUrlIdentity } from '../../../lib/extract/urlIdentity';
import { inputFor, valuesOf } from './pageFrom';

const titled = (title: string) => `<html><head><title>${title}</title></head><body></body></html>`;

describe('extractTitleName', () => {
  it.each([
    ['Contact Us | Acme Robotics', 'https://acme.com/contact', 'Acme Robotics'],
    ['Acme - Industrial robots for small factories', 'https://acme.com/', 'Acme'],
    ['Pricing – Brightwave', 'https://example.org/', 'Brightwave'],
    ['联系我们_星云科技', 'https://xingyun.cn/', '星云科技'],
    ['关于我们-星云科技', 'https://xingyun.cn/', '星云科技'],
  ])('%s → %s', (title, url, name) => {
    expect(valuesOf(extractTitleName(inputFor(titled(title), url)).candidates, 'name')).toEqual([name]);
  });

  it('says nothing for a generic title', () => {
    expect(extractTitleName(inputFor(titled('Home'))).candidates).toEqual([]);
  });
});

describe('extractUrlIdentity', () => {
  it('gives the registrable domain and origin', () => {
    const { candidates } = extractUrlIdentity(inputFor('<p></p>', 'https://shop.acme.co.uk/a?b'));
    expect(valuesOf(candidates, 'domain')).toEqual(['acme.co.uk']);
    expect(valuesOf(candidates, 'website')).toEqual(['https://shop.acme.co.uk']);
  });
});
