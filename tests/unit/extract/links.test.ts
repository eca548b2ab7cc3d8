import { describe, expect, it } from 'vitest';
import { extractContactLinks } from '../../../lib/extract/links';
import { inputFor, valuesOf } from './pageFrom';

describe('extractContactLinks', () => {
  it('reads mailto: links with several addresses and parameters, and tel: links as E.164', () => {
    const { candidates } = extractContactLinks(
      inputFor(`<a href="MAILTO:Sales@Acme.com,%20info@acme.com?subject=Hello">mail</a>
        <a href="mailto:you@example.com">placeholder</a>
        <a href="tel:+1%20(415)%20555-0132">call</a><a href="tel:12">too short</a>`),
    );
    expect(valuesOf(candidates, 'email')).toEqual(['sales@acme.com', 'info@acme.com']);
    expect(valuesOf(candidates, 'phone')).toEqual(['+14155550132']);
  });

  it('ranks addresses in the footer and business mailboxes higher than hiring ones', () => {
    const { candidates } = extractContactLinks(
      inputFor(`<main><a href="mailto:jobs@acme.com">jobs</a></main><footer><a href="mailto:sales@acme.com">sales</a></footer>`),
    );
    const jobs = candidates.find((c) => c.value === 'jobs@acme.com')!;
    const sales = candidates.find((c) => c.value === 'sales@acme.com')!;
    expect(sales.confidence).toBeGreaterThan(jobs.confidence);
  });
});
