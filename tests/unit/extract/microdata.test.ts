import { describe, expect, it } from 'vitest';
import { extractMicrodata } from '../../../lib/extract/microdata';
import { inputFor, valuesOf } from './pageFrom';

describe('extractMicrodata', () => {
  it('reads a LocalBusiness with a nested PostalAddress and link values', () => {
    const { candidates } = extractMicrodata(
      inputFor(`<div itemscope itemtype="https://schema.org/LocalBusiness">
        <h1 itemprop="name">Bright Smiles Dental</h1>
        <a itemprop="url" href="/">home</a>
        <a itemprop="telephone" href="tel:+14155550132">(415) 555-0132</a>
        <a itemprop="email" href="mailto:Hello@BrightSmiles.com">email</a>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="streetAddress">12 Oak Ave</span>, <span itemprop="addressLocality">Oakland</span>,
          <span itemprop="addressRegion">CA</span> <span itemprop="postalCode">94612</span>
        </div>
        <meta itemprop="description" content="Family dentistry.">
      </div>`, 'https://www.brightsmiles.com/about'),
    );
    expect(valuesOf(candidates, 'name')).toEqual(['Bright Smiles Dental']);
    expect(valuesOf(candidates, 'website')).toEqual(['https://www.brightsmiles.com']);
    expect(valuesOf(candidates, 'phone')).toEqual(['+14155550132']);
    expect(valuesOf(candidates, 'email')).toEqual(['hello@brightsmiles.com']);
    expect(valuesOf(candidates, 'address')).toEqual(['12 Oak Ave, Oakland, CA 94612']);
    expect(valuesOf(candidates, 'description')).toEqual(['Family dentistry.']);
  });

  it('keeps a Person and the organisation they work for apart', () => {
    const { candidates } = extractMicrodata(
      inputFor(`<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Li Wei</span>
        <span itemprop="jobTitle">CTO</span>
        <div itemprop="worksFor" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Acme</span></div></div>`),
    );
    expect(valuesOf(candidates, 'personName')).toEqual(['Li Wei']);
    expect(valuesOf(candidates, 'title')).toEqual(['CTO']);
    expect(valuesOf(candidates, 'name')).toEqual(['Acme']);
  });
});
