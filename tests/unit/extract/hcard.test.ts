import { describe, expect, it } from 'vitest';
import { extractHCards } from '../../../lib/extract/hcard';
import { inputFor, valuesOf } from './pageFrom';

describe('extractHCards', () => {
  it('reads a microformats2 organisation h-card with h-adr', () => {
    const { candidates } = extractHCards(
      inputFor(`<div class="h-card"><a class="p-name p-org u-url" href="https://acme.com">Acme Ltd</a>
        <a class="u-email" href="mailto:hello@acme.com">hello@acme.com</a> <span class="p-tel">+44 20 7946 0958</span>
        <p class="p-adr h-adr"><span class="p-street-address">1 High St</span>, <span class="p-locality">London</span>
        <span class="p-postal-code">EC1A 1BB</span></p></div>`),
    );
    expect(valuesOf(candidates, 'name')).toEqual(['Acme Ltd']);
    expect(valuesOf(candidates, 'website')).toEqual(['https://acme.com']);
    expect(valuesOf(candidates, 'email')).toEqual(['hello@acme.com']);
    expect(valuesOf(candidates, 'phone')).toEqual(['+442079460958']);
    expect(valuesOf(candidates, 'address')).toEqual(['1 High St, London, EC1A 1BB']);
    expect(valuesOf(candidates, 'personName')).toEqual([]);
  });

  it('reads a classic vcard of a person at a company', () => {
    const { candidates } = extractHCards(
      inputFor(`<div class="vcard"><span class="fn">Maria Rossi</span>, <span class="title">Sales Director</span> at
        <span class="org">Rossi Meccanica S.r.l.</span>
        <span class="tel"><span class="type">work</span> <span class="value">+39 02 1234 5678</span></span>
        <div class="adr"><span class="street-address">Via Roma 1</span> <span class="locality">Milano</span></div></div>`),
    );
    expect(valuesOf(candidates, 'personName')).toEqual(['Maria Rossi']);
    expect(valuesOf(candidates, 'title')).toEqual(['Sales Director']);
    expect(valuesOf(candidates, 'name')).toEqual(['Rossi Meccanica S.r.l.']);
    expect(valuesOf(candidates, 'phone')).toEqual(['+390212345678']);
    expect(valuesOf(candidates, 'address')).toEqual(['Via Roma 1, Milano']);
  });
});
