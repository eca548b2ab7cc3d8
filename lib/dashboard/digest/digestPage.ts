import { STAGES, type Stage } from '../../model/stage';
import type { DigestAccount, DigestRow } from './digestRow';

/**
 * Digest rows are kept in pages, an account id's page chosen by a hash of the id: 50k accounts
 * make ~1,000 records of ~50 rows (~15 kB, under the size at which Chromium moves a value out of
 * its database into a blob file). Opening the dashboard reads them all (one getAll); a write
 * rewrites only the pages of the accounts it touched.
 */
export const PAGE_COUNT = 1024;

/** Bumped when DigestRow's meaning changes: an older digest is then built again from the records. */
export const DIGEST_VERSION = 2;

/** A stored page: its rows as one JSON string (one string is much cheaper to clone than 50 objects). */
export interface DigestPage {
  page: number;
  rows: string;
}

/** FNV-1a of the id's code units, onto a page number. */
export function pageOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % PAGE_COUNT;
}

/**
 * A row as stored: positions instead of keys, stages by their index, touch times as differences
 * (they are sorted), absent parts as 0 (trailing ones dropped). About 60% of the row as JSON with
 * keys: the dashboard reads every page at each open, and IndexedDB and JSON.parse pay per byte.
 */
export type PackedRow = [id: string, n: number, t: number, account?: PackedAccount | 0, open?: Array<number | string | null> | 0, moves?: Array<number | string> | 0, touches?: number[] | 0, captureActor?: string | 0, complaints?: number[] | 0, renewals?: number[] | 0];
export type PackedAccount = [name: string, stage: number, capturedAt: number, ownerId?: string | null, annualRevenue?: number | null, signedAt?: number | null, acceptedAt?: number | null, surveyedAt?: number | null];

const STAGE_INDEX = new Map<Stage, number>(STAGES.map((stage, index) => [stage, index]));

function trimmed<T extends unknown[]>(values: T, empty: unknown): T {
  let end = values.length;
  while (end > 0 && values[end - 1] === empty) end--;
  return values.slice(0, end) as T;
}

function packAccount(a: DigestAccount): PackedAccount {
  return trimmed<PackedAccount>([a.name, STAGE_INDEX.get(a.stage)!, a.capturedAt, a.ownerId ?? null, a.annualRevenue ?? null, a.signedAt ?? null, a.acceptedAt ?? null, a.surveyedAt ?? null], null);
}

export function packRow(row: DigestRow): PackedRow {
  const touches = row.c?.map((at, i, all) => (i === 0 ? at : at - all[i - 1]!));
  return trimmed<PackedRow>(
    [
      row.id,
      row.n,
      row.t,
      row.a ? packAccount(row.a) : 0,
      row.o ? row.o.flat() : 0,
      row.m ? row.m.flatMap(([from, to, at, by, reason]) => [from === '' ? -1 : STAGE_INDEX.get(from as Stage)!, STAGE_INDEX.get(to)!, at, by, reason]) : 0,
      touches ?? 0,
      row.ca ?? 0,
      row.cn ?? 0,
      row.rn ?? 0,
    ],
    0,
  );
}

function unpackAccount(packed: PackedAccount): DigestAccount {
  const [name, stage, capturedAt, ownerId, annualRevenue, signedAt, acceptedAt, surveyedAt] = packed;
  const a: DigestAccount = { name, stage: STAGES[stage]!, capturedAt };
  if (ownerId != null) a.ownerId = ownerId;
  if (annualRevenue != null) a.annualRevenue = annualRevenue;
  if (signedAt != null) a.signedAt = signedAt;
  if (acceptedAt != null) a.acceptedAt = acceptedAt;
  if (surveyedAt != null) a.surveyedAt = surveyedAt;
  return a;
}

/** The row back with its keys (tests, and the reference the packed reads are checked against). */
export function unpackRow(packed: PackedRow): DigestRow {
  const [id, n, t, account, open, moves, touches, captureActor, complaints, renewals] = packed;
  const row: DigestRow = { id, n, t };
  if (account) row.a = unpackAccount(account);
  if (open) {
    row.o = [];
    for (let i = 0; i < open.length; i += 2) row.o.push([open[i] as number, open[i + 1] as string | null]);
  }
  if (moves) {
    row.m = [];
    for (let i = 0; i < moves.length; i += 5) {
      const from = moves[i] as number;
      row.m.push([from < 0 ? '' : STAGES[from]!, STAGES[moves[i + 1] as number]!, moves[i + 2] as number, moves[i + 3] as string, moves[i + 4] as string]);
    }
  }
  if (touches) {
    row.c = new Array<number>(touches.length);
    let at = 0;
    for (let i = 0; i < touches.length; i++) row.c[i] = at += touches[i]!;
  }
  if (captureActor) row.ca = captureActor;
  if (complaints) row.cn = complaints;
  if (renewals) row.rn = renewals;
  return row;
}

export function packPage(page: number, rows: readonly DigestRow[]): DigestPage {
  return pageOfPackedRows(page, rows.map(packRow));
}

/** A page of rows already packed (a stored page's rows with a few rebuilt: digestStore.ts). */
export function pageOfPackedRows(page: number, rows: readonly PackedRow[]): DigestPage {
  return { page, rows: JSON.stringify(rows) };
}

/**
 * A stored page's rows as packed: the dashboard reads them so (historyFromDigest.ts), without
 * unpacking 50k rows into objects first, which cost it an allocation per row and per part.
 */
export function parsePage(stored: DigestPage): PackedRow[] {
  const rows: unknown = JSON.parse(stored.rows);
  return Array.isArray(rows) ? (rows as PackedRow[]) : [];
}

export function unpackPage(stored: DigestPage): DigestRow[] {
  return parsePage(stored).map(unpackRow);
}

/** The account id of a packed row. */
export const packedRowId = (row: PackedRow): string => row[0];

/** Rows by page number, each page's rows in id order (so a page packs the same whatever the order rows came in). */
export function groupByPage(rows: Iterable<DigestRow>): Map<number, DigestRow[]> {
  const pages = new Map<number, DigestRow[]>();
  for (const row of rows) {
    const page = pageOf(row.id);
    const list = pages.get(page);
    if (list) list.push(row);
    else pages.set(page, [row]);
  }
  for (const list of pages.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return pages;
}

declare module '../../db/schema' {
  interface LeadKitDB {
    /** The dashboard's per-account rows, in pages (v6): derived locally, never synced. */
    digestPages: { key: number; value: DigestPage };
  }
}
