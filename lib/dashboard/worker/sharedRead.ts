/**
 * One read of the store shared by every request that arrives while it runs, kept until a write is
 * announced. A write announced while the read runs does not restart it: the dashboard shows the
 * store as it was when it was opened (the background re-scores and writes tasks all the time, and
 * throwing the read away on each would make an open wait for a second full read); the next request
 * after the read reads again.
 */
export interface SharedRead<T> {
  get(): Promise<T>;
  /** A write was announced: the next `get` after the current read settles reads again. */
  invalidate(): void;
}

export function sharedRead<T>(read: () => Promise<T>): SharedRead<T> {
  let current: Promise<T> | null = null;
  let settled = false;
  let stale = false;
  return {
    get() {
      if (current === null || (stale && settled)) {
        stale = false;
        settled = false;
        const started = read().finally(() => {
          settled = true;
        });
        // A failed read is not kept: the next request tries again.
        started.catch(() => {
          if (current === started) current = null;
        });
        current = started;
      }
      return current;
    },
    invalidate() {
      stale = true;
    },
  };
}
