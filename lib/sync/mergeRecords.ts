/**
 * A record as JSON (the same as syncDb's RecordData). Declared here so the merge has no browser
 * imports: the reference server's tests run it to show a losing install converges.
 */
type RecordData = Record<string, unknown>;

/** Fields every record carries that are bookkeeping, not the rep's content. */
const BOOKKEEPING = new Set(['id', 'version', 'updatedAt', 'createdAt']);
/**
 * Fields computed from the others (the grade): when both sides recomputed them differently the
 * newer record's value is kept instead of asking the rep, who never typed them.
 */
const DERIVED = new Set(['score']);
/**
 * Fields the server decides when both sides set them differently: an account's owner, which the
 * first install to store one keeps (server/src/sync/writeRules.ts), so the other install takes it.
 */
const SERVER_DECIDES = new Set(['ownerId']);

export interface FieldMerge {
  merged: RecordData;
  /** Fields changed on both sides to different values; `merged` holds the local value for them. */
  conflicts: string[];
}

/** Deep equality of JSON-like values; a missing field equals `undefined`. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as RecordData;
  const right = b as RecordData;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

const updatedAtOf = (record: RecordData) => (typeof record.updatedAt === 'number' ? record.updatedAt : 0);

/**
 * Three-way merge of one record, field by field, against the base both sides started from: a
 * field changed on one side only takes that side's value; changed on both to the same value is no
 * conflict; changed on both to different values is a conflict for the rep. `base` null means the
 * two sides share no known base, so every difference is a conflict.
 */
export function mergeRecords(base: RecordData | null, mine: RecordData, theirs: RecordData): FieldMerge {
  const merged: RecordData = { ...theirs };
  const conflicts: string[] = [];
  const fields = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base ?? {})]);
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const local = mine[field];
    const server = theirs[field];
    let value: unknown;
    if (sameValue(local, server)) value = server;
    else if (base && sameValue(local, base[field])) value = server;
    else if (base && sameValue(server, base[field])) value = local;
    else if (SERVER_DECIDES.has(field) && server !== undefined && server !== '') value = server;
    else if (DERIVED.has(field)) value = updatedAtOf(mine) > updatedAtOf(theirs) ? local : server;
    else {
      conflicts.push(field);
      value = local;
    }
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  merged.updatedAt = Math.max(updatedAtOf(mine), updatedAtOf(theirs));
  // The same record made on two devices (no common base): it was created at the earlier time.
  if (typeof mine.createdAt === 'number' && typeof theirs.createdAt === 'number') merged.createdAt = Math.min(mine.createdAt, theirs.createdAt);
  return { merged, conflicts: conflicts.sort() };
}

/** True when two records hold the same content (bookkeeping fields aside). */
export function sameContent(a: RecordData, b: RecordData): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    if (!sameValue(a[field], b[field])) return false;
  }
  return true;
}
