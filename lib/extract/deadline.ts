/** Milliseconds on a monotonic clock. */
export type Clock = () => number;

/**
 * The whole extraction's main-thread time: a page must never freeze while the rep waits
 * (issue #20). Each step ends at a fixed offset from the start, so time a fast step leaves
 * goes to the next ones and a slow step cannot take theirs.
 */
export const EXTRACTION_BUDGET_MS = 250;

/** A capture's time limit, in steps; extractors ask `passed()` between units of bounded work. */
export interface Deadline {
  /** Starts a step that must end at `endMs` after the capture started. */
  step(endMs: number): void;
  /** True once the current step's time is spent; remembered for `hit`. */
  passed(): boolean;
  /** True when any step stopped early. */
  readonly hit: boolean;
}

const defaultClock: Clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function deadline(clock: Clock = defaultClock, budgetMs = EXTRACTION_BUDGET_MS): Deadline {
  const started = clock();
  let until = started + budgetMs;
  let hit = false;
  return {
    step(endMs) {
      until = started + Math.min(endMs, budgetMs);
    },
    passed() {
      if (clock() < until) return false;
      hit = true;
      return true;
    },
    get hit() {
      return hit;
    },
  };
}
