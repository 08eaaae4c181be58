import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsDirectory, schemaPath } from '../../prisma/migrate';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let database: TestDatabase | undefined;
afterAll(async () => {
  await database?.drop();
});

async function createMigration(name: string, env: Record<string, string>) {
  return run(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/create-migration.ts'), name], { env: { ...process.env, ...env } });
}

describe('npm run migration:create', () => {
  it('writes the next migration from a schema change, which then applies in a transaction', async () => {
    const work = await mkdtemp(join(tmpdir(), 'dondoc-schema-'));
    const env = { DONDOC_SCHEMA_PATH: join(work, 'schema.prisma'), DONDOC_MIGRATIONS_DIR: join(work, 'migrations') };
    await cp(defaultMigrationsDirectory, env.DONDOC_MIGRATIONS_DIR, { recursive: true });
    const schema = await readFile(schemaPath, 'utf8');
    await writeFile(env.DONDOC_SCHEMA_PATH, schema);

    expect((await createMigration('nothing_changed', env)).stdout).toContain('nothing to write');

    await writeFile(env.DONDOC_SCHEMA_PATH, `${schema}\nmodel InspectionRound {\n  id     String @id\n  label  String\n}\n`);
    const { stdout } = await createMigration('add_inspection_round', env);
    expect(stdout).toMatch(/Wrote .*_add_inspection_round\/migration\.sql/);
    const folders = (await readdir(env.DONDOC_MIGRATIONS_DIR)).filter((name) => name.endsWith('_add_inspection_round'));
    expect(folders).toHaveLength(1);
    const sql = await readFile(join(env.DONDOC_MIGRATIONS_DIR, folders[0]!, 'migration.sql'), 'utf8');
    expect(sql.startsWith('BEGIN;')).toBe(true);
    expect(sql.trimEnd().endsWith('COMMIT;')).toBe(true);
    expect(sql).toContain('CREATE TABLE "InspectionRound"');
    expect(sql).not.toContain('CREATE TABLE "Agency"');

    database = await createTestDatabase();
    expect(await applyMigrations({ connectionString: database.connectionString, migrationsDirectory: env.DONDOC_MIGRATIONS_DIR })).toEqual([
      folders[0],
    ]);
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    const { rows } = await client.query(`select to_regclass('"InspectionRound"') is not null as exists`);
    await client.end();
    expect(rows[0].exists).toBe(true);

    expect((await createMigration('again', env)).stdout).toContain('nothing to write');
  });
});
