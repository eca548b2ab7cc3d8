import { describe, expect, it } from 'vitest';
import { extractLead } from '../../../lib/extract';
import { LeadDraft } from '../../../lib/model/leadDraft';
import { pageFrom } from './pageFrom';

const COMPANY_PAGE = `<!doctype html><html lang="en"><head>
<title>Contact us | Acme Robotics</title>
<meta property="og:site_name" content="Acme Robotics">
<meta name="description" content="Industrial robots for small factories.">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"Organization","name":"Acme Robotics Inc.","url":"https://www.acme.com/",
 "telephone":"+1 415 555 0132","email":"Sales@Acme.com",
 "address":{"@type":"PostalAddress","streetAddress":"100 Market St","addressLocality":"San Francisco","addressRegion":"CA","postalCode":"94105","addressCountry":"US"}}
</script></head><body>
<footer><a href="mailto:info@acme.com?subject=Hi">Email us</a> <a href="tel:+1-415-555-0199">Call</a></footer>
</body></html>`;

describe('extractLead', () => {
  it('fills name, domain, website, description, email, phone and address from a company page', () => {
    const draft = extractLead(pageFrom(COMPANY_PAGE), 'https://www.acme.com/contact', { now: 1_700_000_000_000 });
    expect(LeadDraft.parse(draft)).toEqual(draft);
    expect(draft.pageTitle).toBe('Contact us | Acme Robotics');
    expect(draft.capturedAt).toBe(1_700_000_000_000);
    expect(draft.fields.name?.[0]).toMatchObject({ value: 'Acme Robotics Inc.', source: { extractor: 'jsonld' } });
    expect(draft.fields.name?.map((v) => v.value)).toContain('Acme Robotics');
    expect(draft.fields.domain?.[0]?.value).toBe('acme.com');
    expect(draft.fields.website?.[0]?.value).toBe('https://www.acme.com');
    expect(draft.fields.description?.[0]?.value).toBe('Industrial robots for small factories.');
    expect(draft.fields.email?.map((v) => v.value)).toEqual(expect.arrayContaining(['sales@acme.com', 'info@acme.com']));
    expect(draft.fields.phone?.map((v) => v.value)).toEqual(expect.arrayContaining(['+14155550132', '+14155550199']));
    expect(draft.fields.address?.[0]?.value).toBe('100 Market St, San Francisco, CA 94105, US');
    expect(draft.warnings).toEqual([]);
  });

  it('sorts every field best first with confidences in 0..1', () => {
    const draft = extractLead(pageFrom(COMPANY_PAGE), 'https://www.acme.com/contact');
    for (const values of Object.values(draft.fields)) {
      const confidences = (values ?? []).map((v) => v.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      for (const c of confidences) expect(c).toBeGreaterThan(0), expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('gives domain and website from the URL alone on an empty page', () => {
    const draft = extractLead(pageFrom('<html><body></body></html>', 'https://shop.example.co.uk/x'), 'https://shop.example.co.uk/x');
    expect(draft.fields.domain?.[0]?.value).toBe('example.co.uk');
    expect(draft.fields.website?.[0]?.value).toBe('https://shop.example.co.uk');
    expect(draft.fields.email).toBeUndefined();
    expect(LeadDraft.safeParse(draft).success).toBe(true);
  });

  it('limits extraction to the selection root', () => {
    const doc = pageFrom(COMPANY_PAGE);
    const fragment = doc.createDocumentFragment();
    const block = doc.createElement('div');
    block.innerHTML = 'Jane <a href="mailto:jane@acme.com">mail</a>';
    fragment.appendChild(block);
    const draft = extractLead(doc, 'https://www.acme.com/contact', { root: fragment });
    expect(draft.fields.email?.map((v) => v.value)).toEqual(['jane@acme.com']);
    expect(draft.fields.name).toBeUndefined();
    expect(draft.pageTitle).toBe('Contact us | Acme Robotics');
  });

  it('rejects a non-web URL', () => {
    expect(() => extractLead(pageFrom('<p></p>'), 'file:///etc/passwd')).toThrow(TypeError);
  });
});
