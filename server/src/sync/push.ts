import { createHash } from 'node:crypto';
import type { Mutation, SyncedEntity } from '../../../lib/model/index.ts';
import { describeFirstIssue, type PushRequest, type PushResponse, type PushResult, type RejectReason, type ServerRecord } from '../../../lib/sync/protocol.ts';
import type { Principal } from '../auth.ts';
import { toNumber, type Db, type Queryable } from '../db/types.ts';
import { unauthorized } from '../errors.ts';
import { ENTITY_SCHEMAS } from './entities.ts';
import { findUnstorableJson } from './text.ts';
import { refusalFor } from './writeRules.ts';

/** Largest record a push may store (its data as JSON, bytes): a pull answer holds many of them. */
export const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Why a mutation was rejected, more precisely than the protocol's `reason` (which old clients parse
 * as a closed list): sent as the result's extra `code`, which clients that do not know it drop.
 */
export type RejectCode = 'record_too_large' | 'mutation_id_reused';

interface StoredRecord {
  version: number;
  data: Record<string, unknown> | null;
  deleted: boolean;
}

interface Decided {
  version: number;
  reason: RejectReason | null;
  message: string | null;
  payloadHash: string | null;
  userId: string | null;
}

/** One row to write, in the order the team's change sequence gives them. */
interface RecordWrite {
  entity: SyncedEntity;
  entity_id: string;
  version: number;
  /** The data as stored and pulled: as sent, with its new `version`, as JSON; null for a delete. */
  json: string | null;
  /** Bytes of the data as stored, with its new version. */
  bytes: number;
  seq: number;
}

/**
 * Columns of rows, for `unnest($n::type[], …)`: one array literal per column binds a batch in one
 * parameter each. Written here rather than by `pg` (which escapes each element with two regex
 * passes and allocates per element): a batch's record JSON is most of a push's bytes.
 */
function columns<T extends object, K extends keyof T>(rows: Iterable<T>, keys: readonly K[]): string[] {
  const out = keys.map(() => [] as unknown[]);
  for (const row of rows) keys.forEach((k, i) => out[i]!.push(row[k]));
  return out.map((values) => arrayLiteral(values as Array<string | number | null>));
}

