import type { Change } from '../db/write';
import type { Account, Contact } from '../model';
import { companyNameKey } from '../match/companyName';
import { normaliseEmail } from '../match/email';
import { isSkipped, planImportRow, type ImportCandidate, type KnownIdentities, type RowContext, type RowIssue, type SkippedRow, type WarningCode } from './importRows';

/** Rows per commitChanges transaction: big enough to be quick, small enough that a failure costs little. */
export const IMPORT_BATCH_ROWS = 500;

export interface ImportReport {
  fileName: string;
  encoding: string;
  /** Data rows read (blank rows not counted). */
  rows: number;
  blankRows: number;
  imported: number;
  contacts: number;
  /** Every row not imported, with why. */
  skipped: SkippedRow[];
  /** Imported rows that were changed or guessed at, with how. */
  warned: Array<{ row: number; warnings: Array<RowIssue<WarningCode>> }>;
  /** Set when a write failed: rows from `fromRow` on were not imported (listed in `skipped`). */
  stopped?: { fromRow: number; message: string };
}

/** The identities the store already holds, for duplicate checks in O(1) per row. */
export function knownIdentities(accounts: readonly Account[], contacts: readonly Contact[]): KnownIdentities {
  const known: KnownIdentities = { domains: new Map(), emails: new Map(), nameKeys: new Map() };
  for (const account of accounts) {
    known.domains.set(account.domain, account.name);
    for (const email of account.emails ?? []) known.emails.set(email, account.name);
    const key = companyNameKey(account.name);
    if (key && !known.nameKeys.has(key)) known.nameKeys.set(key, account.name);
  }
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  for (const contact of contacts) {
    const email = contact.email ? normaliseEmail(contact.email) : null;
    if (email) known.emails.set(email, names.get(contact.accountId) ?? email);
  }
  return known;
}

export const isBlankRecord = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** What a caller gives for one file; the rows already seen in it are planImport's own to keep. */
export type ImportOptions = Omit<RowContext, 'seenDomains' | 'seenEmails'>;

/** Plans every data row (records after the header; row numbers start at 2). */
export function planImport(records: readonly string[][], options: ImportOptions, onProgress?: (done: number) => void) {
  const context: RowContext = { ...options, seenDomains: new Map(), seenEmails: new Map() };
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedRow[] = [];
  let blankRows = 0;
  records.forEach((cells, index) => {
    if (isBlankRecord(cells)) blankRows += 1;
    else {
      const result = planImportRow(cells, index + 2, context);
      if (isSkipped(result)) skipped.push(result);
      else candidates.push(result);
    }
    if (onProgress && index % 5_000 === 4_999) onProgress(index + 1);
  });
  return { candidates, skipped, blankRows };
}

export function changesFor(candidate: ImportCandidate): Change[] {
  const changes: Change[] = [
    { store: 'accounts', op: 'put', record: candidate.account },
    { store: 'activities', op: 'put', record: candidate.activity },
  ];
  if (candidate.contact) changes.push({ store: 'contacts', op: 'put', record: candidate.contact });
  if (candidate.assignment) changes.push({ store: 'activities', op: 'put', record: candidate.assignment });
  return changes;
}

/**
 * Writes the planned leads in batches, each one transaction through `commitChanges` (records and
 * outbox together). A failed batch stops the import: the report then lists that batch and every
 * later row as not imported, so nothing is half-imported without the rep knowing.
 */
export async function commitImport(
  candidates: readonly ImportCandidate[],
  commit: (changes: Change[]) => Promise<void>,
  onProgress?: (done: number) => void,
): Promise<{ imported: number; contacts: number; notImported: SkippedRow[]; stopped?: ImportReport['stopped'] }> {
  let imported = 0;
  let contacts = 0;
  for (let start = 0; start < candidates.length; start += IMPORT_BATCH_ROWS) {
    const batch = candidates.slice(start, start + IMPORT_BATCH_ROWS);
    try {
      await commit(batch.flatMap(changesFor));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const notImported = candidates.slice(start).map((candidate) => ({ row: candidate.row, problems: [{ code: 'writeFailed' as const, detail: message }], cells: [] }));
      return { imported, contacts, notImported, stopped: { fromRow: batch[0]!.row, message } };
    }
    imported += batch.length;
    contacts += batch.filter((candidate) => candidate.contact).length;
    onProgress?.(imported);
  }
  return { imported, contacts, notImported: [] };
}
