/**
 * Fixed-window request counter per key (a token id). In memory: one server process is the unit
 * the reference server runs as; behind several replicas each counts its own share.
 */
export interface RateLimiter {
  /** Counts one request; returns the seconds to wait when over the limit, or 0. */
  hit(key: string, now?: number): number;
  /** The seconds to wait when `key` is already over the limit, without counting; or 0. */
  blocked(key: string, now?: number): number;
}

export function createRateLimiter(options: { max: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now = Date.now()) {
      if (options.max <= 0) return 0;
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        if (windows.size > 10_000) prune(windows, now, options.windowMs);
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return wait(window, now);
    },
    blocked(key, now = Date.now()) {
      const window = windows.get(key);
      if (options.max <= 0 || !window || now - window.start >= options.windowMs) return 0;
      return wait(window, now);
    },
  };

  function wait(window: { start: number; count: number }, now: number): number {
    if (window.count <= options.max) return 0;
    return Math.max(1, Math.ceil((window.start + options.windowMs - now) / 1000));
  }
}

function prune(windows: Map<string, { start: number }>, now: number, windowMs: number): void {
  for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
}

/** A bounded set of keys that expire: `has` is true for a key added less than `ttlMs` ago. */
export interface RecentSet {
  add(key: string, now?: number): void;
  has(key: string, now?: number): boolean;
}

export function createRecentSet(max: number, ttlMs: number): RecentSet {
  // Insertion order is age order (a re-added key moves to the end), so the oldest go first.
  const seen = new Map<string, number>();
  return {
    add(key, now = Date.now()) {
      seen.delete(key);
      seen.set(key, now);
      while (seen.size > max) seen.delete(seen.keys().next().value!);
    },
    has(key, now = Date.now()) {
      const at = seen.get(key);
      return at !== undefined && now - at < ttlMs;
    },
  };
}
