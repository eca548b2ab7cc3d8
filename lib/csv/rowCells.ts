import { LIMITS } from '../model/common';
import { withoutFormulaGuard } from './csvWriter';
import type { ColumnMapping, ImportField } from './importColumns';
import type { RowIssue, WarningCode } from './importRows';

const NUMBER = /^([\d.,\s]+)\s*(万|亿|k|m|b)?\s*(?:元|人|rmb|usd|cny)?$/i;
const NUMBER_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, m: 1e6, b: 1e9 };

export function readNumber(raw: string): number | undefined {
  const match = NUMBER.exec(raw.trim());
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/[,\s]/g, '')) * (NUMBER_UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
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

  /** The field's cell, trimmed and without our export's formula guard; '' when the field is not mapped. */
  text(field: ImportField): string {
    const index = this.mapping[field];
    return index === undefined ? '' : withoutFormulaGuard((this.cells[index] ?? '').trim());
  }

  /** `text` cut to `max` characters, with a `truncated` warning when it was longer. */
  clipped(field: ImportField, max: number = LIMITS.shortText): string {
    return this.clip(field, this.text(field), max);
  }

  clip(field: ImportField, value: string, max: number = LIMITS.shortText): string {
    if (value.length <= max) return value;
    this.warnings.push({ code: 'truncated', field });
    return value.slice(0, max);
  }

  /** A count or amount (`1,200`, `3亿`, `12k`); undefined, with a `badNumber` warning, when unreadable. */
  number(field: 'employees' | 'annualRevenue'): number | undefined {
    const raw = this.text(field);
    if (!raw) return undefined;
    const value = readNumber(raw);
    if (value === undefined) this.warnings.push({ code: 'badNumber', field, detail: raw.slice(0, 40) });
    return value;
  }
}
