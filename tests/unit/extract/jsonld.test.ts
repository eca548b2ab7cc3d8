import { describe, expect, it } from 'vitest';
import { extractJsonLd, WARNING_BROKEN_JSONLD, WARNING_JSONLD_TOO_LARGE } from '../../../lib/extract/jsonld';
import { inputFor, valuesOf } from './pageFrom';

const ld = (json: string) => `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;

describe('extractJsonLd', () => {
  it('reads an Organization with nested ContactPoint, PostalAddress and sameAs', () => {
    const { candidates, warnings } = extractJsonLd(
      inputFor(
        ld(`{"@context":"https://schema.org","@type":"Corporation","name":"Acme Corp","legalName":"Acme Corporation Ltd",
        "url":"https://acme.com/","logo":{"@type":"ImageObject","url":"/logo.png"},
        "contactPoint":[{"@type":"ContactPoint","telephone":"+44 20 7946 0958","email":"sales@acme.com","contactType":"sales"}],
        "address":{"streetAddress":"1 High St","addressLocality":"London","postalCode":"EC1A 1BB","addressCountry":{"@type":"Country","name":"UK"}},
        "sameAs":["https://www.linkedin.com/company/acme/","https://twitter.com/acme","https://en.wikipedia.org/wiki/Acme"]}`),
      ),
    );
    expect(warnings).toEqual([]);
    expect(valuesOf(candidates, 'name')).toEqual(['Acme Corp']);
    expect(valuesOf(candidates, 'legalName')).toEqual(['Acme Corporation Ltd']);
    expect(valuesOf(candidates, 'website')).toEqual(['https://acme.com']);
    expect(valuesOf(candidates, 'logo')).toEqual(['https://www.acme.com/logo.png']);
    expect(valuesOf(candidates, 'phone')).toEqual(['+442079460958']);
    expect(candidates.find((c) => c.field === 'phone')?.kind).toBe('sales');
    expect(valuesOf(candidates, 'email')).toEqual(['sales@acme.com']);
    expect(valuesOf(candidates, 'address')).toEqual(['1 High St, London, EC1A 1BB, UK']);
    expect(valuesOf(candidates, 'socials')).toEqual(['https://www.linkedin.com/company/acme/'.replace(/\/$/, ''), 'https://x.com/acme']);
  });

  it('reads @graph members and top-level arrays, LocalBusiness subtypes and prefixed types', () => {
    const { candidates } = extractJsonLd(
      inputFor(
        ld(`[{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Acme Site"},{"@type":["Dentist"],"name":"Bright Smiles","telephone":"(415) 555-0132"}]},
             {"@type":"schema:Organization","schema:name":"Prefixed Org"}]`),
        'https://brightsmiles.com/',
      ),
    );
    expect(valuesOf(candidates, 'name')).toEqual(expect.arrayContaining(['Acme Site', 'Bright Smiles', 'Prefixed Org']));
    expect(valuesOf(candidates, 'phone')).toEqual(['+14155550132']);
  });

  it('ranks the top-level organisation above nested ones', () => {
    const { candidates } = extractJsonLd(
      inputFor(ld(`{"@type":"Organization","name":"Child Co","parentOrganization":{"@type":"Organization","name":"Parent Holdings"}}`)),
    );
    const child = candidates.find((c) => c.value === 'Child Co')!;
    const parent = candidates.find((c) => c.value === 'Parent Holdings')!;
    expect(child.confidence).toBeGreaterThan(parent.confidence);
  });

  it('reads a Person as a contact: name and job title', () => {
    const { candidates } = extractJsonLd(inputFor(ld(`{"@type":"Person","name":"Jane Doe","jobTitle":"Head of Sales","email":"mailto:jane@acme.com"}`)));
    expect(valuesOf(candidates, 'personName')).toEqual(['Jane Doe']);
    expect(valuesOf(candidates, 'title')).toEqual(['Head of Sales']);
    expect(valuesOf(candidates, 'email')).toEqual(['jane@acme.com']);
  });

  it('repairs trailing commas and raw newlines, warns and skips what stays broken', () => {
    const repaired = extractJsonLd(inputFor(ld(`{"@type":"Organization","name":"Acme\nCorp",}`)));
    expect(valuesOf(repaired.candidates, 'name')).toEqual(['Acme Corp']);
    expect(repaired.warnings).toEqual([]);
    const broken = extractJsonLd(inputFor(ld(`{"@type":"Organization","name":`) + ld(`{"@type":"Organization","name":"Still Read"}`)));
    expect(broken.warnings).toEqual([WARNING_BROKEN_JSONLD]);
    expect(valuesOf(broken.candidates, 'name')).toEqual(['Still Read']);
  });

  it('skips oversized scripts with a warning', () => {
    const huge = `{"@type":"Organization","name":"Big","description":"${'x'.repeat(300_000)}"}`;
    const { candidates, warnings } = extractJsonLd(inputFor(ld(huge)));
    expect(candidates).toEqual([]);
    expect(warnings).toEqual([WARNING_JSONLD_TOO_LARGE]);
  });

  it('ignores other script types', () => {
    const { candidates } = extractJsonLd(inputFor(`<script type="text/javascript">{"@type":"Organization","name":"No"}</script>`));
    expect(candidates).toEqual([]);
  });
});
