import { describe, expect, it } from 'vitest';
import { sharedRead } from '../../../../lib/dashboard/worker/sharedRead';

/** A read the test finishes by hand, counting how many were started. */
function controlledReads() {
  const pending: Array<{ resolve: (value: number) => void; reject: (error: Error) => void }> = [];
  const read = () => new Promise<number>((resolve, reject) => pending.push({ resolve, reject }));
  return { read, pending };
}

describe('sharedRead: the dashboard worker reads the store once per open', () => {
  it('shares one read between the read ahead and the requests that arrive meanwhile', async () => {
    const { read, pending } = controlledReads();
    const cache = sharedRead(read);
    const ahead = cache.get();
    const request = cache.get();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve(7);
    await expect(Promise.all([ahead, request])).resolves.toEqual([7, 7]);
    await expect(cache.get()).resolves.toBe(7);
    expect(pending).toHaveLength(1);
  });

  it('does not start a second read for a write announced while the first runs; the next request after it reads again', async () => {
    const { read, pending } = controlledReads();
    const cache = sharedRead(read);
    const ahead = cache.get();
    cache.invalidate(); // the background re-scored an account meanwhile
    const request = cache.get();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve(1);
    await expect(request).resolves.toBe(1);
    await ahead;
    const later = cache.get();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(2);
    await expect(later).resolves.toBe(2);
  });

  it('reads again after a write announced once the read is done', async () => {
    const { read, pending } = controlledReads();
    const cache = sharedRead(read);
    const first = cache.get();
    pending[0]!.resolve(1);
    await first;
    cache.invalidate();
    const second = cache.get();
    pending[1]!.resolve(2);
    await expect(second).resolves.toBe(2);
    await expect(cache.get()).resolves.toBe(2);
    expect(pending).toHaveLength(2);
  });

  it('keeps no failed read: the next request tries again', async () => {
    const { read, pending } = controlledReads();
    const cache = sharedRead(read);
    const failed = cache.get();
    pending[0]!.reject(new Error('quota'));
    await expect(failed).rejects.toThrow('quota');
    const retry = cache.get();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(3);
    await expect(retry).resolves.toBe(3);
  });
});
