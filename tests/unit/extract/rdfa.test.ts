import { describe, expect, it } from 'vitest';
import { extractRdfa } from '../../../lib/extract/rdfa';
import { inputFor, valuesOf } from './pageFrom';

describe('extractRdfa', () => {
  it('reads RDFa Lite schema.org markup, content attributes overriding text', () => {
    const { candidates } = extractRdfa(
      inputFor(`<div vocab="https://schema.org/" typeof="Organization">
        <span property="name">Nordwind GmbH</span>
        <span property="telephone" content="+49 30 1234567">030 123 45 67</span>
        <div property="address" typeof="PostalAddress"><span property="streetAddress">Hauptstraße 5</span>
          <span property="postalCode">10115</span> <span property="addressLocality">Berlin</span></div>
        <a property="sameAs" href="https://www.linkedin.com/company/nordwind">LinkedIn</a>
      </div>`, 'https://nordwind.de/'),
    );
    expect(valuesOf(candidates, 'name')).toEqual(['Nordwind GmbH']);
    expect(valuesOf(candidates, 'phone')).toEqual(['+49301234567']);
    expect(valuesOf(candidates, 'address')).toEqual(['Hauptstraße 5, Berlin, 10115']);
    expect(valuesOf(candidates, 'socials')).toEqual(['https://www.linkedin.com/company/nordwind']);
  });

  it('does not read OpenGraph meta as RDFa things', () => {
    const { candidates } = extractRdfa(inputFor(`<head><meta property="og:site_name" content="Acme"></head>`));
    expect(candidates).toEqual([]);
  });
});
