/** Sync retry delays: 30 s (Chrome's shortest alarm), doubling, capped at 30 min. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 30 * 60_000;

/**
 * Exponential backoff with "equal jitter": after the n-th failure in a row the wait is drawn
 * uniformly from [d/2, d] with d = min(max, base · 2^(n-1)), so many clients failing together do
 * not come back together, and none waits less than half the schedule. A server's Retry-After
 * is honoured when it asks for longer.
 */
export function backoffDelay(failures: number, random: () => number, retryAfterMs = 0): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 20);
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** exponent);
  const jittered = ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1);
  return Math.round(Math.max(jittered, Math.min(retryAfterMs, BACKOFF_MAX_MS)));
}
