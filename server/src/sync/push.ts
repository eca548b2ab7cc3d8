import type { Mutation } from '../../../lib/model/index.ts';
import { describeFirstIssue, type PushRequest, type PushResponse, type PushResult, type RejectReason, type ServerRecord } from '../../../lib/sync/protocol.ts';
import type { Principal } from '../auth.ts';
import { toNumber, type Db, type Queryable } from '../db/types.ts';
import { ENTITY_SCHEMAS } from './entities.ts';
import { findUnstorable } from './text.ts';
import { refusalFor } from './writeRules.ts';

interface StoredRecord {
  team_id: string;
  version: unknown;
  data: Record<string, unknown> | null;
  deleted: boolean;
}

/**
 * Applies a batch in one transaction. The team's row is locked first, so a team's writes are
 * serialised and `change_seq` grows in commit order: a pull can never see change 7 and later
 * find change 6 appearing behind its cursor.
 */
export async function applyPush(db: Db, principal: Principal, request: PushRequest): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ change_seq: unknown }>('SELECT change_seq FROM teams WHERE id = $1 FOR UPDATE', [principal.teamId]);
    const state = { seq: toNumber(rows[0]?.change_seq ?? 0), changed: false };
    const results: PushResult[] = [];
    for (const mutation of request.mutations) {
      results.push(await applyOne(tx, principal, request.clientId, mutation, state));
    }
    if (state.changed) await tx.query('UPDATE teams SET change_seq = $2 WHERE id = $1', [principal.teamId, state.seq]);
    return { results };
  });
}

async function applyOne(
  tx: Queryable,
  principal: Principal,
  clientId: string,
  mutation: Mutation,
  state: { seq: number; changed: boolean },
): Promise<PushResult> {
  const { id, entity, entityId } = mutation;
  // Decided before: applied (answer `duplicate`) or refused by the team's rules (refuse again).
  const seen = await tx.query<{ version: unknown; reason: RejectReason | null; message: string | null }>(
    `SELECT version, NULL AS reason, NULL AS message FROM applied_mutations
      WHERE team_id = $1 AND client_id = $2 AND mutation_id = $3
     UNION ALL
     SELECT 0, reason, message FROM refused_mutations
      WHERE team_id = $1 AND client_id = $2 AND mutation_id = $3`,
    [principal.teamId, clientId, id],
  );
  const decided = seen.rows[0];
  if (decided?.reason) return rejected(id, decided.reason, decided.message ?? '');
  if (decided) return { id, status: 'duplicate', version: toNumber(decided.version) };

  // No row lock needed: the team lock already serialises every write to this team's records,
  // and locking another team's row here could deadlock against that team's push.
  const found = await tx.query<StoredRecord>(
    'SELECT team_id, version, data, deleted FROM records WHERE entity = $1 AND entity_id = $2',
    [entity, entityId],
  );
  const current = found.rows[0];
  // Ids are unique across teams: another team's id is refused, and nothing about it is said.
  if (current && current.team_id !== principal.teamId) return idTaken(id);

  const currentVersion = current ? toNumber(current.version) : 0;

  // The team's rules, before anything about the data's validity or the version: a refused write is
  // final and logged, so a retry is refused the same way even if the user's role or the server's
  // copy changes meanwhile. Some rules judge the write against the server's copy (a rep may seed a
  // default script the team does not have, or bump a script's usage counters), so they get it.
  const refusal = refusalFor({
    role: principal.role,
    entity,
    op: mutation.op,
    entityId,
    data: mutation.data,
    server: current ? { data: current.deleted ? null : current.data } : null,
    basedOnCurrent: mutation.baseVersion === currentVersion,
  });
  if (refusal !== null) {
    await tx.query(
      `INSERT INTO refused_mutations (team_id, client_id, mutation_id, entity, entity_id, op, reason, message, user_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'forbidden', $7, $8)`,
      [principal.teamId, clientId, id, entity, entityId, mutation.op, refusal, principal.userId],
    );
    return rejected(id, 'forbidden', refusal);
  }

  let data: Record<string, unknown> | null = null;
  if (mutation.op === 'put') {
    if (mutation.data === null) return rejected(id, 'invalid_data', 'put needs data');
    const parsed = ENTITY_SCHEMAS[entity].safeParse(mutation.data);
    if (!parsed.success) return rejected(id, 'invalid_data', describeFirstIssue(parsed.error));
    if (parsed.data.id !== entityId) return rejected(id, 'id_mismatch', 'data.id must equal entityId');
    const unstorable = findUnstorable(mutation.data);
    if (unstorable) return rejected(id, 'invalid_data', unstorable);
    // Stored as sent, not as parsed: fields a newer extension added survive an older server.
    data = mutation.data;
  }

  if (mutation.baseVersion !== currentVersion) return { id, status: 'conflict', server: serverCopy(entity, entityId, current) };

  let version = currentVersion;
  if (mutation.op === 'put' || current) {
    version = currentVersion + 1;
    state.seq += 1;
    state.changed = true;
    const stored = data ? JSON.stringify({ ...data, version }) : null;
    if (current) {
      await tx.query(
        `UPDATE records SET version = $3, data = $4::jsonb, deleted = $5, seq = $6, updated_by = $7, updated_at = now()
          WHERE entity = $1 AND entity_id = $2`,
        [entity, entityId, version, stored, data === null, state.seq, principal.userId],
      );
    } else {
      const inserted = await tx.query(
        `INSERT INTO records (entity, entity_id, team_id, version, data, deleted, seq, updated_by)
         VALUES ($1, $2, $3, $4, $5::jsonb, false, $6, $7)
         ON CONFLICT (entity, entity_id) DO NOTHING RETURNING 1`,
        [entity, entityId, principal.teamId, version, stored, state.seq, principal.userId],
      );
      // Another team created this id between our read and our insert.
      if (inserted.rows.length === 0) {
        state.seq -= 1;
        return idTaken(id);
      }
    }
  }
  // A delete of a record the server never had is applied as a no-op at version 0.
  await tx.query(
    `INSERT INTO applied_mutations (team_id, client_id, mutation_id, entity, entity_id, version, user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [principal.teamId, clientId, id, entity, entityId, version, principal.userId],
  );
  return { id, status: 'applied', version };
}

function rejected(id: string, reason: RejectReason, message: string): PushResult {
  return { id, status: 'rejected', reason, message: message.slice(0, 500) };
}

function idTaken(id: string): PushResult {
  return rejected(id, 'id_taken', 'this entity id is not available; create the record under a new id');
}

function serverCopy(entity: Mutation['entity'], entityId: string, row: StoredRecord | undefined): ServerRecord {
  if (!row) return { entity, entityId, version: 0, data: null, deleted: false };
  return { entity, entityId, version: toNumber(row.version), data: row.deleted ? null : row.data, deleted: row.deleted };
}
