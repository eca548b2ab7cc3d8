import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../../../lib/extract/cleanText';
import { HEAVY } from '../heavy';

describe('cleanText', () => {
  it('trims, collapses whitespace and removes control, zero-width and bidi characters', () => {
    expect(cleanText('  Acme\n\t Robotics\u00a0Inc \u202Egnp.exe\u202C \u2066x\u2069\u200B\u0007 ', 200)).toBe('Acme Robotics Inc gnp.exe x');
  });

  it('keeps markup as literal text', () => {
    expect(cleanText('<b>Acme</b> & <img src=x onerror=alert(1)>', 200)).toBe('<b>Acme</b> & <img src=x onerror=alert(1)>');
  });

  it('truncates without splitting a surrogate pair', () => {
    expect(cleanText('ab😀', 3)).toBe('ab');
    expect(cleanText('x'.repeat(10_000_000), 10)).toBe('x'.repeat(10));
  });

  it('returns an empty string for non-strings', () => {
    expect(cleanText(undefined, 10)).toBe('');
    expect(cleanText(42, 10)).toBe('');
  });

  it('never returns bidi controls, control characters or over-long text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 100 }), (text, max) => {
        const clean = cleanText(text, max);
        expect(clean.length).toBeLessThanOrEqual(max);
        expect(clean).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
        expect(clean).toBe(clean.trim());
      }),
    );
  }, HEAVY);
});