/** PostgreSQL's text form of a one-dimensional array: every string quoted, `"` and `\` escaped. */
export function arrayLiteral(values: ReadonlyArray<string | number | null>): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = 'NULL';
    else if (typeof value === 'number') parts[i] = String(value);
    else parts[i] = `"${value.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}

const key = (entity: string, entityId: string) => `${entity}\u0000${entityId}`;

/**
 * What identifies a mutation's content: a retry sends the same, a reused mutation id with other
 * content does not. `at` is left out: it says when, not what is written.
 */
export function payloadHash(mutation: Mutation, dataJson: string = JSON.stringify(mutation.data)): string {
  const { entity, entityId, op, baseVersion } = mutation;
  // The same text as JSON.stringify([entity, entityId, op, baseVersion, data]) (hashes already
  // stored must still match), with the data's JSON made once and shared with the size check and
  // the write.
  const head = JSON.stringify([entity, entityId, op, baseVersion]);
  return createHash('sha256').update(`${head.slice(0, -1)},${dataJson}]`).digest('base64url');
}

/**
 * Applies a batch in one transaction, in a constant number of statements whatever its size: the
 * team's row is locked first, then what was decided before and the current records are read with
 * `= ANY`, the batch is judged in memory in request order, and each table is written with one
 * multi-row statement. The lock serialises a team's writes, so `change_seq` grows in commit order:
 * a pull can never see change 7 and later find change 6 appearing behind its cursor.
 */
export async function applyPush(db: Db, principal: Principal, request: PushRequest): Promise<PushResponse> {
  if (request.mutations.length === 0) return { results: [] };
  return db.transaction(async (tx) => {
    const team = principal.teamId;
    // The team's lock, and what the foreign keys checked per row before (migration 006), once:
    // the team and the caller (a user of it) exist, and neither can be deleted before commit.
    const { rows } = await tx.query<{ change_seq: unknown }>(
      `SELECT t.change_seq FROM teams t JOIN users u ON u.team_id = t.id AND u.id = $2
        WHERE t.id = $1 FOR UPDATE OF t FOR KEY SHARE OF u`,
      [team, principal.userId],
    );
    // Deleted since the token was checked: as if the token had not been valid.
    if (!rows[0]) throw unauthorized();
    let seq = toNumber(rows[0].change_seq);

    const mutationIds = [...new Set(request.mutations.map((mutation) => mutation.id))];
    const recordKeys = new Map(request.mutations.map((mutation) => [key(mutation.entity, mutation.entityId), mutation] as const));
    const decided = await readDecided(tx, team, request.clientId, mutationIds);
    const current = await readRecords(tx, team, [...recordKeys.values()]);

    const writes = new Map<string, RecordWrite>();
    const applied: Array<{ mutation_id: string; entity: string; entity_id: string; version: number; payload_hash: string }> = [];
    const refused: Array<{ mutation_id: string; entity: string; entity_id: string; op: string; message: string; payload_hash: string }> = [];
    const results: PushResult[] = [];
    for (const mutation of request.mutations) {
      const { id, entity, entityId } = mutation;
      const dataJson = JSON.stringify(mutation.data);
      const hash = payloadHash(mutation, dataJson);
      // Decided before (in an earlier push or earlier in this batch): the same answer again, if it
      // is the same mutation from the same user.
      const before = decided.get(id);
      if (before) {
        if ((before.payloadHash !== null && before.payloadHash !== hash) || before.userId !== principal.userId) {
          results.push(rejected(id, 'invalid_data', 'This mutation id was already used for another change; send this change under a new mutation id', 'mutation_id_reused'));
        } else if (before.reason) {
          results.push(rejected(id, before.reason, before.message ?? ''));
        } else {
          results.push({ id, status: 'duplicate', version: before.version });
        }
        continue;
      }

      const stored = current.get(key(entity, entityId));
      const currentVersion = stored?.version ?? 0;

      // The team's rules, before anything about the data's validity or the version: a refused write is
      // final and logged, so a retry is refused the same way even if the user's role or the server's
      // copy changes meanwhile. Some rules judge the write against the server's copy (a rep may seed a
      // default script the team does not have, or bump a script's usage counters), so they get it.
      const refusal = refusalFor({
        role: principal.role,
        user: { id: principal.userId, name: principal.userName },
        entity,
        op: mutation.op,
        entityId,
        data: mutation.data,
        server: stored ? { data: stored.deleted ? null : stored.data } : null,
        basedOnCurrent: mutation.baseVersion === currentVersion,
      });
      if (refusal !== null) {
        refused.push({ mutation_id: id, entity, entity_id: entityId, op: mutation.op, message: refusal, payload_hash: hash });
        decided.set(id, { version: 0, reason: 'forbidden', message: refusal, payloadHash: hash, userId: principal.userId });
        results.push(rejected(id, 'forbidden', refusal));
        continue;
      }

      if (mutation.op === 'put') {
        if (mutation.data === null) {
          results.push(rejected(id, 'invalid_data', 'put needs data'));
          continue;
        }
        // Size first: it is the cheapest check, and it bounds what the others read.
        if (Buffer.byteLength(dataJson, 'utf8') > MAX_RECORD_BYTES) {
          results.push(rejected(id, 'invalid_data', `A record may hold at most ${MAX_RECORD_BYTES} bytes of JSON; this one is larger`, 'record_too_large'));
          continue;
        }
        const problem = dataProblem(entity, entityId, mutation.data, dataJson);
        if (problem) {
          results.push(rejected(id, problem.reason, problem.message, problem.code));
          continue;
        }
      }

      if (mutation.baseVersion !== currentVersion) {
        results.push({ id, status: 'conflict', server: serverCopy(entity, entityId, stored) });
        continue;
      }

      let version = currentVersion;
      // A delete of a record the server never had is applied as a no-op at version 0.
      if (mutation.op === 'put' || stored) {
        version = currentVersion + 1;
        seq += 1;
        // Stored as sent, not as parsed: fields a newer extension added survive an older server.
        const data = mutation.op === 'put' && mutation.data ? { ...mutation.data, version } : null;
        // The exact text a pull sends: the database stores it without parsing it.
        const json = data ? JSON.stringify(data) : null;
        writes.set(key(entity, entityId), { entity, entity_id: entityId, version, json, bytes: json ? Buffer.byteLength(json, 'utf8') : 0, seq });
        current.set(key(entity, entityId), { version, data, deleted: data === null });
      }
      applied.push({ mutation_id: id, entity, entity_id: entityId, version, payload_hash: hash });
      decided.set(id, { version, reason: null, message: null, payloadHash: hash, userId: principal.userId });
      results.push({ id, status: 'applied', version });
    }

    if (writes.size > 0 || applied.length > 0 || refused.length > 0) {
      // Every table in one statement (one round trip, however much the batch wrote); a column's
      // empty array inserts nothing. A record written twice in the batch is stored once, at its
      // last version and change number; its JSON text goes in as written here, never parsed.
      await tx.query(
        `WITH written AS (
           INSERT INTO records (team_id, entity, entity_id, version, data, data_bytes, deleted, seq, updated_by)
           SELECT $1, w.entity, w.entity_id, w.version, w.data, w.data_bytes, w.data IS NULL, w.seq, $2
             FROM unnest($4::text[], $5::text[], $6::bigint[], $7::text[], $8::integer[], $9::bigint[]) AS w(entity, entity_id, version, data, data_bytes, seq)
           ON CONFLICT (team_id, entity, entity_id) DO UPDATE
             SET version = EXCLUDED.version, data = EXCLUDED.data, data_bytes = EXCLUDED.data_bytes, deleted = EXCLUDED.deleted,
                 seq = EXCLUDED.seq, updated_by = EXCLUDED.updated_by, updated_at = now()
         ), applied AS (
           INSERT INTO applied_mutations (team_id, client_id, mutation_id, entity, entity_id, version, user_id, payload_hash)
           SELECT $1, $3, a.mutation_id, a.entity, a.entity_id, a.version, $2, a.payload_hash
             FROM unnest($10::text[], $11::text[], $12::text[], $13::bigint[], $14::text[]) AS a(mutation_id, entity, entity_id, version, payload_hash)
         ), refused AS (
           INSERT INTO refused_mutations (team_id, client_id, mutation_id, entity, entity_id, op, reason, message, user_id, payload_hash)
           SELECT $1, $3, r.mutation_id, r.entity, r.entity_id, r.op, 'forbidden', r.message, $2, r.payload_hash
             FROM unnest($15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[]) AS r(mutation_id, entity, entity_id, op, message, payload_hash)
         )
         UPDATE teams SET change_seq = $21 WHERE id = $1 AND change_seq <> $21`,
        [
          team,
          principal.userId,
          request.clientId,
          ...columns(writes.values(), ['entity', 'entity_id', 'version', 'json', 'bytes', 'seq'] as const),
          ...columns(applied, ['mutation_id', 'entity', 'entity_id', 'version', 'payload_hash'] as const),
          ...columns(refused, ['mutation_id', 'entity', 'entity_id', 'op', 'message', 'payload_hash'] as const),
          seq,
        ],
      );
    }
    return { results };
  });
}

async function readDecided(tx: Queryable, team: string, clientId: string, mutationIds: string[]): Promise<Map<string, Decided>> {
  const { rows } = await tx.query<{ mutation_id: string; version: unknown; reason: RejectReason | null; message: string | null; payload_hash: string | null; user_id: string | null }>(
    `SELECT mutation_id, version, NULL AS reason, NULL AS message, payload_hash, user_id FROM applied_mutations
      WHERE team_id = $1 AND client_id = $2 AND mutation_id = ANY($3::text[])
     UNION ALL
     SELECT mutation_id, 0, reason, message, payload_hash, user_id FROM refused_mutations
      WHERE team_id = $1 AND client_id = $2 AND mutation_id = ANY($3::text[])`,
    [team, clientId, mutationIds],
  );
  return new Map(
    rows.map((row) => [
      row.mutation_id,
      { version: toNumber(row.version), reason: row.reason, message: row.message, payloadHash: row.payload_hash, userId: row.user_id },
    ]),
  );
}

/**
 * The team's current copies of these ids. No row lock needed: the team lock already serialises
 * every write to this team's records, and records are keyed by team, so no other team's push
 * touches these rows.
 */
async function readRecords(tx: Queryable, team: string, wanted: Array<{ entity: string; entityId: string }>): Promise<Map<string, StoredRecord>> {
  // One primary-key lookup per wanted record, never a scan of the team's rows: OFFSET 0 keeps the
  // planner from turning this into a hash join over the whole team (which it picks when its row
  // estimate per team is low, and which costs time in proportion to the team's size).
  const { rows } = await tx.query<{ entity: string; entity_id: string; version: unknown; data: string | null; deleted: boolean }>(
    `SELECT r.entity, r.entity_id, r.version, r.data, r.deleted
       FROM unnest($2::text[], $3::text[]) AS k(entity, entity_id)
       CROSS JOIN LATERAL (
         SELECT entity, entity_id, version, data, deleted FROM records
          WHERE team_id = $1 AND entity = k.entity AND entity_id = k.entity_id OFFSET 0
       ) r`,
    [team, wanted.map((w) => w.entity), wanted.map((w) => w.entityId)],
  );
  // Only records this batch writes again are parsed (the write rules and a conflict's answer need
  // them as objects); new records, most of a typical batch, have no row here.
  return new Map(rows.map((row) => [key(row.entity, row.entity_id), { version: toNumber(row.version), data: row.data === null ? null : (JSON.parse(row.data) as Record<string, unknown>), deleted: row.deleted }]));
}

function dataProblem(entity: SyncedEntity, entityId: string, data: Record<string, unknown>, json: string): { reason: RejectReason; message: string; code?: RejectCode } | null {
  const parsed = ENTITY_SCHEMAS[entity].safeParse(data);
  if (!parsed.success) return { reason: 'invalid_data', message: describeFirstIssue(parsed.error) };
  if (parsed.data.id !== entityId) return { reason: 'id_mismatch', message: 'data.id must equal entityId' };
  const unstorable = findUnstorableJson(data, json);
  if (unstorable) return { reason: 'invalid_data', message: unstorable };
  return null;
}

function rejected(id: string, reason: RejectReason, message: string, code?: RejectCode): PushResult {
  return { id, status: 'rejected', reason, message: message.slice(0, 500), ...(code ? { code } : {}) } as PushResult;
}

function serverCopy(entity: SyncedEntity, entityId: string, row: StoredRecord | undefined): ServerRecord {
  if (!row) return { entity, entityId, version: 0, data: null, deleted: false };
  return { entity, entityId, version: row.version, data: row.deleted ? null : row.data, deleted: row.deleted };
}
