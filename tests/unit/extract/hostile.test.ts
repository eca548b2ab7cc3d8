import { describe, expect, it } from 'vitest';
import { extractLead } from '../../../lib/extract';
import { WARNING_BROKEN_JSONLD, WARNING_JSONLD_TOO_LARGE } from '../../../lib/extract/jsonld';
import { DRAFT_FIELD_MAX_LENGTH, LeadDraft, type DraftField } from '../../../lib/model/leadDraft';
import { pageFrom, stillClock } from './pageFrom';
import { HEAVY } from '../heavy';

const URL = 'https://www.acme.com/';

// Work on hostile input is bounded by caps the tests below check; its speed is in tests/bench/extractSpeed.ts.
function extractChecked(html: string | Document, url = URL) {
  const doc = typeof html === 'string' ? pageFrom(html, url) : html;
  const draft = extractLead(doc, url, { clock: stillClock });
  expect(LeadDraft.safeParse(draft).success).toBe(true);
  return { draft };
}

function allValues(draft: LeadDraft): string[] {
  return Object.values(draft.fields).flatMap((values) => (values ?? []).map((v) => v.value));
}

describe('extractLead on hostile pages', () => {
  it('never throws on broken JSON-LD and says so in warnings', () => {
    const { draft } = extractChecked(`<script type="application/ld+json">{"@type":"Organization","name":</script>
      <script type="application/ld+json">{{{{</script><script type="application/ld+json"></script><p>x</p>`);
    expect(draft.warnings).toContain(WARNING_BROKEN_JSONLD);
  });

  it('finishes fast on a script-injected 100k-node JSON-LD graph', () => {
    const doc = pageFrom('<html><head></head><body></body></html>');
    const nodes = Array.from({ length: 100_000 }, (_, index) => `{"@type":"Organization","name":"Org ${index}","telephone":"+1 415 555 ${String(index % 10_000).padStart(4, '0')}"}`);
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = `{"@context":"https://schema.org","@graph":[${nodes.join(',')}]}`;
    doc.head.appendChild(script);
    const { draft } = extractChecked(doc);
    expect(draft.warnings).toContain(WARNING_JSONLD_TOO_LARGE);
  });

  it('bounds a dense graph that fits the size cap', () => {
    const nodes = Array.from({ length: 20_000 }, () => '{"@type":"Thing","a":{"b":{}}}');
    const { draft } = extractChecked(`<script type="application/ld+json">{"@graph":[${nodes.join(',')}]}</script>`);
    expect(draft.warnings).toContain(WARNING_JSONLD_TOO_LARGE);
  });

  it('survives JSON-LD nested far deeper than any real document', () => {
    const deep = `${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}`;
    extractChecked(`<script type="application/ld+json">${deep}</script>`);
  });

  it('survives deeply nested elements', () => {
    const doc = pageFrom('<html><body></body></html>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 5_000; depth += 1) {
      const child = doc.createElement(depth % 2 ? 'div' : 'span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(doc.createTextNode('Write to deep@acme.com'));
    const { draft } = extractChecked(doc);
    expect(draft.fields.email?.[0]?.value).toBe('deep@acme.com');
  });

  it('keeps HTML in values as inert literal text and strips bidi overrides', () => {
    const { draft } = extractChecked(`<head><meta property="og:site_name" content="&lt;img src=x onerror=alert(1)&gt;Acme">
      <meta name="description" content="Safe \u202Etxt.exe\u202C \u2066text\u2069"></head>`);
    expect(draft.fields.name?.[0]?.value).toBe('<img src=x onerror=alert(1)>Acme');
    expect(draft.fields.description?.[0]?.value).toBe('Safe txt.exe text');
    for (const value of allValues(draft)) expect(value).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
  });

  it('truncates very long strings to the schema limits', () => {
    const long = 'A'.repeat(100_000);
    const { draft } = extractChecked(`<head><title>${long}</title><meta property="og:site_name" content="${long}">
      <meta name="description" content="${long}"></head><body><script type="application/ld+json">{"@type":"Organization","name":"${long}","address":"${long}"}</script></body>`);
    expect(draft.pageTitle.length).toBeLessThanOrEqual(500);
    for (const [field, values] of Object.entries(draft.fields)) {
      for (const value of values ?? []) expect(value.value.length).toBeLessThanOrEqual(DRAFT_FIELD_MAX_LENGTH[field as DraftField]);
    }
  });

  it('bounds pages with enormous numbers of links', () => {
    const links = Array.from({ length: 5_000 }, (_, index) => `<a href="mailto:user${index}@acme.com">m</a><a href="https://twitter.com/u${index}">t</a>`).join('');
    const { draft } = extractChecked(`<body>${links}</body>`);
    expect(draft.fields.email!.length).toBeLessThanOrEqual(20);
    expect(draft.fields.socials!.length).toBeLessThanOrEqual(20);
  }, HEAVY);

  it('reads neither inline scripts nor hidden inputs', () => {
    const { draft } = extractChecked(`<script>window.cfg = { email: "secret@acme.com", phone: "+1 415 555 0199" }</script>
      <input type="hidden" name="email" value="hidden@acme.com"><input type="hidden" value="+1 415 555 0198">`);
    expect(draft.fields.email).toBeUndefined();
    expect(draft.fields.phone).toBeUndefined();
  });

  it('survives a document whose query methods and title were overridden by the page', () => {
    const doc = pageFrom('<html><head><title>Acme</title></head><body><p>hello@acme.com</p></body></html>');
    Object.defineProperty(doc, 'querySelectorAll', { value: () => { throw new Error('hostile'); } });
    Object.defineProperty(doc, 'title', { get: () => { throw new Error('hostile'); } });
    const { draft } = extractChecked(doc);
    expect(draft.pageTitle).toBe('');
    expect(draft.fields.email?.[0]?.value).toBe('hello@acme.com');
  });

  it('never lets one failing extractor stop the others', () => {
    const doc = pageFrom('<html><body><a href="mailto:trap@acme.com">mail</a><p>hello@acme.com</p></body></html>');
    const link = doc.querySelector('a')!;
    const getAttribute = link.getAttribute.bind(link);
    Object.defineProperty(link, 'getAttribute', {
      value: (name: string) => {
        if (name === 'href') throw new Error('hostile');
        return getAttribute(name);
      },
    });
    const { draft } = extractChecked(doc);
    expect(draft.warnings).toEqual(['draftWarningExtractorFailed']);
    expect(draft.fields.email?.[0]?.value).toBe('hello@acme.com');
    expect(draft.fields.domain?.[0]?.value).toBe('acme.com');
  });
});

describe('extractLead on very long pages', () => {
  it('reads the footer contact block of a page past the text budget, and says the page was cut', () => {
    const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>'.repeat(4_000);
    const { draft } = extractChecked(`<body><main>${filler}</main><footer>Call +1 415 555 0132 or write to sales@acme.com</footer></body>`);
    expect(draft.warnings).toContain('draftWarningPageTruncated');
    expect(draft.fields.email?.[0]?.value).toBe('sales@acme.com');
    expect(draft.fields.phone?.[0]?.value).toBe('+14155550132');
  });
});
