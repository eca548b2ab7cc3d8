import type { PullQuery, PullResponse } from '../../../lib/sync/protocol.ts';
import type { Principal } from '../auth.ts';
import { toNumber, type Queryable } from '../db/types.ts';
import { badCursor } from '../errors.ts';
import type { SyncedEntity } from '../../../lib/model/index.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

interface RecordRow {
  entity: SyncedEntity;
  entity_id: string;
  version: unknown;
  data: Record<string, unknown> | null;
  deleted: boolean;
  seq: unknown;
}

/**
 * The team's records changed after `cursor`, oldest change first. Each record appears once, at
 * its latest version: a record written again moves to the end of the order.
 */
export async function pullChanges(db: Queryable, principal: Principal, query: PullQuery): Promise<PullResponse> {
  const { rows: teams } = await db.query<{ change_seq: unknown }>('SELECT change_seq FROM teams WHERE id = $1', [principal.teamId]);
  const head = toNumber(teams[0]?.change_seq ?? 0);
  let after = 0;
  if (query.cursor) {
    const seq = decodeCursor(principal.teamId, query.cursor);
    // A cursor past the team's head comes from a database restored to an earlier state.
    if (seq === null || seq > head) throw badCursor();
    after = seq;
  }
  const { rows } = await db.query<RecordRow>(
    `SELECT entity, entity_id, version, data, deleted, seq FROM records
      WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [principal.teamId, after, query.limit + 1],
  );
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const changes = page.map((row) => ({
    entity: row.entity,
    entityId: row.entity_id,
    version: toNumber(row.version),
    data: row.deleted ? null : row.data,
    deleted: row.deleted,
    cursor: encodeCursor(principal.teamId, toNumber(row.seq)),
  }));
  const last = changes.at(-1);
  return { changes, cursor: last ? last.cursor : encodeCursor(principal.teamId, after), more };
}
