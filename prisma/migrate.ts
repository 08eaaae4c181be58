// Applies the committed migrations under prisma/migrations at start-up, exactly as
// `prisma migrate deploy` does (same folders, same `_prisma_migrations` table), but through
// Prisma's WASM schema engine, so it also works where the native engine cannot be downloaded.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../config/project-root';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { noFilters, openSchemaEngine, type SchemaEngineConnection } from './schema-engine';

export const prismaDirectory = projectPath('prisma');
export const schemaPath = join(prismaDirectory, 'schema.prisma');
export const defaultMigrationsDirectory = join(prismaDirectory, 'migrations');

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export async function readMigrationList(baseDir = defaultMigrationsDirectory): Promise<MigrationList> {
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const lockPath = join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => {
        const file = join(baseDir, folder, 'migration.sql');
        const content = existsSync(file)
          ? ({ tag: 'ok', value: await readFile(file, 'utf8') } as const)
          : ({ tag: 'error', value: `${file} is missing` } as const);
        return { path: folder, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  };
}

export interface MigrateOptions extends SchemaEngineConnection {
  migrationsDirectory?: string;
}

/**
 * Applies every pending migration and returns the names applied (empty when up to date).
 * Each migration is written inside BEGIN/COMMIT (scripts/create-migration.ts does that), so a
 * failure leaves the database as it was; we then mark it rolled back so the next start can retry
 * once the migration is fixed, instead of refusing to start as `migrate deploy` would (P3009).
 */
export async function applyMigrations(options: MigrateOptions): Promise<string[]> {
  const migrationsList = await readMigrationList(options.migrationsDirectory);
  const { engine, close } = await openSchemaEngine(options, {
    path: schemaPath,
    content: await readFile(schemaPath, 'utf8'),
  });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const failed = /migration_name="([^"]+)"/.exec(text)?.[1];
    if (failed) {
      await engine.markMigrationRolledBack({ migrationName: failed }).catch(() => undefined);
      throw new MigrationError(
        `Migration ${failed} failed and was rolled back; the database is as it was before it.\n` +
          `Fix prisma/migrations/${failed}/migration.sql and start again.\nDatabase said: ${firstLines(text)}`,
        failed,
      );
    }
    throw new MigrationError(`Applying migrations failed: ${firstLines(text)}`);
  } finally {
    await close();
  }
}

function firstLines(text: string): string {
  return text.split('\n').filter(Boolean).slice(0, 6).join('\n');
}
