/**
 * CSV as Excel and WPS open it cleanly, Chinese included: UTF-8 with a byte-order mark (without
 * it Excel on Windows reads the bytes as the ANSI code page), CRLF line ends, RFC 4180 quoting.
 */
export const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell. Text starting with = + - @ TAB or CR gets a leading apostrophe, so `=cmd|' /C calc'!A0`
 * stays text in Excel and WPS. That includes phone numbers like `+86 …`, which read the same with it.
 * Numbers we write ourselves are never formulas and stay numbers. Quotes only when needed.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CRLF;
}

/** A whole file as parts for a Blob (no one giant string for 500k rows): BOM, header, rows. */
export function csvParts(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string[] {
  const parts = [UTF8_BOM + csvRow(header)];
  for (const row of rows) parts.push(csvRow(row));
  return parts;
}

/** The inverse of the apostrophe guard, for re-importing our own exports. */
export function withoutFormulaGuard(cell: string): string {
  return cell.length > 1 && cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
