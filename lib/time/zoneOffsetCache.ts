import { wallTimeAt } from './zonedTime';

const DAY_MS = 86_400_000;
/** What `format` writes with the options below (`06/01/2025, 17:00:00`); anything else goes through wallTimeAt. */
const EN_US_WALL = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The offset (ms) in `timeZone` at `at`, from the wall clock there: wall time read as UTC, less the
 * instant. Read at the whole second (the wall clock shows no milliseconds; offsets have none).
 */
function offsetFrom(format: Intl.DateTimeFormat, timeZone: string, instant: number): number {
  const at = Math.floor(instant / 1_000) * 1_000;
  // `format` and a regular expression cost about half of `formatToParts` (wallTimeAt), which builds an object per part.
  const wall = EN_US_WALL.exec(format.format(at));
  if (wall) return Date.UTC(Number(wall[3]), Number(wall[1]) - 1, Number(wall[2]), Number(wall[4]), Number(wall[5]), Number(wall[6])) - at;
  const { date, msOfDay } = wallTimeAt(at, timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) + msOfDay - at;
}

/**
 * A time zone's UTC offset at an instant, asking Intl (a few µs a call) twice per UTC day seen:
 * what lets 500k timestamps be read on the wall clock in milliseconds rather than seconds. A day
 * whose first and last millisecond have the same offset has it throughout (no zone changes its
 * offset and back within a day); a day with a change, twice a year, is asked at each instant.
 * (Changes are not all on quarter hours: Newfoundland changed at 00:01 local until 2011, and
 * offsets before ~1900 have seconds.)
 */
export function createZoneOffsetCache(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  /** By UTC day: its offset, or NaN when it changes that day. */
  const offsets = new Map<number, number>();
  return (at) => {
    const day = Math.floor(at / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const first = offsetFrom(format, timeZone, day * DAY_MS);
      offset = first === offsetFrom(format, timeZone, (day + 1) * DAY_MS - 1) ? first : Number.NaN;
      offsets.set(day, offset);
    }
    return Number.isNaN(offset) ? offsetFrom(format, timeZone, at) : offset;
  };
}
