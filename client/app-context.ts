// What every use-case runs with: the configuration and the services, opened on first use and
// closed together. An interface creates one per command (CLI) or per process (HTTP server).
import type { Client } from '@temporalio/client';
import type { DondocConfig } from '../config/config';
import type { TReadClient, TReadModel } from '../data/read-model';
import { connectTemporal, openReadModel } from './connections';

export interface TAppContext {
  config: DondocConfig;
  /** Runs `read` in one read-only snapshot of the read model. */
  read<T>(read: (db: TReadClient) => Promise<T>): Promise<T>;
  /** Runs `read`, one SQL statement, without a transaction where the database allows (see data/read-model.ts). */
  readStatement<T>(read: (db: TReadClient) => Promise<T>): Promise<T>;
  /** Runs `write` in one transaction (sign-ins, sessions, tokens, users, refusals). */
  write<T>(write: (db: TReadClient) => Promise<T>): Promise<T>;
  temporal(): Promise<Client>;
  close(): Promise<void>;
}

export function createAppContext(config: DondocConfig): TAppContext {
  let readModel: Promise<TReadModel> | null = null;
  let temporal: Promise<{ client: Client; close: () => Promise<void> }> | null = null;
  return {
    config,
    async read(read) {
      readModel ??= openReadModel(config);
      return (await readModel).read(read);
    },
    async readStatement(read) {
      readModel ??= openReadModel(config);
      return (await readModel).readStatement(read);
    },
    async write(write) {
      readModel ??= openReadModel(config);
      return (await readModel).write(write);
    },
    async temporal() {
      temporal ??= connectTemporal(config);
      return (await temporal).client;
    },
    async close() {
      const opened = [readModel?.then((model) => model.close()), temporal?.then((connection) => connection.close())];
      readModel = temporal = null;
      await Promise.all(opened.map((closing) => closing?.catch(() => undefined)));
    },
  };
}

/** Runs one use-case with a context of its own, closed afterwards whatever happens. */
export async function withAppContext<T>(config: DondocConfig, run: (context: TAppContext) => Promise<T>): Promise<T> {
  const context = createAppContext(config);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}
