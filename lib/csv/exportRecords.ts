import type { Account, Activity, Contact, Deal, Task } from '../model';
import { minorToPlain } from '../deals/parseAmount';
import { createZoneOffsetCache } from '../time/zoneOffsetCache';
import { csvParts, type CsvValue } from './csvWriter';

export const EXPORT_ENTITIES = ['accounts', 'contacts', 'activities', 'tasks', 'deals'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];

export interface ExportData {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  activities: readonly Activity[];
  tasks: readonly Task[];
  deals: readonly Deal[];
}

/**
 * Times as `YYYY-MM-DD HH:mm` on the manager's wall clock: what Excel and WPS read as a date-time
 * (an ISO string with `T…Z` stays text there). The JSON export keeps exact epoch milliseconds.
 */
export function spreadsheetTimeFormatter(timeZone: string): (at: number | undefined) => string {
  const offsetAt = createZoneOffsetCache(timeZone);
  return (at) => {
    if (at === undefined || !Number.isFinite(at)) return '';
    // The wall clock read as UTC: "2025-03-05T17:00:00.000Z" → "2025-03-05 17:00".
    const wall = new Date(at + offsetAt(at)).toISOString();
    return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
  };
}

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');

function addressText(account: Account): string {
  const address = account.address;
  if (!address) return '';
  return address.text ?? [address.street, address.locality, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
}

type Columns<T> = ReadonlyArray<[string, (record: T, time: (at: number | undefined) => string) => CsvValue]>;

/** Column names are field names: stable for re-import and scripts; the import maps them back. */
const COLUMNS: { [E in ExportEntity]: Columns<ExportData[E][number]> } = {
  accounts: [
    ['id', (a) => a.id],
    ['name', (a) => a.name],
    ['domain', (a) => a.domain],
    ['website', (a) => a.website],
    ['stage', (a) => a.stage],
    ['grade', (a) => a.score?.grade],
    ['score', (a) => a.score?.score],
    ['industry', (a) => a.industry],
    ['employees', (a) => a.employees],
    ['annualRevenue', (a) => a.annualRevenue],
    ['region', (a) => a.region],
    ['tags', (a) => list(a.tags)],
    ['phones', (a) => list(a.phones)],
    ['emails', (a) => list(a.emails)],
    ['address', (a) => addressText(a)],
    ['owner', (a) => a.ownerId],
    ['description', (a) => a.description],
    ['capturedFrom', (a) => a.capturedFrom],
    ['capturedAt', (a, time) => time(a.capturedAt)],
    ['updatedAt', (a, time) => time(a.updatedAt)],
  ],
  contacts: [
    ['id', (c) => c.id],
    ['accountId', (c) => c.accountId],
    ['name', (c) => c.name],
    ['title', (c) => c.title],
    ['email', (c) => c.email],
    ['phone', (c) => c.phone],
    ['notes', (c) => c.notes],
    ['createdAt', (c, time) => time(c.createdAt)],
  ],
  activities: [
    ['id', (a) => a.id],
    ['accountId', (a) => a.accountId],
    ['contactId', (a) => a.contactId],
    ['kind', (a) => a.kind],
    ['at', (a, time) => time(a.at)],
    ['content', (a) => a.content],
    ['result', (a) => a.result],
    ['actor', (a) => a.actor],
    ['stageFrom', (a) => a.stageChange?.from],
    ['stageTo', (a) => a.stageChange?.to],
    // Survey scores (issue #24 item 3): the comment is `content`.
    ['nps', (a) => a.survey?.nps],
    ['csat', (a) => a.survey?.csat],
  ],
  tasks: [
    ['id', (t) => t.id],
    ['accountId', (t) => t.accountId],
    ['ruleId', (t) => t.ruleId],
    ['title', (t) => t.title],
    ['status', (t) => t.status],
    ['priority', (t) => t.priority],
    ['assignee', (t) => t.assignee],
    ['dueAt', (t, time) => time(t.dueAt)],
    ['completedAt', (t, time) => time(t.completedAt)],
    ['notes', (t) => t.notes],
  ],
  // Amounts as decimals of their currency, the currency beside them. A number cell (not text) so a
  // negative margin is not taken for a formula; at most 14 digits, so the number prints exactly.
  deals: [
    ['id', (d) => d.id],
    ['accountId', (d) => d.accountId],
    ['name', (d) => d.name],
    ['amount', (d) => Number(minorToPlain(d.amount, d.currency))],
    ['currency', (d) => d.currency],
    ['expectedCloseDate', (d) => d.expectedCloseDate],
    ['stage', (d) => d.stage],
    ['probability', (d) => d.probability],
    ['owner', (d) => d.ownerId],
    ['status', (d) => d.status],
    ['closeReason', (d) => d.closeReason],
    ['closedOn', (d) => d.closedOn],
    ['grossMargin', (d) => (d.grossMargin === undefined ? undefined : Number(minorToPlain(d.grossMargin, d.currency)))],
    ['collected', (d) => (d.collected === undefined ? undefined : Number(minorToPlain(d.collected, d.currency)))],
    ['updatedAt', (d, time) => time(d.updatedAt)],
  ],
};

/** One entity as CSV parts (BOM, header, CRLF rows) ready for a Blob. */
export function exportCsvParts<E extends ExportEntity>(entity: E, records: ExportData[E], timeZone: string): string[] {
  const columns = COLUMNS[entity] as Columns<ExportData[E][number]>;
  const time = spreadsheetTimeFormatter(timeZone);
  function* rows() {
    for (const record of records) yield columns.map(([, value]) => value(record, time));
  }
  return csvParts(columns.map(([name]) => name), rows());
}

/** Everything as one JSON document, records exactly as stored. */
export function exportJson(data: ExportData, exportedAt: number): string {
  return JSON.stringify({ format: 'leadkit-export', version: 1, exportedAt, ...data });
}
