import { LIMITS } from '../model/common';
import { withoutFormulaGuard } from './csvWriter';
import type { ColumnMapping, ImportField } from './importColumns';

/** Imported, but not quite as written. */
export type WarningCode =
  | 'nameFromDomain'
  | 'domainFromEmail'
  | 'badEmail'
  | 'phoneAsWritten'
  | 'badNumber'
  | 'badDate'
  | 'ambiguousDate'
  | 'truncated'
  | 'similarName';

export interface RowIssue<C extends string> {
  code: C;
  field?: ImportField;
  /** The value or account the message names, e.g. the existing account's name or the date as read. */
  detail?: string;
}

/**
 * Read with the white space taken out first: `[\d.,\s]+\s*…\s*` let a cell of mixed spaces be split
 * between three quantifiers in every way (26–44 s for one cell of 4k spaces, #22). Without white
 * space the digits, the unit and the currency are disjoint, so the match is linear.
 */
const NUMBER = /^([\d.,]+)(万|亿|k|m|b)?(?:元|人|rmb|usd|cny)?$/i;
const NUMBER_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, m: 1e6, b: 1e9 };
/** Longer than any count or amount written by hand (`1,234,567,890.00 万元` with spaces): not a number. */
export const NUMBER_TEXT_MAX = 64;

export function readNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (text.length > NUMBER_TEXT_MAX) return undefined;
  const match = NUMBER.exec(text.replace(/\s+/g, ''));
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, '')) * (NUMBER_UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}

/**
 * Every cell is cut to this before it is trimmed, split or parsed, so no step sees more than a
 * bounded text whatever the file holds. It is the longest field we keep (LIMITS.longText) and
 * holds a full list of emails or phones (LIMITS.listItems of them).
 */
export const CELL_READ_MAX = LIMITS.longText;
/** Where a cut cell may end: after a whole list item (lib/csv/importRows' separators) or word. */
const ITEM_END = /[;,，；、|\s]/;

/**
 * The cell's first CELL_READ_MAX characters, ending at the last separator or space before that
 * when there is one (within a URL's length), so a list keeps only whole items: a cut address
 * (`bob@acme.de` of `bob@acme.dev`) would import as a wrong but valid one.
 */
function cutCell(cell: string): string {
  const cut = cell.slice(0, CELL_READ_MAX);
  for (let at = cut.length - 1; at >= cut.length - LIMITS.url && at >= 0; at--) {
    if (ITEM_END.test(cut[at]!)) return cut.slice(0, at);
  }
  return cut;
}

/**
 * One record's cells read through the column mapping, with the warnings reading them raises. A
 * class rather than closures made per row: 100k rows would make 400k functions to collect.
 */
export class RowCells {
  readonly warnings: Array<RowIssue<WarningCode>> = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly mapping: ColumnMapping,
  ) {}

  /**
   * The field's cell, cut to CELL_READ_MAX (with a `truncated` warning), trimmed and without our
   * export's formula guards; '' when the field is not mapped.
   */
  text(field: ImportField): string {
    const index = this.mapping[field];
    if (index === undefined) return '';
    const cell = this.cells[index] ?? '';
    if (cell.length <= CELL_READ_MAX) return withoutFormulaGuard(cell.trim());
    this.warnTruncated(field);
    return withoutFormulaGuard(cutCell(cell).trim());
  }

  /** Whether the field's cell was longer than a limit it was read with (a `truncated` warning). */
  truncated(field: ImportField): boolean {
    return this.warnings.some((warning) => warning.code === 'truncated' && warning.field === field);
  }

  /** `text` cut to `max` characters, with a `truncated` warning when it was longer. */
  clipped(field: ImportField, max: number = LIMITS.shortText): string {
    return this.clip(field, this.text(field), max);
  }

  clip(field: ImportField, value: string, max: number = LIMITS.shortText): string {
    if (value.length <= max) return value;
    this.warnTruncated(field);
    return value.slice(0, max);
  }

  private warnTruncated(field: ImportField): void {
    if (!this.truncated(field)) this.warnings.push({ code: 'truncated', field });
  }

  /** A count or amount (`1,200`, `3亿`, `12k`); undefined, with a `badNumber` warning, when unreadable. */
  number(field: 'employees' | 'annualRevenue'): number | undefined {
    const raw = this.text(field);
    if (!raw) return undefined;
    // A cut cell is not the number written, whatever its first part reads as.
    const value = this.truncated(field) ? undefined : readNumber(raw);
    if (value === undefined) this.warnings.push({ code: 'badNumber', field, detail: raw.slice(0, 40) });
    return value;
  }
}
