const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "just now", "5 minutes ago", "in 2 hours", in the rep's language (Intl, so no strings of ours). */
export function relativeTime(at: number, now: number, localeTag: string): string {
  const format = new Intl.RelativeTimeFormat(localeTag, { numeric: 'auto' });
  const delta = at - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) return format.format(Math.round(delta / size), unit);
  }
  if (Math.abs(delta) >= 5_000) return format.format(Math.round(delta / 1_000), 'second');
  return format.format(0, 'second');
}
