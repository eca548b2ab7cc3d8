import { describe, expect, it } from 'vitest';
import { indexPage } from '../../../lib/extract/pageIndex';
import { pageFrom } from './pageFrom';
import { HEAVY } from '../heavy';

const LIMITS = { maxChars: 200_000, maxContactChars: 0, maxNodes: 100_000, maxPerKind: 100 };

describe('indexPage', () => {
  it('splits text into blocks, keeps <br> lines and names the block element', () => {
    const doc = pageFrom(`<body><p>One <b>bold</b> line<br>Two</p><div id="f">Three</div></body>`);
    const blocks = indexPage(doc.body, LIMITS).textBlocks;
    expect(blocks.map((b) => b.text)).toEqual(['One bold line\nTwo', 'Three']);
    expect(blocks[1]!.element?.id).toBe('f');
  });

  it('skips scripts, styles, templates, head, hidden and aria-hidden elements for text', () => {
    const doc = pageFrom(`<head><title>t</title></head><body><script>x</script><style>y</style><template>z</template><p hidden>h</p>
      <p aria-hidden="true">a</p><p style="visibility: hidden">v</p><p>shown</p></body>`);
    expect(indexPage(doc, LIMITS).textBlocks.map((b) => b.text)).toEqual(['shown']);
  });

  it('collects the elements extractors read, hidden ones included, in one walk', () => {
    const doc = pageFrom(`<head><meta name="description" content="d"><link rel="icon" href="/i.png">
      <script type="application/ld+json">{}</script><script>var x</script></head>
      <body><nav hidden><a href="mailto:a@b.co">m</a></nav><address>1 Main St</address>
      <div itemscope></div><div typeof="Organization"></div><div class="x h-card"></div><div class="vcards"></div></body>`);
    const index = indexPage(doc, LIMITS);
    expect([index.metas, index.headLinks, index.jsonLdScripts, index.anchors, index.addressElements, index.microdataScopes, index.rdfaScopes, index.hCards].map((list) => list.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('stops at the character and node budgets and says so', () => {
    const doc = pageFrom(`<body>${'<p>0123456789</p>'.repeat(100)}</body>`);
    const byChars = indexPage(doc.body, { ...LIMITS, maxChars: 55 });
    expect(byChars.textBlocks.map((b) => b.text).join('').length).toBe(55);
    expect(byChars.truncated).toBe(true);
    const byNodes = indexPage(doc.body, { ...LIMITS, maxNodes: 10 });
    expect(byNodes.textBlocks.length).toBeLessThanOrEqual(5);
    expect(byNodes.truncated).toBe(true);
  });

  it('walks very deep nesting without recursion', () => {
    const doc = pageFrom('<body></body>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 5_000; depth += 1) {
      const child = doc.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(doc.createTextNode('deep@acme.com'));
    expect(indexPage(doc.body, LIMITS).textBlocks.map((b) => b.text)).toEqual(['deep@acme.com']);
  }, HEAVY);
});
