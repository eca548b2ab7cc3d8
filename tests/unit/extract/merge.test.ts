import { describe, expect, it } from 'vitest';
import { mergeCandidates } from '../../../lib/extract/merge';
import type { Candidate } from '../../../lib/extract/candidate';

const candidate = (field: Candidate['field'], value: string, confidence: number, extractor: string): Candidate => ({ field, value, confidence, extractor });

describe('mergeCandidates', () => {
  it('sorts values best first and keeps the alternatives', () => {
    const fields = mergeCandidates([candidate('name', 'Acme', 0.3, 'title'), candidate('name', 'Acme Robotics', 0.9, 'jsonld')]);
    expect(fields.name?.map((v) => [v.value, v.confidence, v.source.extractor])).toEqual([
      ['Acme Robotics', 0.9, 'jsonld'],
      ['Acme', 0.3, 'title'],
    ]);
  });

  it('merges values equal after normalisation, keeps the best source and rewards agreement', () => {
    const fields = mergeCandidates([
      candidate('name', 'ACME Robotics', 0.8, 'meta'),
      candidate('name', 'Acme  Robotics.', 0.9, 'jsonld'),
      candidate('email', 'sales@acme.com', 0.6, 'textEmails'),
      candidate('email', 'sales@acme.com', 0.8, 'mailto'),
      candidate('email', 'sales@acme.com', 0.8, 'jsonld'),
    ]);
    expect(fields.name).toEqual([{ value: 'Acme Robotics.', confidence: 0.95, source: { extractor: 'jsonld' } }]);
    expect(fields.email).toEqual([{ value: 'sales@acme.com', confidence: 0.85, source: { extractor: 'mailto' } }]);
  });

  it('a link and the text it shows are one source: they do not corroborate each other', () => {
    const fields = mergeCandidates([
      candidate('email', 'info@acme.com', 0.8, 'mailto'),
      candidate('email', 'info@acme.com', 0.7, 'textEmails'),
      candidate('phone', '+14155550100', 0.8, 'tel'),
      candidate('phone', '+14155550100', 0.7, 'textPhones'),
    ]);
    expect(fields.email?.[0]?.confidence).toBe(0.8);
    expect(fields.phone?.[0]?.confidence).toBe(0.8);
  });

  it('caps confidence, drops empty values and bounds the number of alternatives', () => {
    const many = Array.from({ length: 30 }, (_, index) => candidate('phone', `+1415555${String(index).padStart(4, '0')}`, 0.5, 'textPhones'));
    const fields = mergeCandidates([...many, candidate('title', '   ', 0.9, 'jsonld'), candidate('name', 'X', 7, 'jsonld')]);
    expect(fields.phone).toHaveLength(20);
    expect(fields.title).toBeUndefined();
    expect(fields.name?.[0]?.confidence).toBe(0.99);
  });

  it('truncates values to the field limit', () => {
    const fields = mergeCandidates([candidate('name', 'A'.repeat(500), 0.5, 'meta')]);
    expect(fields.name?.[0]?.value).toHaveLength(200);
  });
});
