import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsDirectory, MigrationError, readMigrationList } from '../../prisma/migrate';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migration runner', () => {
  it('records applied migrations in _prisma_migrations as `prisma migrate deploy` does, and applies nothing twice', async () => {
    database = await createTestDatabase();
    const rows = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      database.connectionString,
      'select migration_name, finished_at, rolled_back_at from _prisma_migrations',
    );
    const committed = (await readMigrationList()).migrationDirectories.map((folder) => folder.path);
    expect(committed[0]).toBe('20261129000000_init');
    expect(rows.map((row) => row.migration_name).sort()).toEqual(committed);
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(await applyMigrations({ connectionString: database.connectionString })).toEqual([]);
  });

  it('rolls back a migration that fails half-way, says so, and applies it once fixed', async () => {
    database = await createTestDatabase();
    const migrations = await mkdtemp(join(tmpdir(), 'dondoc-migrations-'));
    await cp(defaultMigrationsDirectory, migrations, { recursive: true });
    const folder = join(migrations, '20991231000000_add_round');
    await mkdir(folder);
    const broken = 'BEGIN;\nCREATE TABLE "InspectionRound" ("id" TEXT PRIMARY KEY);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INT;\nCOMMIT;\n';
    await writeFile(join(folder, 'migration.sql'), broken);

    const failure = await applyMigrations({ connectionString: database.connectionString, migrationsDirectory: migrations }).catch((error) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect(failure.message).toContain('20991231000000_add_round');
    expect(failure.message).toContain('rolled back');
    expect(failure.message).toContain('NoSuchTable');
    const tables = await query<{ exists: boolean }>(database.connectionString, `select to_regclass('"InspectionRound"') is not null as exists`);
    expect(tables[0]?.exists).toBe(false);

    await writeFile(join(folder, 'migration.sql'), broken.replace('ALTER TABLE "NoSuchTable" ADD COLUMN "x" INT;\n', ''));
    expect(await applyMigrations({ connectionString: database.connectionString, migrationsDirectory: migrations })).toEqual([
      '20991231000000_add_round',
    ]);
  });
});
