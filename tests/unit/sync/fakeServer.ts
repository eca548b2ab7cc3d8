import type { Mutation } from '../../../lib/model';
import type { FetchLike } from '../../../lib/sync/client';
import type { Change, PushResult } from '../../../lib/sync/protocol';

interface Row {
  entity: Mutation['entity'];
  entityId: string;
  version: number;
  data: Record<string, unknown> | null;
  deleted: boolean;
  seq: number;
}

export const BACKEND = 'https://sync.example.com';
export const TOKEN = 'lk_unit-test-secret-token-0123456789abcdefABCDEF';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * The protocol as the reference server speaks it (server/src/sync), in memory: versions per
 * record, idempotency by (client, mutation id), conflicts with the server copy, pull by cursor.
 * `intercept` lets a test answer a request itself (a broken backend).
 */
export function createFakeServer() {
  const rows = new Map<string, Row>();
  const applied = new Map<string, number>();
  let seq = 0;
  /** Cursors name the server's epoch: after a restore from backup, older cursors are unknown. */
  let epoch = 1;
  const calls: Array<{ method: string; path: string }> = [];
  let intercept: ((url: URL, init: RequestInit) => Response | Promise<Response> | undefined) | null = null;

  function push(clientId: string, mutations: Mutation[]): PushResult[] {
    return mutations.map((mutation) => {
      const done = applied.get(`${clientId}:${mutation.id}`);
      if (done !== undefined) return { id: mutation.id, status: 'duplicate', version: done };
      const key = `${mutation.entity}:${mutation.entityId}`;
      const row = rows.get(key);
      const current = row?.version ?? 0;
      if (mutation.baseVersion !== current) {
        return {
          id: mutation.id,
          status: 'conflict',
          server: { entity: mutation.entity, entityId: mutation.entityId, version: current, data: row && !row.deleted ? row.data : null, deleted: row?.deleted ?? false },
        };
      }
      let version = current;
      if (mutation.op === 'put' || row) {
        version = current + 1;
        seq += 1;
        rows.set(key, {
          entity: mutation.entity,
          entityId: mutation.entityId,
          version,
          data: mutation.op === 'put' ? { ...mutation.data, version } : null,
          deleted: mutation.op === 'delete',
          seq,
        });
      }
      applied.set(`${clientId}:${mutation.id}`, version);
      return { id: mutation.id, status: 'applied', version };
    });
  }

  function pull(cursor: string, limit: number) {
    const match = /^e(\d+)-(\d+)$/.exec(cursor);
    const after = match ? Number(match[2]) : 0;
    if (cursor && (!match || Number(match[1]) !== epoch || after > seq)) return json(400, { error: { code: 'bad_cursor', message: 'Unknown cursor' } });
    const sorted = [...rows.values()].filter((row) => row.seq > after).sort((a, b) => a.seq - b.seq);
    const page = sorted.slice(0, limit);
    const changes: Change[] = page.map((row) => ({ entity: row.entity, entityId: row.entityId, version: row.version, data: row.deleted ? null : row.data, deleted: row.deleted, cursor: `e${epoch}-${row.seq}` }));
    return json(200, { changes, cursor: changes.at(-1)?.cursor ?? `e${epoch}-${after}`, more: sorted.length > limit });
  }

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    calls.push({ method: init.method ?? 'GET', path: url.pathname });
    const custom = await intercept?.(url, init);
    if (custom) return custom;
    if ((init.headers as Record<string, string>).authorization !== `Bearer ${TOKEN}`) return json(401, { error: { code: 'unauthorized', message: 'A valid bearer token is required' } });
    if (url.pathname === '/v1/push') {
      const body = JSON.parse(String(init.body)) as { clientId: string; mutations: Mutation[] };
      return json(200, { results: push(body.clientId, body.mutations) });
    }
    if (url.pathname === '/v1/pull') return pull(url.searchParams.get('cursor') ?? '', Number(url.searchParams.get('limit') ?? 200));
    if (url.pathname === '/v1/me') {
      return json(200, { protocolVersion: 1, team: { id: 't1', name: 'Acme Sales' }, user: { id: 'u1', name: 'Wang Fang' }, serverTime: Date.now() });
    }
    return json(404, { error: { code: 'not_found', message: 'No such endpoint' } });
  };

  return {
    fetch,
    calls,
    rows,
    applied,
    /** A write by someone else on the team, straight into the server. */
    write(entity: Mutation['entity'], entityId: string, data: Record<string, unknown> | null) {
      const row = rows.get(`${entity}:${entityId}`);
      seq += 1;
      const version = (row?.version ?? 0) + 1;
      rows.set(`${entity}:${entityId}`, { entity, entityId, version, data: data ? { ...data, version } : null, deleted: data === null, seq });
      return version;
    },
    intercept(handler: typeof intercept) {
      intercept = handler;
    },
    /** Forget every cursor (a server restored from a backup). */
    rewind() {
      epoch += 1;
    },
  };
}
