// Where the application layer finds dondoc's services: DATABASE_URL and TEMPORAL_ADDRESS when
// they are set, otherwise the `dondoc up` running on this machine, which publishes its Temporal
// address and its embedded database in <data dir>/runtime.json. Each failure says what to do.
import type { Client } from '@temporalio/client';
import type { DondocConfig } from '../config/config';
import { redactUrl } from '../config/redact';
import { readRuntimeFile } from '../config/runtime-file';
import { openReadModel as openReadModelAt, type TReadModel } from '../data/read-model';
import { AppError } from './errors';

/** DATABASE_URL, else the embedded database of the `dondoc up` running on this machine. */
export async function resolveDatabaseUrl(config: DondocConfig): Promise<string> {
  const connectionString = config.databaseUrl ?? (await readRuntimeFile(config.dataDirectory))?.databaseUrl;
  if (!connectionString) {
    throw new AppError(
      `no running dondoc found in ${config.dataDirectory} and DATABASE_URL is not set: start dondoc first (npm run up), ` +
        'set DONDOC_DATA_DIR to the data directory of the dondoc that runs, or set DATABASE_URL.',
      'unavailable',
    );
  }
  return connectionString;
}

export async function openReadModel(config: DondocConfig): Promise<TReadModel> {
  const connectionString = await resolveDatabaseUrl(config);
  try {
    return await openReadModelAt(connectionString, config.databasePool ?? 1);
  } catch (error) {
    throw new AppError(
      `cannot read the database at ${redactUrl(connectionString)}: ${(error as Error).message}. Start dondoc first (npm run up), or correct DATABASE_URL.`,
      'unavailable',
    );
  }
}

/** The Temporal client, at TEMPORAL_ADDRESS, else where the running `dondoc up` serves it. */
export async function connectTemporal(config: DondocConfig): Promise<{ client: Client; close: () => Promise<void> }> {
  const temporalAddress = config.temporalAddress ?? (await readRuntimeFile(config.dataDirectory))?.temporalAddress;
  // Loaded on first use: the Temporal client takes hundreds of milliseconds to load, and
  // commands that only read the database (dondoc status) never need it.
  const { connectClient } = await import('./temporal-client');
  return connectClient({ ...config, temporalAddress });
}
