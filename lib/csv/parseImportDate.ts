import { isLocalDate, localDateOf, type LocalDate } from '../time/localDate';
import { instantAt } from '../time/zonedTime';

export interface DateReadOptions {
  /** Local wall time → instant in `timeZone`; defaults to lib/pipeline's `instantAt` (see createDateReader). */
  instant?: (date: LocalDate, msOfDay: number) => number;
  /** How to read an ambiguous `03/05/2024`: day first (5 March, most of the world) or month first (US). */
  dayFirst: boolean;
  /** Dates without a time are midnight, and times are wall clock, in this zone. */
  timeZone: string;
}

export type DateRead =
  | { ok: true; at: number; date: LocalDate; ambiguous: boolean }
  | { ok: false };

/**
 * The patterns read text whose white-space runs are one space (see parseImportDate), so a space is
 * ` ?` and no two quantifiers can share a run: `\s*日?[\sT]+` on a run of 40k tabs backtracked
 * quadratically (0.9 s, #22).
 */
const YMD = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})(?: ?日)?(?:(?: ?T ?| )(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?(?:\.\d+)?秒? ?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Longer than any date and time written by hand (`2024年03月05日 10时30分15秒 +08:00` with spaces): not a date. */
export const DATE_TEXT_MAX = 64;
/** Excel's serial day numbers (days since 1899-12-30) for 1955…2118, when a date cell was saved as a number. */
const EXCEL_SERIAL = /^(2\d{4}|[3-7]\d{4}|8\d{4})(?:\.\d+)?$/;

/**
 * Dates in the forms spreadsheets and people write: ISO (`2024-03-05`, with time and offset),
 * `2024/3/5`, `2024.3.5`, `2024年3月5日`, `03/05/2024` and Excel serial numbers. Year-first dates
 * are never ambiguous. For `dd/mm/yyyy` vs `mm/dd/yyyy`: a part above 12 decides; when both parts
 * are 12 or less it is read by `dayFirst` and reported as ambiguous so the row says how it was read.
 */
export function parseImportDate(raw: string, options: DateReadOptions): DateRead {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > DATE_TEXT_MAX) return { ok: false };
  const text = trimmed.replace(/\s+/g, ' ');
  const ymd = YMD.exec(text);
  if (ymd) {
    const [, y, m, d, hh, mm, ss, zone] = ymd;
    return build(Number(y), Number(m), Number(d), hh, mm, ss, zone, false, options);
  }
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const [, a, b, y, hh, mm, ss] = dmy;
    const first = Number(a);
    const second = Number(b);
    const ambiguous = first <= 12 && second <= 12 && first !== second;
    const dayFirst = first > 12 ? true : second > 12 ? false : options.dayFirst;
    return build(Number(y), dayFirst ? second : first, dayFirst ? first : second, hh, mm, ss, undefined, ambiguous, options);
  }
  if (EXCEL_SERIAL.test(text)) {
    const serial = Math.floor(Number(text));
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), undefined, undefined, undefined, undefined, false, options);
  }
  return { ok: false };
}

function build(
  year: number,
  month: number,
  day: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  zone: string | undefined,
  ambiguous: boolean,
  options: DateReadOptions,
): DateRead {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return { ok: false };
  const date = localDateOf(year, month, day);
  if (!isLocalDate(date) || date !== `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) return { ok: false };
  const hours = Number(hh ?? 0);
  const minutes = Number(mm ?? 0);
  const seconds = Number(ss ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return { ok: false };
  const msOfDay = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  if (zone) {
    const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
    return { ok: true, at: Date.UTC(year, month - 1, day) + msOfDay - offsetMinutes * 60_000, date, ambiguous };
  }
  const at = options.instant ? options.instant(date, msOfDay) : instantAt({ date, msOfDay }, options.timeZone);
  return { ok: true, at, date, ambiguous };
}

/**
 * `parseImportDate` for a whole file. A sheet's dates repeat a lot (a trade-show list, a day's
 * leads), so each distinct cell text is read once, and the zone conversion (Intl, ~20 µs) once per
 * local date and time: 100k rows cost milliseconds, not seconds. Reads are shared, never mutated.
 */
export function createDateReader(options: DateReadOptions): (raw: string) => DateRead {
  const instants = new Map<string, number>();
  const instant = (date: LocalDate, msOfDay: number) => {
    const key = `${date}|${msOfDay}`;
    let at = instants.get(key);
    if (at === undefined) instants.set(key, (at = instantAt({ date, msOfDay }, options.timeZone)));
    return at;
  };
  const withInstant: DateReadOptions = { ...options, instant };
  const reads = new Map<string, DateRead>();
  return (raw) => {
    let read = reads.get(raw);
    if (read === undefined) reads.set(raw, (read = parseImportDate(raw, withInstant)));
    return read;
  };
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
