import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLead } from '../../../lib/extract';
import { LeadDraft } from '../../../lib/model/leadDraft';
import { loadCorpus, PAGES_DIR, parsePage } from '../../bench/extractQuality';
import { stillClock } from './pageFrom';

describe('fixture corpus', () => {
  it('pairs every page with an expected-fields file naming an http(s) URL', () => {
    const files = readdirSync(PAGES_DIR);
    for (const html of files.filter((file) => file.endsWith('.html'))) {
      const expected = JSON.parse(readFileSync(`${PAGES_DIR}/${html.replace(/\.html$/, '.expected.json')}`, 'utf8')) as { url: string; expect: object };
      expect(expected.url).toMatch(/^https?:\/\//);
      expect(typeof expected.expect).toBe('object');
    }
  });

  it.each(loadCorpus().map((page) => [page.name, page] as const))('%s yields a draft that parses with the schema', (_, page) => {
    const draft = extractLead(parsePage(page.html, page.url), page.url, { now: 0, clock: stillClock });
    expect(LeadDraft.safeParse(draft).success).toBe(true);
  });
});
