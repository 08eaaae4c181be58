// Prisma's schema engine compiled to WebAssembly. It replaces the native engine, which Prisma
// downloads at first use and which cannot be downloaded on offline machines. The package's own
// ESM entry imports the .wasm file directly, which Node 20 refuses, so we instantiate it here.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as bindingsModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { projectRequire } from '../config/project-root';

const require = projectRequire;

type Bindings = typeof bindingsModule;
let loaded: Promise<Bindings> | undefined;

// @types/node does not declare the WebAssembly global; this is the part we use.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
};

function loadWasm() {
  loaded ??= (async () => {
    const packageDir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports as never);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })();
  return loaded;
}

export interface SchemaEngineConnection {
  connectionString: string;
  /** PostgreSQL schema to work in; defaults to the connection's search path (normally `public`). */
  schema?: string;
}

export async function openSchemaEngine(
  connection: SchemaEngineConnection,
  datamodel: { path: string; content: string },
): Promise<OpenSchemaEngine> {
  const bindings = await loadWasm();
  const adapter = new PrismaPg(
    // One connection, closed with the engine: Prisma takes a session-level advisory lock for a
    // migration run and never releases it (the native engine simply disconnects), so a
    // connection left open would make the next run wait 10 s for the lock and then fail.
    { connectionString: connection.connectionString, max: 1 },
    connection.schema ? { schema: connection.schema } : undefined,
  );
  const log = (message: string) => {
    if (process.env.DONDOC_DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${message}`);
  };
  const connected: SqlDriverAdapter[] = [];
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(withWholeScripts(adapter, connected)),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(connected.map((each) => each.dispose().catch(() => undefined)));
    },
  };
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its database connections. */
  close(): Promise<void>;
}

/** Tables and enums outside dondoc's schema that the engine must leave alone. */
export const noFilters = { externalTables: [], externalEnums: [] };

// @prisma/adapter-pg 7.10 runs a migration script by splitting it on ";" and sending each piece
// to its pool, which breaks dollar-quoted function bodies and can send BEGIN and COMMIT to two
// different connections. We send the script whole, on one connection, as `psql -f` or the native
// engine would; PostgreSQL then runs it as one transaction, and on failure we roll back before
// the connection goes back to the pool.
function withWholeScripts(factory: PrismaPg, connected: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    connected.push(adapter);
    const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
    const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script) => {
      const client = await pool.connect();
      try {
        await client.query(script);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        reportError(error);
      } finally {
        client.release();
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}
