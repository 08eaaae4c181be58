// The embedded PostgreSQL used when DATABASE_URL is not set: PGlite (PostgreSQL compiled to
// WASM) persisted in the data directory and served on a loopback port, so that Prisma, `pg`
// and psql connect to it like to any PostgreSQL server.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { findFreePort, isPortFree } from './ports';
import { EMBEDDED_APPLICATION_NAME } from '../config/database-url';

export interface EmbeddedPostgresOptions {
  /** Directory for the database files; omitted = in memory (tests). */
  dataDirectory?: string;
  /** Port to serve on; omitted = any free port. */
  port?: number;
}

export interface EmbeddedPostgres {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

// PGlite is one PostgreSQL backend; the socket server multiplexes connections onto it. Without
// maxConnections it drops every connection after the first. 20 covers a Prisma pool, the
// schema engine and a psql session with room to spare.
const maxConnections = 20;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const port = options.port ?? (await findFreePort());
  if (options.port !== undefined && !(await isPortFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot listen on it. ` +
        'Stop what uses it, choose another port with DONDOC_PG_PORT, or set DATABASE_URL to use an existing PostgreSQL server.',
    );
  }
  let releaseLock = async () => {};
  if (options.dataDirectory) {
    await mkdir(options.dataDirectory, { recursive: true });
    releaseLock = await lockDirectory(options.dataDirectory);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDirectory ? join(options.dataDirectory, 'pgdata') : undefined);
  } catch (error) {
    await releaseLock();
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL could not open ${options.dataDirectory ?? 'an in-memory database'}: ${String(error)}`,
    );
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    await releaseLock();
    throw new EmbeddedPostgresError(`The embedded PostgreSQL could not listen on 127.0.0.1:${port}: ${String(error)}`);
  }
  return {
    port,
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`,
    async stop() {
      await server.stop();
      await db.close();
      await releaseLock();
    },
  };
}

/**
 * PGlite's files must be opened by one process only; a second one would corrupt them. A pid
 * file guards the directory, and a stale one (its process gone) is taken over.
 */
async function lockDirectory(directory: string): Promise<() => Promise<void>> {
  const lockFile = join(directory, 'dondoc-postgres.pid');
  if (existsSync(lockFile)) {
    const pid = Number((await readFile(lockFile, 'utf8')).trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL in ${directory} is already in use by process ${pid}. ` +
          'Stop that dondoc first, or use another data directory (DONDOC_DATA_DIR).',
      );
    }
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
