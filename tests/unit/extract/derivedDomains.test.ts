import { describe, expect, it } from 'vitest';
import { deriveDomains } from '../../../lib/extract/derivedDomains';

describe('deriveDomains', () => {
  it('turns websites named by page markup into domain candidates, not the page URL itself', () => {
    const derived = deriveDomains([
      { field: 'website', value: 'https://www.cedarcreekplumbing.com', confidence: 0.85, extractor: 'jsonld' },
      { field: 'website', value: 'https://directory.example.com', confidence: 0.6, extractor: 'url' },
      { field: 'email', value: 'a@b.com', confidence: 0.8, extractor: 'mailto' },
    ]);
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ field: 'domain', value: 'cedarcreekplumbing.com', extractor: 'jsonld' });
    expect(derived[0]!.confidence).toBeCloseTo(0.8);
  });
});
