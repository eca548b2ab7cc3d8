import { parseAmount } from '../deals/parseAmount';
import { Deal, DealStatus, Stage, type Stage as StageName } from '../model';

/** Most rows one deals file may hold: a team's deals, not a data dump; beyond it nothing is read. */
export const MAX_DEAL_ROWS = 200_000;

export type DealRowError = 'account' | 'exists' | 'duplicate' | 'amount' | 'invalid';

export interface DealImportContext {
  /** Accounts the deals may belong to, by id, and by domain for files from elsewhere. */
  accountIds: ReadonlySet<string>;
  accountIdByDomain: ReadonlyMap<string, string>;
  /** Deal ids already stored: never overwritten by an import. */
  storedIds: ReadonlySet<string>;
  /** Owner of a row that names none: the manager importing. */
  actor: string;
  now: number;
  newId(): string;
  table: Record<StageName, number>;
}

export interface DealImport {
  deals: Deal[];
  /** Rows not imported, numbered as a spreadsheet shows them (the header is row 1). */
  errors: Array<{ row: number; error: DealRowError; field?: string }>;
  tooManyRows: boolean;
}

/**
 * Deals from a CSV with the export's columns (lib/csv/exportRecords.ts; `account` or `domain` may
 * name the account instead of `accountId`). Amounts are read as typed decimals of the row's currency,
 * never through a float. Each bad row is reported with its reason; nothing stored is replaced.
 */
export function dealsFromCsv(records: readonly string[][], context: DealImportContext): DealImport {
  const [header = [], ...rows] = records;
  const column = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const cell = (row: readonly string[], name: string) => {
    const index = column.get(name.toLowerCase());
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const result: DealImport = { deals: [], errors: [], tooManyRows: rows.length > MAX_DEAL_ROWS };
  if (result.tooManyRows) return result;
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((value) => value.trim() === '')) return;
    const fail = (error: DealRowError, field?: string) => void result.errors.push({ row: rowNumber, error, ...(field ? { field } : {}) });
    const accountRef = cell(row, 'accountId');
    const domain = (cell(row, 'domain') || cell(row, 'account')).toLowerCase();
    const accountId = context.accountIds.has(accountRef) ? accountRef : context.accountIdByDomain.get(domain);
    if (!accountId) return fail('account');
    const id = cell(row, 'id') || context.newId();
    if (context.storedIds.has(id)) return fail('exists');
    if (seen.has(id)) return fail('duplicate');
    const currency = cell(row, 'currency').toUpperCase();
    if (!Deal.shape.currency.safeParse(currency).success) return fail('invalid', 'currency');
    const amount = parseAmount(cell(row, 'amount'), currency);
    if (!amount.ok) return fail('amount', 'amount');
    const marginText = cell(row, 'grossMargin');
    const margin = marginText ? parseAmount(marginText.replace(/^-/, ''), currency) : null;
    if (margin && !margin.ok) return fail('amount', 'grossMargin');
    const collectedText = cell(row, 'collected');
    const collected = collectedText ? parseAmount(collectedText, currency) : null;
    if (collected && !collected.ok) return fail('amount', 'collected');
    const stage = Stage.safeParse(cell(row, 'stage') || 'opportunity');
    const status = DealStatus.safeParse(cell(row, 'status') || 'open');
    if (!stage.success) return fail('invalid', 'stage');
    if (!status.success) return fail('invalid', 'status');
    const probabilityText = cell(row, 'probability');
    const parsed = Deal.safeParse({
      id,
      createdAt: context.now,
      updatedAt: context.now,
      version: 0,
      accountId,
      name: cell(row, 'name'),
      amount: amount.minor,
      currency,
      expectedCloseDate: cell(row, 'expectedCloseDate'),
      stage: stage.data,
      probability: probabilityText === '' ? context.table[stage.data] : Number(probabilityText),
      ownerId: cell(row, 'owner') || context.actor,
      status: status.data,
      ...(cell(row, 'closeReason') ? { closeReason: cell(row, 'closeReason') } : {}),
      ...(cell(row, 'closedOn') ? { closedOn: cell(row, 'closedOn') } : {}),
      ...(margin?.ok ? { grossMargin: marginText.startsWith('-') ? -margin.minor : margin.minor } : {}),
      ...(collected?.ok ? { collected: collected.minor } : {}),
    });
    if (!parsed.success) return fail('invalid', String(parsed.error.issues[0]?.path[0] ?? ''));
    seen.add(id);
    result.deals.push(parsed.data);
  });
  return result;
}
