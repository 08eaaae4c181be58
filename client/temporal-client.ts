// The Temporal client the CLI commands use: TEMPORAL_ADDRESS, or the dev server `dondoc up` runs.
import { Client, Connection } from '@temporalio/client';
import type { DondocConfig } from '../config/config';
import { temporalConnectionOptions } from '../config/temporal-connection';
import { AppError } from './errors';

export async function connectClient(config: DondocConfig): Promise<{ client: Client; close: () => Promise<void> }> {
  const address = config.temporalAddress ?? `127.0.0.1:${config.temporalPort}`;
  let connection: Connection;
  try {
    connection = await Connection.connect({ ...temporalConnectionOptions(config, address), connectTimeout: 5_000 });
    await connection.healthService.check({});
  } catch (error) {
    throw new AppError(
      `Cannot reach Temporal at ${address}: ${(error as Error).message}. Start dondoc first (npm run up), or set TEMPORAL_ADDRESS.`,
      'unavailable',
    );
  }
  return { client: new Client({ connection, namespace: config.namespace }), close: () => connection.close() };
}
