import type { Script } from '../model';

/** 95% confidence: how sure we want to be before an answer is called "works best". */
const Z = 1.96;

/**
 * Lower bound of the Wilson score interval for worked/rated: the success rate we can be
 * fairly sure of. 1 of 1 gives 0.21, 40 of 50 gives 0.67, so a lucky single use never
 * outranks a proven answer; no uses gives 0.
 */
export function wilsonLowerBound(worked: number, rated: number): number {
  if (rated <= 0) return 0;
  const successes = Math.min(Math.max(worked, 0), rated);
  const p = successes / rated;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * rated);
  const margin = Z * Math.sqrt((p * (1 - p) + z2 / (4 * rated)) / rated);
  return Math.max(0, (centre - margin) / (1 + z2 / rated));
}

/** Uses with a reported outcome; records from before `ratedCount` existed count every use. */
export function ratedUses(script: Pick<Script, 'usedCount' | 'ratedCount'>): number {
  return script.ratedCount ?? script.usedCount;
}

export function effectivenessOf(script: Pick<Script, 'usedCount' | 'workedCount' | 'ratedCount'>): number {
  return wilsonLowerBound(script.workedCount, ratedUses(script));
}

/** Best-working answers first; ties by more uses, then title. Returns a new array. */
export function rankByEffectiveness<T extends Script>(scripts: readonly T[]): T[] {
  return scripts
    .map((script) => ({ script, effectiveness: effectivenessOf(script) }))
    .sort(
      (a, b) =>
        b.effectiveness - a.effectiveness ||
        b.script.usedCount - a.script.usedCount ||
        a.script.title.localeCompare(b.script.title),
    )
    .map(({ script }) => script);
}

/**
 * The script after a rep used it: `worked` true/false when they said how it went, null when
 * they did not (counts as a use, not as a failure). Pure; `now` stamps `updatedAt`.
 */
export function recordUse<T extends Script>(script: T, worked: boolean | null, now: number = Date.now()): T {
  const rated = ratedUses(script);
  return {
    ...script,
    usedCount: script.usedCount + 1,
    ratedCount: worked === null ? rated : rated + 1,
    workedCount: script.workedCount + (worked === true ? 1 : 0),
    updatedAt: Math.max(now, script.updatedAt),
  };
}
