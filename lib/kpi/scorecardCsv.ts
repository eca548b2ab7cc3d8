import { csvParts, type CsvValue } from '../csv/csvWriter';
import { minorToPlain } from '../deals/parseAmount';
import { KPI_PARTS, type KpiPart } from './kpiSettings';
import type { Scorecard } from './scorecardRequest';
import type { ScorePart } from './scorecard';

const MONEY_PARTS: ReadonlySet<KpiPart> = new Set(['revenue', 'grossProfit', 'collections']);
const RATE_PARTS: ReadonlySet<KpiPart> = new Set(['leadConversion', 'process']);

/** A part's measured value or target as a spreadsheet reads it: money in base units, rates in percent. */
export function plainValue(part: KpiPart, value: number | null, scorecard: Pick<Scorecard, 'baseCurrency'>): CsvValue {
  if (value === null) return '';
  if (MONEY_PARTS.has(part)) return Number(minorToPlain(value, scorecard.baseCurrency));
  if (RATE_PARTS.has(part)) return round(value * 100);
  return round(value);
}

const round = (value: number): number => Math.round(value * 100) / 100;
const contribution = (part: ScorePart): CsvValue => (part.contribution === null ? '' : round(part.contribution));

/**
 * The scorecard table as CSV parts (BOM, header, rows) with the project's writer, so every cell is
 * quoted and formula-guarded as the record exports are. `label` names each column in the manager's language.
 */
export function scorecardCsvParts(scorecard: Scorecard, label: (part: KpiPart, column: 'measured' | 'target' | 'contribution') => string, headings: { rep: string; total: string }): string[] {
  const header = [headings.rep, ...KPI_PARTS.flatMap((part) => [label(part, 'measured'), label(part, 'target'), label(part, 'contribution')]), headings.total];
  const rows = scorecard.rows.map((row) => [
    row.rep,
    ...KPI_PARTS.flatMap((part) => [plainValue(part, row.parts[part].measured, scorecard), plainValue(part, row.parts[part].target, scorecard), contribution(row.parts[part])]),
    row.total === null ? '' : round(row.total),
  ]);
  return csvParts(header, rows);
}
