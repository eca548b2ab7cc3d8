import { commitChanges, getDB } from '../../db';
import { CsvParser, sniffDelimiter } from '../../csv/csvParser';
import { decodeCsvBytes } from '../../csv/decodeCsvBytes';
import { guessMapping } from '../../csv/importColumns';
import { commitImport, knownIdentities, planImport, type ImportReport } from '../../csv/importLeads';
import { assignImported } from '../../assignment/importAssignment';
import type { CountryCode } from '../../match/phone';
import { newId } from '../../model';
import type { ParsedImport, ProgressStage, WorkerRequest } from './protocol';
import { readAllRecords } from './readDashboardData';

/** Characters parsed between progress reports. */
const PARSE_CHUNK = 1 << 20;
const SAMPLE_ROWS = 5;

type Progress = (stage: ProgressStage, done: number, total?: number) => void;

interface ParsedFile {
  fileName: string;
  encoding: string;
  records: string[][];
}

/** Decodes and parses an uploaded CSV in chunks, reporting progress; keeps the records for the run. */
export async function parseImportFile(file: Blob, fileName: string, progress: Progress): Promise<{ parsed: ParsedImport; file: ParsedFile }> {
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const text = decoded.text;
  const parser = new CsvParser(sniffDelimiter(text.slice(0, text.search(/\r|\n/) >>> 0 || 4_096)));
  const records: string[][] = [];
  for (let start = 0; start < text.length; start += PARSE_CHUNK) {
    for (const record of parser.push(text.slice(start, start + PARSE_CHUNK))) records.push(record);
    progress('parsing', Math.min(text.length, start + PARSE_CHUNK), text.length);
  }
  for (const record of parser.finish()) records.push(record);
  const headers = (records.shift() ?? []).map((header) => header.trim());
  const encoding = `${decoded.encoding}${decoded.bom ? ' (BOM)' : ''}`;
  return {
    parsed: {
      fileName,
      encoding,
      headers,
      sample: records.slice(0, SAMPLE_ROWS),
      rowCount: records.length,
      guessedMapping: guessMapping(headers),
      unterminatedQuote: parser.unterminatedQuote,
    },
    file: { fileName, encoding, records },
  };
}

/** Checks every row against the store and itself, then writes the valid ones in batches. */
export async function runImport(file: ParsedFile, request: Extract<WorkerRequest, { kind: 'importRun' }>, progress: Progress): Promise<ImportReport> {
  const db = await getDB();
  progress('checking', 0, file.records.length);
  const [accounts, contacts] = await Promise.all([readAllRecords(db, 'accounts'), readAllRecords(db, 'contacts')]);
  const now = Date.now();
  const plan = planImport(
    file.records,
    {
      mapping: request.mapping,
      known: knownIdentities(accounts, contacts),
      date: { dayFirst: request.dayFirst, timeZone: request.timeZone },
      phoneRegion: request.phoneRegion as CountryCode | undefined,
      now,
      actor: request.actor,
      source: `CSV: ${file.fileName}`,
      newId,
    },
    (done) => progress('checking', done, file.records.length),
  );
  // New leads nobody owns are assigned by the manager's rules, in the same writes (issue #24 item 5).
  const assignment = await assignImported(db, plan.candidates, { now, actor: request.actor });
  progress('writing', 0, plan.candidates.length);
  const written = await commitImport(assignment.candidates, (changes) => commitChanges(db, changes, now), (done) => progress('writing', done, plan.candidates.length));
  await assignment.remember();
  const notImported = written.notImported.map((row) => ({ ...row, cells: file.records[row.row - 2] ?? [] }));
  return {
    fileName: file.fileName,
    encoding: file.encoding,
    rows: file.records.length - plan.blankRows,
    blankRows: plan.blankRows,
    imported: written.imported,
    contacts: written.contacts,
    skipped: [...plan.skipped, ...notImported].sort((a, b) => a.row - b.row),
    warned: plan.candidates.filter((c) => c.warnings.length > 0).map((c) => ({ row: c.row, warnings: c.warnings })),
    ...(written.stopped ? { stopped: written.stopped } : {}),
  };
}
