// The read model: dondoc's PostgreSQL records read in one consistent snapshot, for the
// application layer's queries (status, lists, reports, the audit timeline).
import { isEmbeddedDatabaseUrl, poolSizeFor } from '../config/database-url';
import { createPrismaClient } from '../prisma/client';
import type { Prisma } from '../prisma/generated/client';

/** What a read sees: the model delegates, inside one read-only transaction. */
export type TReadClient = Prisma.TransactionClient;

export interface TReadModel {
  /** Runs `read` in one read-only, repeatable-read transaction: one consistent snapshot. */
  read<T>(read: (db: TReadClient) => Promise<T>): Promise<T>;
  /**
   * Runs `read`, one SQL statement: alone on a PostgreSQL server, where a statement sees one
   * snapshot by itself (the transaction's three round trips saved), in a read transaction on the
   * embedded database (see below).
   */
  readStatement<T>(read: (db: TReadClient) => Promise<T>): Promise<T>;
  /** Runs `write` in one read-write transaction: all of it, or none of it. */
  write<T>(write: (db: TReadClient) => Promise<T>): Promise<T>;
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
const readTransaction = { maxWait: 30_000, timeout: 60_000 } as const;

/**
 * One connection on the embedded database, which takes no more; a pool of `pool` on a PostgreSQL
 * server, so that concurrent API requests do not queue behind each other. Throws the driver's
 * error if the database does not answer.
 */
export async function openReadModel(connectionString: string, pool = 1): Promise<TReadModel> {
  const prisma = createPrismaClient({ connectionString, maxConnections: poolSizeFor(connectionString, pool) });
  const read = <T>(fn: (db: TReadClient) => Promise<T>) =>
    prisma.$transaction(async (db) => {
      // Isolation and read-only in one statement: one round trip fewer than Prisma's isolationLevel option.
      await db.$executeRaw`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`;
      return fn(db);
    }, readTransaction);
  try {
    await read((db) => db.$queryRaw`SELECT 1`);
  } catch (error) {
    await prisma.$disconnect().catch(() => undefined);
    throw error;
  }
  const write = <T>(fn: (db: TReadClient) => Promise<T>) => prisma.$transaction(fn, { maxWait: readTransaction.maxWait, timeout: readTransaction.timeout });
  const readStatement = isEmbeddedDatabaseUrl(connectionString) ? read : <T>(fn: (db: TReadClient) => Promise<T>) => fn(prisma);
  return { read, readStatement, write, close: () => prisma.$disconnect() };
}
