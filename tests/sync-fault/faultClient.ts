import { commitChanges, openLeadKitDB, type LeadKitDatabase } from '../../lib/db';
import type { Account, Activity } from '../../lib/model';
import { createSyncEngine, type SyncOutcome } from '../../lib/sync/engine';
import { listIssues, resolveConflict } from '../../lib/sync/issues';
import { syncDb } from '../../lib/sync/syncDb';
import { sleep } from './faultProxy';

export const EDITABLE = ['name', 'industry', 'region', 'description', 'tags'] as const;
export type EditableField = (typeof EDITABLE)[number];

/** Every write a client made, to check afterwards that none was lost. */
export interface WriteLog {
  createdAccounts: Set<string>;
  createdActivities: Set<string>;
  deletedAccounts: Set<string>;
  /** `${accountId}.${field}` a rep decided in a conflict (a deliberate choice, not a loss). */
  decidedFields: Set<string>;
  /** `${accountId}.${field}` → the clients that wrote it, and this client's last value. */
  fieldWrites: Map<string, { writers: Set<number>; last: Map<number, unknown> }>;
}

export function newWriteLog(): WriteLog {
  return { createdAccounts: new Set(), createdActivities: new Set(), deletedAccounts: new Set(), decidedFields: new Set(), fieldWrites: new Map() };
}

/**
 * One simulated extension install: its own IndexedDB (fake-indexeddb), the real lib/sync engine
 * (through the fault proxy), a rep making random changes, and a sync loop that gets killed.
 */
export async function createFaultClient(index: number, backendUrl: string, token: string, random: () => number, log: WriteLog) {
  const db: LeadKitDatabase = await openLeadKitDB(`fault-client-${index}`);
  const stats = { ops: 0, creates: 0, edits: 0, activities: 0, deletes: 0, kills: 0, runs: 0, failedRuns: 0, conflictsResolved: 0 };
  let counter = 0;
  const errors = new Map<string, number>();

  function engine() {
    return createSyncEngine({
      db: async () => db,
      connection: async () => ({ backendUrl, token }),
      fetch: (url, init) => fetch(url, init),
      now: Date.now,
      random,
      hasPermission: async () => true,
      scheduleRetry: async () => {},
      notify: () => {},
      log: () => {},
      timeoutMs: 4_000,
      pullLimit: 200,
    });
  }

  function wrote(accountId: string, field: string, value: unknown) {
    const key = `${accountId}.${field}`;
    const entry = log.fieldWrites.get(key) ?? { writers: new Set<number>(), last: new Map<number, unknown>() };
    entry.writers.add(index);
    entry.last.set(index, value);
    log.fieldWrites.set(key, entry);
  }

  async function randomAccount(): Promise<Account | undefined> {
    const keys = await db.getAllKeys('accounts');
    const id = keys[Math.floor(random() * keys.length)];
    return id === undefined ? undefined : db.get('accounts', id);
  }

  async function resolveSome(all: boolean): Promise<void> {
    for (const issue of await listIssues(db)) {
      if (issue.kind !== 'conflict' || (!all && random() < 0.5)) continue;
      const choices = Object.fromEntries(issue.fields.map(({ field }) => [field, random() < 0.5 ? 'mine' : 'theirs'] as const));
      for (const { field } of issue.fields) log.decidedFields.add(`${issue.entityId}.${field}`);
      if (await resolveConflict(db, issue.key, choices)) stats.conflictsResolved += 1;
    }
  }

  /** One random thing a rep does. */
  async function step(): Promise<void> {
    counter += 1;
    stats.ops += 1;
    const now = Date.now();
    const roll = random();
    const target = roll < 0.2 ? undefined : await randomAccount();
    if (!target) {
      const id = `c${index}-a${counter}`;
      const record: Account = {
        id, createdAt: now, updatedAt: now, version: 0, name: `Company ${id}`, domain: `${id}.example.com`, stage: 'lead',
        industry: `industry ${id}`, region: `region ${id}`, description: `about ${id}`, tags: [id], phones: [], emails: [], capturedAt: now,
      };
      await commitChanges(db, [{ store: 'accounts', op: 'put', record }]);
      log.createdAccounts.add(id);
      for (const field of EDITABLE) wrote(id, field, record[field]);
      stats.creates += 1;
    } else if (roll < 0.7) {
      const field = EDITABLE[Math.floor(random() * EDITABLE.length)]!;
      const value = field === 'tags' ? [`c${index}-${counter}`] : `c${index}-${counter}`;
      await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...target, [field]: value, updatedAt: now } }]);
      wrote(target.id, field, value);
      stats.edits += 1;
    } else if (roll < 0.92) {
      const id = `c${index}-act${counter}`;
      const activity: Activity = { id, accountId: target.id, kind: 'note', at: now, content: `note ${id}`, createdAt: now, updatedAt: now, version: 0 };
      await commitChanges(db, [{ store: 'activities', op: 'put', record: activity }]);
      log.createdActivities.add(id);
      stats.activities += 1;
    } else if (roll < 0.95) {
      await commitChanges(db, [{ store: 'accounts', op: 'delete', id: target.id, baseVersion: target.version }]);
      log.deletedAccounts.add(target.id);
      stats.deletes += 1;
    } else {
      await resolveSome(false);
    }
  }

  /** Sync runs back to back; some are killed part way (a worker stopped), each by a fresh engine. */
  async function syncLoop(running: () => boolean): Promise<void> {
    while (running()) {
      const controller = new AbortController();
      const kill = random() < 0.25 ? setTimeout(() => controller.abort(), random() * 300) : undefined;
      const outcome: SyncOutcome = await engine().run('manual', controller.signal);
      clearTimeout(kill);
      stats.runs += 1;
      if (controller.signal.aborted) stats.kills += 1;
      if (outcome.outcome === 'failed') {
        stats.failedRuns += 1;
        errors.set(outcome.error ?? 'unknown', (errors.get(outcome.error ?? 'unknown') ?? 0) + 1);
      }
      await sleep(10 + random() * 120);
    }
  }

  /** After the chaos: resolve what is open and sync until nothing is left to send. */
  async function settle(): Promise<{ pulled: number; pending: number; conflicts: number }> {
    await resolveSome(true);
    let pulled = 0;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const outcome = await engine().run('manual');
      pulled += outcome.pulled;
      if (outcome.outcome === 'synced' && (await syncDb(db).count('outbox')) === 0) break;
      await resolveSome(true);
    }
    const issues = await listIssues(db);
    return { pulled, pending: await syncDb(db).count('outbox'), conflicts: issues.filter((issue) => issue.kind === 'conflict').length };
  }

  return { index, db, stats, errors, step, syncLoop, settle };
}

export type FaultClient = Awaited<ReturnType<typeof createFaultClient>>;
