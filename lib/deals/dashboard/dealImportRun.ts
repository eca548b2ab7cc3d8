import { commitChanges, type LeadKitDatabase } from '../../db';
import { CsvParser, sniffDelimiter } from '../../csv/csvParser';
import { decodeCsvBytes } from '../../csv/decodeCsvBytes';
import { dealsFromCsv, type DealImport } from '../../csv/importDeals';
import { newId } from '../../model';
import type { DealImportRequest } from './dealImportRequest';
import { DEFAULT_STAGE_PROBABILITY } from '../stageProbability';

/** What the page shows: how many were imported, and the first bad rows with the count of all. */
export interface DealImportReport {
  imported: number;
  errorCount: number;
  errors: DealImport['errors'];
  tooManyRows: boolean;
}

const BATCH = 500;
const LISTED_ERRORS = 100;

/** Parses the file, checks every row against the stored accounts and deals, writes the good ones through the outbox. */
export async function importDealsFile(db: LeadKitDatabase, request: Omit<DealImportRequest, 'id' | 'kind'>, now = Date.now()): Promise<DealImportReport> {
  const { text } = decodeCsvBytes(new Uint8Array(await request.file.arrayBuffer()));
  const parser = new CsvParser(sniffDelimiter(text.slice(0, text.search(/\r|\n/) >>> 0 || 4_096)));
  const records = [...parser.push(text), ...parser.finish()];
  const [accounts, dealIds] = await Promise.all([db.getAll('accounts'), db.getAllKeys('deals')]);
  const result = dealsFromCsv(records, {
    accountIds: new Set(accounts.map((account) => account.id)),
    accountIdByDomain: new Map(accounts.map((account) => [account.domain, account.id])),
    storedIds: new Set(dealIds),
    actor: request.actor,
    now,
    newId,
    table: { ...DEFAULT_STAGE_PROBABILITY, ...request.table },
  });
  for (let start = 0; start < result.deals.length; start += BATCH) {
    await commitChanges(db, result.deals.slice(start, start + BATCH).map((record) => ({ store: 'deals' as const, op: 'put' as const, record })), now);
  }
  return { imported: result.deals.length, errorCount: result.errors.length, errors: result.errors.slice(0, LISTED_ERRORS), tooManyRows: result.tooManyRows };
}
