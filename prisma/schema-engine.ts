// Prisma's schema engine compiled to WebAssembly. It replaces the native engine, which Prisma
// downloads at first use and which cannot be downloaded on offline machines. The package's own
// ESM entry imports the .wasm file directly, which Node 20 refuses, so we instantiate it here.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as bindingsModule from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

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
): Promise<SchemaEngine> {
  const bindings = await loadWasm();
  const adapter = new PrismaPg(
    { connectionString: connection.connectionString },
    connection.schema ? { schema: connection.schema } : undefined,
  );
  const log = (message: string) => {
    if (process.env.DONDOC_DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${message}`);
  };
  return bindings.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}

/** Tables and enums outside dondoc's schema that the engine must leave alone. */
export const noFilters = { externalTables: [], externalEnums: [] };
