/**
 * The one small query interface the server needs, so the same code runs on a PostgreSQL server
 * (`pg` Pool) and on embedded PGlite. Parameters are always bound ($1, $2…), never spliced into SQL.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs several statements without parameters (migration files). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pg' | 'pglite';
  /** Runs `work` in one transaction on one connection: commit on return, roll back on throw. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** int8 columns arrive as strings from `pg` and as numbers or bigints from PGlite. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  throw new TypeError(`not a number: ${typeof value}`);
}
