// One call gives a test its own migrated database: a fresh in-memory embedded PostgreSQL by
// default, or a new database on the real server in TEST_DATABASE_URL (CI sets it).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../../prisma/migrate';
import { createPrismaClient, type PrismaClient } from '../../prisma/client';
import { startEmbeddedPostgres } from '../../embedded/embedded-postgres';

export interface TestDatabase {
  connectionString: string;
  kind: 'embedded' | 'server';
  prisma: PrismaClient;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createServerDatabase(serverUrl) : createEmbeddedDatabase();
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgres();
  await applyMigrations({ connectionString: server.connectionString });
  const prisma = createPrismaClient({ connectionString: server.connectionString, maxConnections: 1 });
  return {
    connectionString: server.connectionString,
    kind: 'embedded',
    prisma,
    async drop() {
      await prisma.$disconnect();
      await server.stop();
    },
  };
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `dondoc_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  await applyMigrations({ connectionString });
  const prisma = createPrismaClient({ connectionString });
  return {
    connectionString,
    kind: 'server',
    prisma,
    async drop() {
      await prisma.$disconnect();
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
