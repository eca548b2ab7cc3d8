/**
 * Runs `load` one at a time. A request while it runs asks for one more run after it, however many
 * requests came meanwhile, and waits for that run. Lists that read again on every announced write
 * (the queue reads every open task and its account) would otherwise start one full read per
 * write: the background's bursts announce hundreds, and the reads running side by side held
 * IndexedDB for minutes (measured: a dashboard opened beside the queue at browser start waited
 * 190 s; 1.1 s without the queue open).
 */
export function coalescedLoad(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const request = (): Promise<void> => {
    if (!running) {
      running = load().finally(() => {
        running = null;
      });
      return running;
    }
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return request();
      });
    return next;
  };
  return request;
}
