import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { openTestDb, type TestDb } from './testDatabase.ts';

describe('migrations on PostgreSQL', () => {
  let test: TestDb | undefined;
  afterEach(async () => {
    await test?.dispose();
    test = undefined;
  });

  async function tables(db: TestDb['db']): Promise<string[]> {
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    return rows.map((row) => row.table_name);
  }

  it('loads the numbered files in order', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(migrations[0]!.name).toBe('init');
  });

  it('migrates an empty database, records each version, and is a no-op the second time', async () => {
    test = await openTestDb('pg');
    expect(await tables(test.db)).toEqual([]);
    const all = await loadMigrations();
    expect(await migrate(test.db)).toEqual(all.map((migration) => migration.version));
    expect(await tables(test.db)).toEqual(['applied_mutations', 'records', 'refused_mutations', 'schema_migrations', 'teams', 'tokens', 'users']);
    const { rows } = await test.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(all.map((migration) => ({ version: migration.version, name: migration.name })));
    expect(await migrate(test.db)).toEqual([]);
  });

  it('applies only the pending steps', async () => {
    test = await openTestDb('pg');
    const all = await loadMigrations();
    await migrate(test.db, all);
    const next = { version: all.length + 1, name: 'add_probe', sql: 'CREATE TABLE probe (id int PRIMARY KEY);' };
    expect(await migrate(test.db, [...all, next])).toEqual([next.version]);
    expect(await tables(test.db)).toContain('probe');
  });

  it('rolls back every step of a failed run, leaving the schema as it was', async () => {
    test = await openTestDb('pg');
    const all = await loadMigrations();
    const broken = { version: all.length + 1, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;' };
    await expect(migrate(test.db, [...all, broken])).rejects.toThrow();
    expect(await tables(test.db)).toEqual([]);
  });

  it('survives two servers migrating at once', async () => {
    test = await openTestDb('pg');
    const results = await Promise.all([migrate(test.db), migrate(test.db)]);
    expect(results.flat().sort()).toEqual((await loadMigrations()).map((migration) => migration.version));
  });
});
