import { describe, expect, it } from 'vitest';
import { extractLead, WARNING_TIME_LIMIT } from '../../../lib/extract';
import { blockPieces, indexPage, MAX_BLOCK_CHARS, DEFAULT_INDEX_LIMITS } from '../../../lib/extract/pageIndex';
import { contactContext } from '../../../lib/extract/contactContext';
import { LeadDraft } from '../../../lib/model/leadDraft';
import { pageFrom, stillClock } from './pageFrom';

/** Every white-space character JavaScript knows but the line feed. */
const UNICODE_SPACES = '\t\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

describe('inputs are bounded before any pattern sees them', () => {
  it('collapses a run of any Unicode white space in the page text to one space', () => {
    const run = UNICODE_SPACES.repeat(300);
    const doc = pageFrom(`<body><p>12${run}rue${run}de la Paix,${run}75002 Paris</p></body>`);
    const [block] = indexPage(doc.body).textBlocks;
    expect(block?.text).toBe('12 rue de la Paix, 75002 Paris');
  });

  it('cuts a page that is one long block into bounded pieces at spaces, losing no word', () => {
    const words = Array.from({ length: 12_000 }, (_, index) => `w${index}`);
    const doc = pageFrom(`<body><div>${words.join(' ')} write to late@acme.com</div></body>`);
    const blocks = indexPage(doc.body).textBlocks;
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(blocks.map((block) => block.text).join(' ')).toBe(`${words.join(' ')} write to late@acme.com`);
    const draft = extractLead(doc, 'https://www.acme.com/', { clock: stillClock });
    expect(draft.fields.email?.[0]?.value).toBe('late@acme.com');
  });

  it('cuts a block without spaces at the limit', () => {
    const pieces = blockPieces('x'.repeat(MAX_BLOCK_CHARS * 2 + 5));
    expect(pieces.map((piece) => piece.length)).toEqual([MAX_BLOCK_CHARS, MAX_BLOCK_CHARS, 5]);
  });

  it('judges contact blocks from the start of a class however long it is', () => {
    const doc = pageFrom(`<body>
      <div class="site-footer ${'x'.repeat(100_000)}"><p id="in">Call 415 555 0100</p></div>
      <div class="${'y'.repeat(100_000)} contact"><p id="late">Call 415 555 0101</p></div>
      <aside><p id="side">x</p></aside></body>`);
    const context = contactContext();
    expect(context.contact(doc.getElementById('in')!)).toBe(true);
    // Past the clip a class is not read: a page that hides its role that far loses only a ranking bonus.
    expect(context.contact(doc.getElementById('late')!)).toBe(false);
    expect(context.sidebar(doc.getElementById('side')!)).toBe(true);
    expect(context.sidebar(doc.getElementById('in')!)).toBe(false);
  });

  it('finds a footer far above a deeply nested element, walking iteratively', () => {
    const doc = pageFrom('<body><footer id="f"></footer></body>');
    let parent: Element = doc.getElementById('f')!;
    for (let depth = 0; depth < 5_000; depth += 1) {
      const child = doc.createElement('div');
      child.setAttribute('class', `level-${depth}`);
      parent.appendChild(child);
      parent = child;
    }
    const context = contactContext();
    expect(context.contact(parent)).toBe(true);
    expect(context.chrome(parent)).toBe(true);
    expect(context.contact(doc.body)).toBe(false);
  });
});

describe('the capture time limit', () => {
  /** A clock that moves one millisecond each time it is read: time passes only as work is done. */
  const tickingClock = () => {
    let now = 0;
    return () => now++;
  };
  const page = () =>
    pageFrom(`<body><p>Write to early@acme.com</p>${'<p>Widgets and more widgets.</p>'.repeat(3_000)}<p>Or late@acme.com</p></body>`);

  it('stops a step at its share, keeps what it found and warns', () => {
    const draft = extractLead(page(), 'https://www.acme.com/', { clock: tickingClock() });
    expect(LeadDraft.safeParse(draft).success).toBe(true);
    expect(draft.warnings).toContain(WARNING_TIME_LIMIT);
    const emails = draft.fields.email?.map((value) => value.value) ?? [];
    expect(emails).toContain('early@acme.com');
    expect(emails).not.toContain('late@acme.com');
  });

  it('reads the whole page and does not warn when there is time', () => {
    const draft = extractLead(page(), 'https://www.acme.com/', { clock: stillClock });
    expect(draft.warnings).not.toContain(WARNING_TIME_LIMIT);
    expect(draft.fields.email?.map((value) => value.value)).toEqual(expect.arrayContaining(['early@acme.com', 'late@acme.com']));
  });

  it('stops the page walk itself at its share', () => {
    const doc = pageFrom(`<body>${'<p>x</p>'.repeat(5_000)}</body>`);
    let reads = 0;
    const index = indexPage(doc.body, DEFAULT_INDEX_LIMITS, () => ++reads > 3);
    expect(index.truncated).toBe(true);
    expect(index.textBlocks.length).toBeLessThan(5_000);
  });
});
