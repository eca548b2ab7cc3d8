import { describe, expect, it } from 'vitest';
import { extractLead } from '../../../lib/extract';
import { pageFrom, stillClock } from './pageFrom';

/** Issue #20's card and identity misses, on examples written for these tests. */
function draftOf(html: string, url = 'https://www.kestrel-valves.de/team') {
  return extractLead(pageFrom(html, url), url, { clock: stillClock });
}
const values = (draft: ReturnType<typeof draftOf>, field: keyof ReturnType<typeof draftOf>['fields']) => (draft.fields[field] ?? []).map((value) => value.value);

describe('names given in attributes', () => {
  it('reads an h-card written on an abbr title', () => {
    expect(values(draftOf('<abbr class="h-card" title="Kestrel Valves GmbH">KV</abbr>'), 'name')).toContain('Kestrel Valves GmbH');
  });

  it('reads an h-card that is only an image, or an image in its link', () => {
    expect(values(draftOf('<img class="h-card" alt="Kestrel Valves GmbH" src="/logo.png">'), 'name')).toContain('Kestrel Valves GmbH');
    expect(values(draftOf('<a class="h-card" href="https://www.kestrel-valves.de/"><img alt="Kestrel Valves GmbH" src="/logo.png"></a>'), 'name')).toContain('Kestrel Valves GmbH');
  });

  it('reads schema.org names given in content and meta', () => {
    const draft = draftOf(`<div itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Kestrel Valves GmbH">
      <span itemprop="telephone" content="+49 30 901820">Call us</span></div>`);
    expect(values(draft, 'name')).toContain('Kestrel Valves GmbH');
  });
});

describe('organisations nested in person cards', () => {
  it('keeps a p-org h-card inside a person card, and a second organisation', () => {
    const draft = draftOf(`<div class="h-card"><span class="p-name">Greta Lindqvist</span>
      <div class="p-org h-card"><span class="p-name">Kestrel Valves GmbH</span><a class="u-url" href="https://www.kestrel-valves.de/">site</a></div></div>
      <div class="h-card"><span class="p-name">Oskar Brandt</span><span class="p-org">Lindenhof Armaturen AG</span></div>`);
    expect(values(draft, 'personName')).toContain('Greta Lindqvist');
    expect(values(draft, 'name')).toEqual(expect.arrayContaining(['Kestrel Valves GmbH', 'Lindenhof Armaturen AG']));
  });

  it('keeps worksFor from JSON-LD', () => {
    const draft = draftOf(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Greta Lindqvist",
      "worksFor":{"@type":"Organization","name":"Kestrel Valves GmbH"}}</script>`);
    expect(values(draft, 'name')).toContain('Kestrel Valves GmbH');
  });
});

describe("the site's identity", () => {
  it('beats a card in an article body and the article title', () => {
    const draft = draftOf(
      `<head><title>How Lindenhof Armaturen AG cut downtime | Kestrel Valves Blog</title><meta property="og:site_name" content="Kestrel Valves">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Kestrel Valves GmbH","url":"https://www.kestrel-valves.de/"}</script></head>
      <body><article><h1>How Lindenhof Armaturen AG cut downtime</h1>
      <div class="h-card"><span class="p-org">Lindenhof Armaturen AG</span><span class="p-tel">+41 44 668 18 00</span></div></article></body>`,
      'https://www.kestrel-valves.de/blog/lindenhof',
    );
    expect(values(draft, 'name')[0]).toMatch(/^Kestrel Valves/);
  });

  it('takes the publisher of an article as the company', () => {
    const draft = draftOf(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Valves of the year",
      "author":{"@type":"Organization","name":"Lindenhof Armaturen AG"},"publisher":{"@type":"Organization","name":"Kestrel Valves GmbH"}}</script>`,
      'https://www.kestrel-valves.de/news/valves',
    );
    expect(values(draft, 'name')[0]).toBe('Kestrel Valves GmbH');
  });
});

describe('person profile URLs', () => {
  it('keeps the path of a person card link', () => {
    const draft = draftOf(`<div class="h-card"><a class="p-name u-url" href="https://www.kestrel-valves.de/team/greta-lindqvist">Greta Lindqvist</a>
      <span class="p-org">Kestrel Valves GmbH</span></div>`);
    const urls = [...values(draft, 'website'), ...values(draft, 'socials')];
    expect(urls.some((url) => url.endsWith('/team/greta-lindqvist'))).toBe(true);
  });
});
