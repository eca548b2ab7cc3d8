import { commitChanges, openLeadKitDB, type LeadKitDatabase } from '../../../lib/db';
import type { Account } from '../../../lib/model';
import { createSyncEngine, type SyncEngineDeps } from '../../../lib/sync/engine';
import { listIssues } from '../../../lib/sync/issues';
import { readSyncState } from '../../../lib/sync/syncState';
import { syncDb } from '../../../lib/sync/syncDb';
import { BACKEND, createFakeServer, TOKEN } from './fakeServer';

export type FakeServer = ReturnType<typeof createFakeServer>;

let clock = 1_700_000_000_000;

export function account(id: string, overrides: Partial<Account> = {}): Account {
  clock += 1;
  return { id, createdAt: clock, updatedAt: clock, version: 0, name: `Account ${id}`, domain: `${id}.example.com`, stage: 'lead', tags: [], phones: [], emails: [], capturedAt: clock, ...overrides };
}

/** One extension install: its own IndexedDB and a sync engine talking to `server`. */
export async function createDevice(name: string, server: FakeServer, overrides: Partial<SyncEngineDeps> = {}) {
  const db = await openLeadKitDB(name);
  const logs: string[] = [];
  const retries: Array<number | null> = [];
  let now = Date.now();
  const deps: SyncEngineDeps = {
    db: async () => db,
    connection: async () => ({ backendUrl: BACKEND, token: TOKEN }),
    fetch: server.fetch,
    now: () => now,
    random: () => 0.5,
    hasPermission: async () => true,
    scheduleRetry: async (at) => void retries.push(at),
    notify: () => {},
    log: (line) => void logs.push(line),
    timeoutMs: 2_000,
    ...overrides,
  };
  const engine = createSyncEngine(deps);
  return {
    db,
    engine,
    logs,
    retries,
    sync: (trigger: Parameters<typeof engine.run>[0] = 'manual') => engine.run(trigger),
    advance(ms: number) {
      now += ms;
    },
    put: (record: Account) => commitChanges(db, [{ store: 'accounts', op: 'put', record }]),
    remove: (id: string, baseVersion: number) => commitChanges(db, [{ store: 'accounts', op: 'delete', id, baseVersion }]),
    get: (id: string) => db.get('accounts', id),
    outbox: () => syncDb(db).getAll('outbox'),
    issues: () => listIssues(db),
    state: () => readSyncState(db),
  };
}

export type Device = Awaited<ReturnType<typeof createDevice>>;

export async function allAccounts(db: LeadKitDatabase): Promise<Account[]> {
  return (await db.getAll('accounts')).sort((a, b) => a.id.localeCompare(b.id));
}
