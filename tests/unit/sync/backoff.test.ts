import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '../../../lib/sync/backoff';

describe('backoff with jitter', () => {
  it('doubles from 30 s up to 30 min, each delay drawn from [d/2, d]', () => {
    for (let failures = 1; failures <= 12; failures += 1) {
      const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1));
      expect(backoffDelay(failures, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(failures, () => 1)).toBe(ceiling);
      for (let sample = 0; sample < 200; sample += 1) {
        const delay = backoffDelay(failures, Math.random);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(backoffDelay(1, () => 0.5)).toBe(22_500);
    expect(backoffDelay(50, () => 1)).toBe(BACKOFF_MAX_MS);
  });

  it('spreads clients that failed together', () => {
    const delays = new Set(Array.from({ length: 100 }, () => backoffDelay(4, Math.random)));
    expect(delays.size).toBeGreaterThan(90);
  });

  it('honours a longer Retry-After, within the cap', () => {
    expect(backoffDelay(1, () => 0, 120_000)).toBe(120_000);
    expect(backoffDelay(1, () => 0, 10 * 3_600_000)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(6, () => 1, 1_000)).toBe(BACKOFF_BASE_MS * 32);
  });
});
