import { describe, expect, it } from 'vitest';
import { wholeStoreWins } from '../../../lib/db/wholeStore';

describe('wholeStoreWins', () => {
  it('counts the store only once n reaches the minimum, then compares n with its share', async () => {
    const counted: number[] = [];
    const count = (stored: number) => async () => {
      counted.push(stored);
      return stored;
    };
    const threshold = { min: 10, share: 1 / 4 };
    expect(await wholeStoreWins(9, threshold, count(9))).toBe(false);
    expect(counted).toEqual([]);
    expect(await wholeStoreWins(10, threshold, count(40))).toBe(true);
    expect(await wholeStoreWins(10, threshold, count(41))).toBe(false);
    expect(counted).toEqual([40, 41]);
  });
});
