import { describe, expect, it } from 'vitest';
import { extractLead } from '../../../lib/extract';
import { emailValue } from '../../../lib/extract/emailValue';
import { emailMatchKey } from '../../../lib/match/email';
import { pageFrom, stillClock } from './pageFrom';

/** Issue #20's misses, each as a class, on examples written for these tests. */
function draftOf(html: string, url = 'https://www.brightwater-pumps.co.uk/about') {
  return extractLead(pageFrom(html, url), url, { clock: stillClock });
}
const values = (draft: ReturnType<typeof draftOf>, field: keyof ReturnType<typeof draftOf>['fields']) => (draft.fields[field] ?? []).map((value) => value.value);

describe('emails per RFC 5321 / 6531', () => {
  it('keeps an internationalised local part whole, not its ASCII tail', () => {
    const draft = draftOf('<p>Escríbenos: ñandú.pérez42@brightwater-pumps.co.uk</p>');
    expect(values(draft, 'email')).toEqual(['ñandú.pérez42@brightwater-pumps.co.uk']);
  });

  it('keeps an IDN domain in Unicode and matches it by its punycode form', () => {
    expect(emailValue('Verkauf@Pumpen-Müller.de')).toBe('verkauf@pumpen-müller.de');
    expect(emailMatchKey('verkauf@pumpen-müller.de')).toBe('verkauf@xn--pumpen-mller-klb.de');
    expect(emailMatchKey('verkauf@xn--pumpen-mller-klb.de')).toBe('verkauf@xn--pumpen-mller-klb.de');
  });

  it('reads an address glued to Chinese text without the text', () => {
    const draft = draftOf('<p>邮箱sales@brightwater-pumps.co.uk电话</p>');
    expect(values(draft, 'email')).toEqual(['sales@brightwater-pumps.co.uk']);
  });

  it('refuses a local part over 64 octets instead of keeping its tail', () => {
    const local = `a${'b'.repeat(64)}`;
    expect(emailValue(`${local}@brightwater-pumps.co.uk`)).toBeNull();
    expect(values(draftOf(`<p>${local}@brightwater-pumps.co.uk</p>`), 'email')).toEqual([]);
    expect(emailValue(`${'b'.repeat(64)}@brightwater-pumps.co.uk`)).not.toBeNull();
    // 32 two-octet letters are 64 octets; 33 are too many.
    expect(emailValue(`${'é'.repeat(32)}@brightwater-pumps.co.uk`)).not.toBeNull();
    expect(emailValue(`${'é'.repeat(33)}@brightwater-pumps.co.uk`)).toBeNull();
  });

  it('refuses leading, trailing and double dots, long labels and long addresses', () => {
    expect(emailValue('.ann@brightwater-pumps.co.uk')).toBeNull();
    expect(emailValue('ann.@brightwater-pumps.co.uk')).toBeNull();
    expect(emailValue('ann..lee@brightwater-pumps.co.uk')).toBeNull();
    expect(emailValue(`ann@${'l'.repeat(64)}.co.uk`)).toBeNull();
    expect(emailValue(`ann@${'l'.repeat(63)}.co.uk`)).not.toBeNull();
    const labels = Array.from({ length: 5 }, () => 'k'.repeat(50)).join('.');
    expect(emailValue(`ann@${labels}.uk`)).toBeNull();
    // 223 characters but 255 octets: the limit is in octets.
    const domain = `${Array.from({ length: 3 }, () => 'k'.repeat(60)).join('.')}.${'k'}.co.uk`;
    expect(domain.length).toBe(190);
    expect(emailValue(`${'é'.repeat(32)}@${domain}`)).toBeNull();
    expect(emailValue(`${'e'.repeat(32)}@${domain}`)).not.toBeNull();
  });

  it('treats only reserved domains as placeholders', () => {
    expect(emailValue('john.doe@brightwater-pumps.co.uk')).toBe('john.doe@brightwater-pumps.co.uk');
    expect(emailValue('you@yourcompany.com')).toBe('you@yourcompany.com');
    for (const reserved of ['a@example.com', 'a@example.org', 'a@mail.example.net', 'a@shop.test', 'a@x.invalid', 'a@site.example', 'a@dev.localhost']) {
      expect(emailValue(reserved)).toBeNull();
    }
  });
});

describe('addresses', () => {
  it('reads no address out of a heading that starts like a label', () => {
    const draft = draftOf('<h2>Addresses:</h2><p>Our offices are listed below.</p><h3>Adresses utiles</h3>');
    expect(values(draft, 'address')).toEqual([]);
  });

  it('still reads a labelled address', () => {
    const draft = draftOf('<p>Address: 14 Quayside Row, Newcastle NE1 3DX</p>');
    expect(values(draft, 'address')[0]).toContain('14 Quayside Row');
  });

  it('gives a locality-only card address', () => {
    const draft = draftOf('<div class="h-card"><span class="p-name">Brightwater Pumps Ltd</span> <span class="p-locality">London</span></div>');
    expect(values(draft, 'address')).toContain('London');
  });
});

describe('numbers in tables', () => {
  it('reads grouped big numbers as numbers, not phones', () => {
    const draft = draftOf(`<table><tr><th>Country</th><th>Population</th></tr>
      <tr><td>Atlantis</td><td>3 374 433 548</td></tr><tr><td>Lemuria</td><td>1 402 112 000</td></tr>
      <tr><td>Mu</td><td>66 971 411</td></tr></table><p>Call us: 020 7946 0321</p>`);
    expect(values(draft, 'phone')).toEqual(['+442079460321']);
  });
});
