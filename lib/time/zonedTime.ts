import { localDateOf, localDateParts, type LocalDate } from './localDate';

/**
 * Instants ↔ wall-clock time in an IANA zone, through Intl alone (no date library: the
 * extension ships none, and Intl carries the browser's own tz database).
 */
export interface WallTime {
  date: LocalDate;
  /** Milliseconds since local midnight, as the wall clock reads (0 … 86_399_999). */
  msOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at instant `at`. */
export function wallTimeAt(at: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const ms = ((at % 1000) + 1000) % 1000;
  return {
    date: localDateOf(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1),
    msOfDay: (((parts.hour ?? 0) * 60 + (parts.minute ?? 0)) * 60 + (parts.second ?? 0)) * 1000 + ms,
  };
}

/** The wall time read as if it were UTC: the instant plus the zone's offset. */
function wallAsUtc(wall: WallTime): number {
  const { year, month, day } = localDateParts(wall.date);
  return Date.UTC(year, month - 1, day) + wall.msOfDay;
}

function offsetAt(at: number, timeZone: string): number {
  return wallAsUtc(wallTimeAt(at, timeZone)) - at;
}

/**
 * The instant the wall clock in `timeZone` shows `wall`. Resolved like Temporal's
 * `disambiguation: 'compatible'`, the rule calendars use: a time skipped by spring-forward moves
 * later by the gap (02:30 → 03:30), a time repeated by fall-back takes the earlier instant.
 */
export function instantAt(wall: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(wall);
  const DAY = 86_400_000;
  // Offsets a day either side bracket any single transition near this wall time.
  const before = asUtc - offsetAt(asUtc - DAY, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY, timeZone);
  const candidates = [before, after].filter((at) => wallAsUtc(wallTimeAt(at, timeZone)) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: keep the offset from before the jump, which lands after it.
  return before;
}
