import { describe, expect, it, vi } from 'vitest';
import { createSerialJobs } from '../../../lib/background/serialJobs';

describe('createSerialJobs', () => {
  it('runs jobs one at a time in order; a failed job is logged and the next still runs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const run = createSerialJobs('test jobs');
    const seen: string[] = [];
    let releaseFirst!: () => void;
    void run(() => new Promise<void>((resolve) => (releaseFirst = () => (seen.push('first'), resolve()))));
    void run(async () => {
      seen.push('second');
      throw new Error('boom');
    });
    const last = run(async () => void seen.push('third'));
    await Promise.resolve();
    expect(seen).toEqual([]);
    releaseFirst();
    await expect(last).resolves.toBeUndefined();
    expect(seen).toEqual(['first', 'second', 'third']);
    expect(warn).toHaveBeenCalledWith('[leadkit] test jobs failed', expect.any(Error));
  });
});
