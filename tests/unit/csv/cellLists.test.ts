import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinct, splitCell } from '../../../lib/csv/cellLists';

const SEPARATORS = /[;,，]+/;

describe('lists in one cell', () => {
  it('splits as String.split does, an empty cell into nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ';', ',', '，', ' '), { maxLength: 8 }), (chars) => {
        const text = chars.join('');
        expect(splitCell(text, SEPARATORS)).toEqual(text === '' ? [] : text.split(SEPARATORS));
      }),
    );
  });

  it('keeps the first `max` distinct values in order, as a Set would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (values, max) => {
        expect(distinct(values, max)).toEqual([...new Set(values)].slice(0, max));
      }),
    );
  });
});
