// The PostgreSQL server under a local cluster (#15): the one `--postgres-url` names, or a
// throw-away one in the data directory (Debian's server binaries, initdb + pg_ctl, as
// scripts/start-postgres-server.sh does for the tests). PGlite, `dondoc up`'s embedded database,
// serves one backend only and speaks no PostgreSQL the Temporal server's pgx driver can rely on
// under four services' connection pools: the cluster needs a real server.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { TPostgresEndpoint } from './server-config';

export class ClusterPostgresError extends Error {
  override name = 'ClusterPostgresError';
}

export interface TClusterPostgres {
  endpoint: TPostgresEndpoint;
  /** A URL for one database on this server. */
  urlFor(database: string): string;
  /** Stops the server if this process started it; leaves a given server alone. */
  stop(): Promise<void>;
  description: string;
}

export function endpointOf(url: string): TPostgresEndpoint {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || 'postgres'),
    password: decodeURIComponent(parsed.password),
  };
}

export function urlFor(endpoint: TPostgresEndpoint, database: string): string {
  const credentials = endpoint.password ? `${encodeURIComponent(endpoint.user)}:${encodeURIComponent(endpoint.password)}` : encodeURIComponent(endpoint.user);
  return `postgresql://${credentials}@${endpoint.host}:${endpoint.port}/${database}`;
}

/** A server that was given: checked, never stopped by us. */
export async function useGivenPostgres(url: string): Promise<TClusterPostgres> {
  const endpoint = endpointOf(url);
  await query(urlFor(endpoint, 'postgres'), 'select 1').catch((error: unknown) => {
    throw new ClusterPostgresError(`Cannot reach the PostgreSQL server of --postgres-url (${endpoint.host}:${endpoint.port}): ${String(error)}. Start it, or omit --postgres-url to let dondoc start its own.`);
  });
  return { endpoint, urlFor: (database) => urlFor(endpoint, database), stop: async () => {}, description: `${endpoint.host}:${endpoint.port} (given)` };
}

/**
 * Starts (initialising it the first time) a PostgreSQL server in `directory` on `port`, on
 * loopback only, with trust authentication: nothing outside this machine can reach it. Its
 * log is <directory>/server.log.
 */
export async function startThrowAwayPostgres(directory: string, port: number): Promise<TClusterPostgres> {
  // Written by the server's own user: inside its directory.
  const log = join(directory, 'server.log');
  const bin = postgresBinaries();
  // PostgreSQL refuses to run as root: as root, it runs as the package's postgres user, which
  // must be able to reach the directory.
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  await mkdir(directory, { recursive: true });
  if (asOwner.length) {
    await chown(directory, ...(await postgresUserIds()));
    await run([...asOwner, 'test', '-w', directory]).catch(() => {
      throw new ClusterPostgresError(
        `The postgres user cannot write ${directory} (a parent directory is closed to it, e.g. /root). Choose a data directory it can reach (DONDOC_DATA_DIR=/var/lib/dondoc), or give --postgres-url.`,
      );
    });
  }
  const data = join(directory, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) {
    await run([...asOwner, join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  // 200 connections: four Temporal services (20 each, visibility 5), two workers and two API servers (10 each), the tools.
  const settings = `-p ${port} -c listen_addresses=127.0.0.1 -k ${directory} -c max_connections=200`;
  await run([...asOwner, join(bin, 'pg_ctl'), '-D', data, '-l', log, '-w', '-o', settings, 'start']).catch((error: unknown) => {
    throw new ClusterPostgresError(`PostgreSQL did not start in ${data}: ${String(error)}. See ${log}.`);
  });
  const endpoint: TPostgresEndpoint = { host: '127.0.0.1', port, user: 'postgres', password: '' };
  return {
    endpoint,
    urlFor: (database) => urlFor(endpoint, database),
    description: `127.0.0.1:${port}, files in ${data}`,
    stop: async () => {
      await run([...asOwner, join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** Creates each database that does not exist yet. */
export async function createDatabases(postgres: TClusterPostgres, names: string[]): Promise<string[]> {
  const created: string[] = [];
  for (const name of names) {
    const found = await query(postgres.urlFor('postgres'), 'select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) continue;
    await query(postgres.urlFor('postgres'), `create database "${name.replace(/"/g, '""')}"`);
    created.push(name);
  }
  return created;
}

export async function query(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new ClusterPostgresError('No PostgreSQL server is installed (/usr/lib/postgresql/*/bin/initdb): `apt-get install postgresql`, or give --postgres-url.');
  return join(root, newest, 'bin');
}

/** The uid and gid of the package's postgres user, which owns the server's files. */
async function postgresUserIds(): Promise<[number, number]> {
  return [Number(await run(['id', '-u', 'postgres'])), Number(await run(['id', '-g', 'postgres']))];
}

function run(command: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`${command.join(' ')} exited with ${code}: ${output.trim().slice(-500)}`))));
  });
}
