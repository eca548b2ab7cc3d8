import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { account, clientFor, createRep, openTestDb, put, testApp, type TestDb } from './testDatabase.ts';

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

  it('keeps every record stored as jsonb when its data becomes text (005), and serves and updates it', async () => {
    test = await openTestDb('pg');
    const all = await loadMigrations();
    await migrate(test.db, all.slice(0, 4));
    const rep = await createRep(test.db);
    const kept = account('kept-1', { name: 'Kept \u00e9 "quoted"', tags: ['a', 'b'], extra: { nested: [1, 2.5, null] } });
    await test.db.query(
      `INSERT INTO records (team_id, entity, entity_id, version, data, data_bytes, seq) VALUES ($1, 'account', 'kept-1', 1, $2::jsonb, 10, 1)`,
      [rep.teamId, JSON.stringify({ ...kept, version: 1 })],
    );
    await test.db.query(`INSERT INTO records (team_id, entity, entity_id, version, data, deleted, seq) VALUES ($1, 'account', 'gone-1', 2, NULL, true, 2)`, [rep.teamId]);
    await test.db.query('UPDATE teams SET change_seq = 2 WHERE id = $1', [rep.teamId]);
    expect(await migrate(test.db, all)).toEqual(all.slice(4).map((migration) => migration.version));

    const app = await testApp(test.db);
    try {
      const client = clientFor(app, rep.token);
      const changes = await client.pullAll();
      expect(changes.map(({ entityId, version, deleted }) => ({ entityId, version, deleted }))).toEqual([
        { entityId: 'kept-1', version: 1, deleted: false },
        { entityId: 'gone-1', version: 2, deleted: true },
      ]);
      expect(changes[0]!.data).toEqual({ ...kept, version: 1 });
      const { rows } = await test.db.query<{ data_bytes: number; data: string }>(`SELECT data_bytes, data FROM records WHERE entity_id = 'kept-1'`);
      expect(rows[0]!.data_bytes).toBe(Buffer.byteLength(rows[0]!.data, 'utf8'));
      // A put on the stored version is judged against the converted copy and applied.
      const [result] = (await client.push([put('kept-1', 1, { ...kept, name: 'Renamed' })])).results;
      expect(result).toMatchObject({ status: 'applied', version: 2 });
      expect((await client.pullAll()).find((change) => change.entityId === 'kept-1')?.data).toMatchObject({ name: 'Renamed', tags: ['a', 'b'], version: 2 });
    } finally {
      await app.close();
    }
  });

  it('survives two servers migrating at once', async () => {
    test = await openTestDb('pg');
    const results = await Promise.all([migrate(test.db), migrate(test.db)]);
    expect(results.flat().sort()).toEqual((await loadMigrations()).map((migration) => migration.version));
  });
});
