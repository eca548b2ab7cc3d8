import { normalisePhone, type CountryCode } from '../match/phone';

/**
 * `normalisePhone` for a whole file, in one region. Sheets repeat numbers (a company's switchboard
 * on every contact's row) and validating one walks libphonenumber's metadata (~10 µs), so each
 * distinct text is read once. One reader per region: the same digits are different numbers in CN and US.
 */
export function createPhoneReader(region: CountryCode | undefined): (raw: string) => string | null {
  const reads = new Map<string, string | null>();
  return (raw) => {
    let read = reads.get(raw);
    if (read === undefined) reads.set(raw, (read = normalisePhone(raw, region)));
    return read;
  };
}
