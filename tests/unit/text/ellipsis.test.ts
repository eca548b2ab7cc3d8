import { describe, expect, it } from 'vitest';
import { withEllipsis } from '../../../lib/text/ellipsis';

describe('withEllipsis', () => {
  it('leaves short text alone and cuts long text to the limit, ellipsis included', () => {
    expect(withEllipsis('Acme', 10)).toBe('Acme');
    expect(withEllipsis('abcdefghij', 10)).toBe('abcdefghij');
    expect(withEllipsis('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(withEllipsis('abcdefghijk', 10)).toHaveLength(10);
  });

  it('never splits a surrogate pair', () => {
    const cut = withEllipsis(`abcdefgh😀xyz`, 10);
    expect(cut).toBe('abcdefgh…');
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});
