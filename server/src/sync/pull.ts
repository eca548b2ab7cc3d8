import type { PullQuery } from '../../../lib/sync/protocol.ts';
import type { Principal } from '../auth.ts';
import { toNumber, type Queryable } from '../db/types.ts';
import { badCursor } from '../errors.ts';
import type { SyncedEntity } from '../../../lib/model/index.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

/**
 * Most record data one pull answer carries (bytes of JSON); the answer stops before the record
 * that would pass it, with `more` set, so a team's pulls stay bounded however large its records.
 * A first record larger than this alone still goes out (records are at most MAX_RECORD_BYTES).
 */
export const PULL_BYTE_BUDGET = 4 * 1024 * 1024;

interface RecordRow {
  entity: SyncedEntity;
  entity_id: string;
  version: unknown;
  /** The record's JSON text as stored; null for a deleted record. */
  data: string | null;
  deleted: boolean;
  seq: unknown;
  data_bytes?: unknown;
}

/**
 * The team's records changed after `cursor`, oldest change first, as the PullResponse's JSON text.
 * Each record appears once, at its latest version: a record written again moves to the end of the
 * order. The records' data goes out as the database writes it: parsing it into objects only to
 * serialise them again was most of a pull's time.
 */
export async function pullChanges(db: Queryable, principal: Principal, query: PullQuery, byteBudget = PULL_BYTE_BUDGET): Promise<string> {
  const { rows: teams } = await db.query<{ change_seq: unknown }>('SELECT change_seq FROM teams WHERE id = $1', [principal.teamId]);
  const head = toNumber(teams[0]?.change_seq ?? 0);
  let after = 0;
  if (query.cursor) {
    const seq = decodeCursor(principal.teamId, query.cursor);
    // A cursor past the team's head comes from a database restored to an earlier state.
    if (seq === null || seq > head) throw badCursor();
    after = seq;
  }
  // The byte budget is applied in the database, on each record's size kept at write time, so the
  // rows past it are never read, parsed or held here. One row past the page says whether more wait.
  const { rows } = await db.query<RecordRow>(
    `SELECT entity, entity_id, version, data, deleted, seq, data_bytes FROM (
       SELECT entity, entity_id, version, data, deleted, seq, data_bytes,
              sum(data_bytes) OVER (ORDER BY seq ROWS UNBOUNDED PRECEDING) AS running
         FROM records WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3
     ) page
     WHERE running - data_bytes < $4 ORDER BY seq`,
    [principal.teamId, after, query.limit + 1, byteBudget],
  );
  let take = Math.min(rows.length, query.limit);
  // The first row always goes, even alone over the budget; later ones only within it.
  for (let i = 1, total = sizeOf(rows[0]); i < take; i += 1) {
    total += sizeOf(rows[i]);
    if (total > byteBudget) take = i;
  }
  const more = rows.length > take;
  const changes: string[] = [];
  let cursor = encodeCursor(principal.teamId, after);
  for (const row of rows.slice(0, take)) {
    cursor = encodeCursor(principal.teamId, toNumber(row.seq));
    const data = row.deleted || row.data === null ? 'null' : row.data;
    changes.push(
      `{"entity":${JSON.stringify(row.entity)},"entityId":${JSON.stringify(row.entity_id)},"version":${toNumber(row.version)},` +
        `"data":${data},"deleted":${row.deleted},"cursor":"${cursor}"}`,
    );
  }
  return `{"changes":[${changes.join(',')}],"cursor":"${cursor}","more":${more}}`;
}

function sizeOf(row: RecordRow | undefined): number {
  return row?.data_bytes === undefined ? 0 : toNumber(row.data_bytes);
}
