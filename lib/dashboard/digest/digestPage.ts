import type { DigestRow } from './digestRow';

/**
 * Digest rows are kept in pages, an account id's page chosen by a hash of the id: 50k accounts
 * make ~1,000 records of ~50 rows (~15 kB, under the size at which Chromium moves a value out of
 * its database into a blob file). Opening the dashboard reads them all (one getAll); a write
 * rewrites only the pages of the accounts it touched.
 */
export const PAGE_COUNT = 1024;

/** Bumped when DigestRow's meaning changes: an older digest is then built again from the records. */
export const DIGEST_VERSION = 1;

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

export function packPage(page: number, rows: readonly DigestRow[]): DigestPage {
  return { page, rows: JSON.stringify(rows) };
}

export function unpackPage(stored: DigestPage): DigestRow[] {
  const rows: unknown = JSON.parse(stored.rows);
  return Array.isArray(rows) ? (rows as DigestRow[]) : [];
}

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
