/**
 * CSV as Excel and WPS open it cleanly, Chinese included: UTF-8 with a byte-order mark (without
 * it Excel on Windows reads the bytes as the ANSI code page), CRLF line ends, RFC 4180 quoting.
 */
export const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_SIGN = /[=+\-@]/;
/**
 * What a spreadsheet skips before it decides a cell is a formula, and what a person does not see:
 * white space (NBSP, ideographic space…) and zero-width or format characters (U+200B, U+2060, BOM,
 * bidi marks). Tab and CR are formula starters themselves, so they are not skipped (#22).
 */
const INVISIBLE = /[^\S\t\r]|\p{Cf}/u;

/**
 * Whether a spreadsheet could read the text as a formula: its first character that is neither
 * white space nor zero-width is = + - @ (or their full-width forms, which NFKC folds: ＝1+1), or it
 * starts with tab or CR. One character at a time, so a long run of spaces costs a linear scan and
 * the whole cell is never normalised.
 */
export function needsFormulaGuard(text: string): boolean {
  return formulaStartsAt(text, 0);
}

function formulaStartsAt(text: string, start: number): boolean {
  for (let at = start; at < text.length; ) {
    const code = text.codePointAt(at)!;
    const char = String.fromCodePoint(code);
    at += char.length;
    if (char === '\t' || char === '\r') return true;
    if (INVISIBLE.test(char)) continue;
    if (FORMULA_SIGN.test(char)) return true;
    // ASCII is its own NFKC form; most cells start with a letter or a digit.
    if (code < 0x80) return false;
    // NFKC can fold one character into a space plus a sign; skip what it made invisible.
    for (const folded of char.normalize('NFKC')) {
      if (INVISIBLE.test(folded)) continue;
      return FORMULA_SIGN.test(folded);
    }
  }
  return false;
}

/**
 * The list separator of the other locales: a spreadsheet whose list separator differs from the
 * file's splits there even inside quotes (it honours a quote only at the start of what it takes for
 * a cell), so `x;=1+1&""""` in a comma file's second column is a formula in German Excel.
 */
const FOREIGN_SEPARATORS: Record<CsvSeparator, string> = { ',': ';', ';': ',', '\t': ',;' };

/**
 * The apostrophe guard put after each foreign separator that a formula follows: `a;'=1+1`. Linear:
 * each check stops at the first visible character, which is at or before the next separator.
 */
function guardAfterForeignSeparators(text: string, separator: CsvSeparator): string {
  const foreign = FOREIGN_SEPARATORS[separator];
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    if (foreign.includes(text[at]!) && formulaStartsAt(text, at + 1)) {
      out += text.slice(from, at + 1) + "'";
      from = at + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

export type CsvValue = string | number | boolean | null | undefined;

/** The separators we write: comma, or semicolon for the locales where Excel's list separator is `;`. */
export type CsvSeparator = ',' | ';' | '\t';

/**
 * One cell. Text a spreadsheet could read as a formula gets a leading apostrophe, so
 * `=cmd|' /C calc'!A0`, ` =1+1` and `＝1+1` stay text in Excel and WPS; that includes phone numbers
 * like `+86 …`, which read the same with it. Numbers we write ourselves are never formulas and stay
 * numbers. A cell holding a comma or a semicolon is quoted whichever separator the file uses: Excel
 * in a German or French locale splits an unquoted `Acme;=cmd…` at the `;` even in a comma file, and
 * the part after it becomes a cell of its own that the guard never saw. A formula after the other
 * locales' separator gets its own apostrophe too (`Acme;'=cmd…`): quotes do not protect a cell past
 * the first column there (see FOREIGN_SEPARATORS).
 */
export function csvCell(value: CsvValue, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = guardAfterForeignSeparators(value, separator);
  const text = needsFormulaGuard(guarded) ? `'${guarded}` : guarded;
  return /[",;\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[], separator: CsvSeparator = ','): string {
  return values.map((value) => csvCell(value, separator)).join(separator) + CRLF;
}

/** A whole file as parts for a Blob (no one giant string for 500k rows): BOM, header, rows. */
export function csvParts(header: readonly string[], rows: Iterable<readonly CsvValue[]>, separator: CsvSeparator = ','): string[] {
  const parts = [UTF8_BOM + csvRow(header, separator)];
  for (const row of rows) parts.push(csvRow(row, separator));
  return parts;
}

/**
 * The inverse of the apostrophe guards, for re-importing our own exports: the leading one, and the
 * ones after a `,` or `;` that a formula follows (whichever separator the file had).
 */
export function withoutFormulaGuard(cell: string): string {
  const text = cell.length > 1 && cell.startsWith("'") && needsFormulaGuard(cell.slice(1)) ? cell.slice(1) : cell;
  if (!text.includes("'")) return text;
  let out = '';
  let from = 0;
  for (let at = 0; at + 1 < text.length; at++) {
    if ((text[at] === ',' || text[at] === ';') && text[at + 1] === "'" && formulaStartsAt(text, at + 2)) {
      out += text.slice(from, at + 1);
      from = at + 2;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
