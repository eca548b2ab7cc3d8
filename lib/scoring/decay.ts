/**
 * Time decay: a signal `halfLifeDays` old counts half, twice that a quarter. The rate is
 * precomputed per rule set so a scoring costs one Math.exp per event.
 */
export const DAY_MS = 86_400_000;

/** Per millisecond: weight = exp(-rate × age) = 2^(-age / halfLife). */
export function decayRate(halfLifeDays: number): number {
  return Math.LN2 / (halfLifeDays * DAY_MS);
}

/** Events in the future (clock skew between devices) count in full rather than more than full. */
export function decayWeight(rate: number, at: number, now: number): number {
  const age = now - at;
  return age <= 0 ? 1 : Math.exp(-rate * age);
}

/** Sum of decayed weights; NaN when the list is not a list of finite timestamps. */
export function decayedCount(timestamps: unknown, rate: number, now: number): number {
  if (timestamps === undefined || timestamps === null) return 0;
  if (!Array.isArray(timestamps)) return Number.NaN;
  let sum = 0;
  for (let index = 0; index < timestamps.length; index++) {
    const at: unknown = timestamps[index];
    if (typeof at !== 'number' || !Number.isFinite(at)) return Number.NaN;
    sum += decayWeight(rate, at, now);
  }
  return sum;
}

export interface DecayedVisits {
  visits: number;
  visitMinutes: number;
}

/** Decayed visit count and minutes in one pass; false when a visit is malformed. */
export function decayVisitsInto(out: DecayedVisits, visits: unknown, rate: number, now: number): boolean {
  out.visits = 0;
  out.visitMinutes = 0;
  if (visits === undefined || visits === null) return true;
  if (!Array.isArray(visits)) return false;
  for (let index = 0; index < visits.length; index++) {
    const visit: unknown = visits[index];
    if (typeof visit !== 'object' || visit === null) return false;
    const { at, seconds } = visit as { at?: unknown; seconds?: unknown };
    if (typeof at !== 'number' || !Number.isFinite(at)) return false;
    if (typeof seconds !== 'number' || !(seconds >= 0) || seconds === Number.POSITIVE_INFINITY) return false;
    const weight = decayWeight(rate, at, now);
    out.visits += weight;
    out.visitMinutes += (weight * seconds) / 60;
  }
  return true;
}
