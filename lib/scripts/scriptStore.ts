import { Script } from '../model';
import { commitChanges, type LeadKitDatabase } from '../db';
import { DEFAULT_SCRIPTS } from './defaultScripts';

/**
 * The team's scripts library in IndexedDB (issue 6). Reads go through the schema: a record that
 * no longer parses is skipped and reported, never shown half-broken. Writes go through
 * commitChanges, so every edit also reaches the sync outbox.
 */
function parseScript(value: unknown): Script | null {
  const result = Script.safeParse(value);
  if (!result.success) {
    console.warn('[leadkit] skipped an unreadable script record', result.error.issues[0]);
    return null;
  }
  return result.data;
}

export async function listScripts(db: LeadKitDatabase): Promise<Script[]> {
  const values = await db.getAll('scripts');
  return values.map(parseScript).filter((script): script is Script => script !== null);
}

export async function getScript(db: LeadKitDatabase, id: string): Promise<Script | null> {
  const value = await db.get('scripts', id);
  return value === undefined ? null : parseScript(value);
}

/** Stores a script as given (validated first: a bad edit is refused, not stored). */
export async function saveScript(db: LeadKitDatabase, script: Script, now = Date.now()): Promise<Script> {
  const record = Script.parse(script);
  await commitChanges(db, [{ store: 'scripts', op: 'put', record }], now);
  return record;
}

export async function deleteScript(db: LeadKitDatabase, script: Pick<Script, 'id' | 'version'>, now = Date.now()): Promise<void> {
  await commitChanges(db, [{ store: 'scripts', op: 'delete', id: script.id, baseVersion: script.version }], now);
}

/**
 * Which generation of the default library this database has been given. Bump it when
 * DEFAULT_SCRIPTS gains scripts: only ids never seeded before are added.
 */
export const DEFAULT_SCRIPTS_SEED = 1;
const SEED_KEY = 'scriptsSeed';

type SeedRecord = { generation: number; ids: string[] };

function seedRecordOf(value: unknown): SeedRecord {
  if (value && typeof value === 'object' && 'generation' in value && 'ids' in value) {
    const { generation, ids } = value as { generation: unknown; ids: unknown };
    if (typeof generation === 'number' && Array.isArray(ids)) return { generation, ids: ids.filter((id): id is string => typeof id === 'string') };
  }
  return { generation: 0, ids: [] };
}

/**
 * Adds the default scripts once. Idempotent: a script already in the store (a manager may have
 * edited it) is never overwritten, and one the manager deleted is not brought back, because the
 * ids given out are remembered in `meta`. Returns how many scripts were added.
 */
export async function seedDefaultScripts(
  db: LeadKitDatabase,
  defaults: readonly Script[] = DEFAULT_SCRIPTS,
  generation = DEFAULT_SCRIPTS_SEED,
  now = Date.now(),
): Promise<number> {
  const seeded = seedRecordOf(await db.get('meta', SEED_KEY));
  if (seeded.generation >= generation) return 0;
  const given = new Set(seeded.ids);
  const existing = new Set(await db.getAllKeys('scripts'));
  const fresh = defaults.filter((script) => !given.has(script.id) && !existing.has(script.id));
  await commitChanges(db, fresh.map((record) => ({ store: 'scripts', op: 'put', record })), now);
  const ids = [...new Set([...seeded.ids, ...defaults.map((script) => script.id)])];
  await db.put('meta', { generation, ids } satisfies SeedRecord, SEED_KEY);
  return fresh.length;
}
