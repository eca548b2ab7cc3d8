import { describe, expect, it } from 'vitest';
import { coalescedLoad } from '../../../lib/pipeline/panel/coalescedLoad';
import { createQueueModel } from '../../../lib/pipeline/panel/queueModel';
import type { QueueDeps } from '../../../lib/pipeline/panel/deps';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('coalescedLoad', () => {
  it('runs one load at a time: requests during a run get one more run after it, and wait for it', async () => {
    const gates = [gate(), gate(), gate()];
    let runs = 0;
    const request = coalescedLoad(() => gates[runs++]!.promise);
    const first = request();
    const during = [request(), request(), request()];
    expect(runs).toBe(1);
    let duringSettled = false;
    void Promise.all(during).then(() => (duringSettled = true));
    gates[0]!.open();
    await first;
    await Promise.resolve();
    expect(runs).toBe(2);
    expect(duringSettled).toBe(false);
    gates[1]!.open();
    await Promise.all(during);
    expect(runs).toBe(2);
    // Idle again: the next request runs at once.
    void request();
    expect(runs).toBe(3);
    gates[2]!.open();
  });

  it('a failed run does not stop the one asked for during it', async () => {
    let runs = 0;
    const failing = gate();
    const request = coalescedLoad(() => (++runs === 1 ? failing.promise.then(() => Promise.reject(new Error('read failed'))) : Promise.resolve()));
    const first = request().catch((error: Error) => error.message);
    const after = request();
    failing.open();
    expect(await first).toBe('read failed');
    await after;
    expect(runs).toBe(2);
  });
});

describe('the queue model', () => {
  it('reads the open work once more after a burst of writes, not once per write', async () => {
    const reads: Array<ReturnType<typeof gate>> = [];
    let announce = () => {};
    const deps: QueueDeps = {
      now: () => 0,
      me: async () => '',
      timeZone: async () => 'UTC',
      loadOpenWork: () => {
        const read = gate();
        reads.push(read);
        return read.promise.then(() => ({ tasks: [], accounts: [] }));
      },
      onDataChange: (listener) => (announce = listener),
    };
    const model = createQueueModel(deps);
    const loaded = model.load();
    for (let write = 0; write < 20; write++) announce();
    expect(reads).toHaveLength(1);
    reads[0]!.open();
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toHaveLength(2);
    reads[1]!.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toHaveLength(2);
    expect(model.loading.value).toBe(false);
    model.dispose();
  });
});
