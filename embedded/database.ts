// Opens dondoc's system of record: the PostgreSQL server named by DATABASE_URL, or, without
// one, the embedded PostgreSQL in the data directory. Either way the committed migrations are
// applied before anything else touches the database.
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations, MigrationError } from '../prisma/migrate';
import { createPrismaClient, type PrismaClient } from '../prisma/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface DatabaseOptions {
  /** An existing PostgreSQL server; omitted = embedded PostgreSQL in `dataDirectory`. */
  databaseUrl?: string;
  dataDirectory: string;
  embeddedPort?: number;
  onProgress?: (message: string) => void;
}

export interface Database {
  connectionString: string;
  embedded: boolean;
  prisma: PrismaClient;
  appliedMigrations: string[];
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const progress = options.onProgress ?? (() => {});
  let embedded: EmbeddedPostgres | undefined;
  let connectionString = options.databaseUrl;
  if (!connectionString) {
    const directory = join(options.dataDirectory, 'postgres');
    progress(`Starting the embedded PostgreSQL in ${directory}…`);
    embedded = await startEmbeddedPostgres({ dataDirectory: directory, port: options.embeddedPort });
    connectionString = embedded.connectionString;
  } else {
    await checkReachable(connectionString);
  }
  try {
    progress('Applying database migrations…');
    const appliedMigrations = await applyMigrations({ connectionString });
    const prisma = createPrismaClient({ connectionString, maxConnections: embedded ? 1 : 10 });
    return {
      connectionString,
      embedded: Boolean(embedded),
      prisma,
      appliedMigrations,
      async close() {
        await prisma.$disconnect();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    if (error instanceof MigrationError) throw error;
    throw new DatabaseUnavailableError(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Fails fast, with what to do, when DATABASE_URL points at nothing. */
export async function checkReachable(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot reach the PostgreSQL server in DATABASE_URL (${redact(connectionString)}): ${(error as Error).message}. ` +
        'Start that server or correct DATABASE_URL; unset DATABASE_URL to use the embedded PostgreSQL instead.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A connection string without its password, fit for an error message. */
import { redactUrl as redact } from '../config/redact';

export { redact };
