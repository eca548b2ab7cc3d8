/**
 * What counts as a visit (issue #4). A glance shorter than 5 s is a mis-click or a tab passed
 * through; one stay counts at most 30 min, so a page left open over lunch or a sleeping laptop
 * does not read as half a day of interest.
 */
export const MIN_VISIT_SECONDS = 5;
export const MAX_VISIT_SECONDS = 30 * 60;

/** Seconds to record for a stay from `startedAt` to `endedAt` (epoch ms); null when too short to count. */
export function visitSeconds(startedAt: number, endedAt: number): number | null {
  const seconds = Math.floor((endedAt - startedAt) / 1000);
  if (!Number.isFinite(seconds) || seconds < MIN_VISIT_SECONDS) return null;
  return Math.min(seconds, MAX_VISIT_SECONDS);
}
