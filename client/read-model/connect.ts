// Where the operator commands find dondoc's services: DATABASE_URL and TEMPORAL_ADDRESS when
// they are set, otherwise the `dondoc up` running on this machine, which publishes its Temporal
// address and its embedded database in <data dir>/runtime.json.
import type { Client } from '@temporalio/client';
import { createPrismaClient } from '../../prisma/client';
import type { Prisma } from '../../prisma/generated/client';
import type { DondocConfig } from '../../workers/config';
import { readRuntimeFile } from '../../workers/runtime-file';
import { redact } from '../../workers/services/database';
import { ExitCode, UserFacingError } from '../errors';
import { connectClient } from '../temporal-client';

/** What a read sees: the model delegates, inside one read-only transaction. */
export type TReadClient = Prisma.TransactionClient;

export interface TReadModel {
  /** Runs `read` in one read-only, repeatable-read transaction: one consistent snapshot. */
  read<T>(read: (db: TReadClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/*
 * Why every read is a transaction: the embedded database is one PostgreSQL backend behind a
 * socket that multiplexes every connection onto it, message by message, and keeps one
 * connection's messages together only while that connection is inside a transaction block
 * (pglite-socket's query queue; electric-sql/pglite#1046). A query's Parse/Bind/Execute/Sync
 * outside a transaction can interleave with another connection's and bind the other's
 * statement. Inside BEGIN … COMMIT (both simple queries, each one message) the queue serves this
 * connection alone, so its queries cannot be split, and the worker's waits until COMMIT.
 * Transactions are kept short for the same reason: the worker waits while one is open.
 */
const readTransaction = { isolationLevel: 'RepeatableRead', maxWait: 30_000, timeout: 60_000 } as const;

/** DATABASE_URL, else the embedded database of the `dondoc up` running on this machine. */
export async function resolveDatabaseUrl(config: DondocConfig): Promise<string> {
  const connectionString = config.databaseUrl ?? (await readRuntimeFile(config.dataDirectory))?.databaseUrl;
  if (!connectionString) {
    throw new UserFacingError(
      `no running dondoc found in ${config.dataDirectory} and DATABASE_URL is not set: start dondoc first (npm run up), ` +
        'set DONDOC_DATA_DIR to the data directory of the dondoc that runs, or set DATABASE_URL.',
      ExitCode.serviceUnavailable,
    );
  }
  return connectionString;
}

export async function openReadModel(config: DondocConfig): Promise<TReadModel> {
  const connectionString = await resolveDatabaseUrl(config);
  // A command that only reads needs one connection, and on the embedded database takes no more.
  const prisma = createPrismaClient({ connectionString, maxConnections: 1 });
  const read = <T>(fn: (db: TReadClient) => Promise<T>) =>
    prisma.$transaction(async (db) => {
      await db.$executeRaw`SET TRANSACTION READ ONLY`;
      return fn(db);
    }, readTransaction);
  try {
    await read((db) => db.$queryRaw`SELECT 1`);
  } catch (error) {
    await prisma.$disconnect().catch(() => undefined);
    throw new UserFacingError(
      `cannot read the database at ${redact(connectionString)}: ${(error as Error).message}. ` +
        'Start dondoc first (npm run up), or correct DATABASE_URL.',
      ExitCode.serviceUnavailable,
    );
  }
  return { read, close: () => prisma.$disconnect() };
}

/** The Temporal client, at TEMPORAL_ADDRESS, else where the running `dondoc up` serves it. */
export async function connectTemporal(config: DondocConfig): Promise<{ client: Client; close: () => Promise<void> }> {
  const temporalAddress = config.temporalAddress ?? (await readRuntimeFile(config.dataDirectory))?.temporalAddress;
  return connectClient({ ...config, temporalAddress });
}
