// The Temporal half of a local cluster (#15): both schemas set up with the server's SQL tool,
// the config written, the four services started as separate processes, the namespace created.
import { appendFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import { postgresSchemaDirectory } from '../cluster-binaries';
import { MAX_RETENTION_DAYS } from './retention';
import { findPortForLater } from '../ports';
import { ManagedProcess, waitForPort } from './managed-process';
import { query, type TClusterPostgres } from './postgres-server';
import { serverConfigFiles, serviceArguments, temporalServices, type TArchivalUris, type TServerConfigOptions, type TServicePorts, type TTemporalService } from './server-config';

/** temporal.api.enums.v1.ArchivalState.ARCHIVAL_STATE_ENABLED (the proto package is not one of dondoc's dependencies). */
const ARCHIVAL_STATE_ENABLED = 2;

export const temporalDatabases = { temporal: 'temporal', visibility: 'temporal_visibility' } as const;


/** Sets up, or brings up to date, both Temporal schemas: setup-schema once, update-schema every time (it applies only newer versions). */
export async function setUpTemporalSchemas(sqlTool: string, postgres: TClusterPostgres, sourceDirectory: string, log: string): Promise<void> {
  for (const [database, schema] of [
    [temporalDatabases.temporal, 'temporal'],
    [temporalDatabases.visibility, 'visibility'],
  ] as const) {
    const { host, port, user, password } = postgres.endpoint;
    const connection = ['--plugin', 'postgres12', '--ep', host, '-p', String(port), '-u', user, ...(password ? ['--pw', password] : []), '--db', database];
    const versioned = await query(postgres.urlFor(database), "select to_regclass('schema_version') is not null as present");
    if (!versioned.rows[0]?.present) await runTool(sqlTool, [...connection, 'setup-schema', '-v', '0.0'], log);
    await runTool(sqlTool, [...connection, 'update-schema', '-d', postgresSchemaDirectory(sourceDirectory, schema)], log);
  }
}

export async function choosePorts(): Promise<Record<TTemporalService, TServicePorts>> {
  const ports = {} as Record<TTemporalService, TServicePorts>;
  const taken = new Set<number>();
  const next = async () => {
    for (;;) {
      const port = await findPortForLater();
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  };
  for (const service of temporalServices) ports[service] = { grpc: await next(), membership: await next(), metrics: await next() };
  return ports;
}

export interface TTemporalServices {
  frontendAddress: string;
  processes: Record<TTemporalService, ManagedProcess>;
  stop(): Promise<void>;
}

/** Writes the config and starts frontend, history, matching and worker, in that order. */
export async function startTemporalServices(options: {
  server: string;
  directory: string;
  config: TServerConfigOptions;
  onUnexpectedExit: (name: string, code: number | null, signal: NodeJS.Signals | null) => void;
  progress: (message: string) => void;
}): Promise<TTemporalServices> {
  const configDirectory = join(options.directory, 'config');
  const logs = join(options.directory, 'logs');
  await mkdir(configDirectory, { recursive: true });
  await mkdir(logs, { recursive: true });
  for (const [name, text] of Object.entries(serverConfigFiles(options.config))) await writeFile(join(configDirectory, name), text);
  const processes = {} as Record<TTemporalService, ManagedProcess>;
  const started: ManagedProcess[] = [];
  const stop = async () => {
    for (const process of [...started].reverse()) await process.stop();
  };
  try {
    for (const service of temporalServices) {
      const process = new ManagedProcess({ name: `temporal-${service}`, command: options.server, args: serviceArguments(configDirectory, service), log: join(logs, `temporal-${service}.log`) });
      process.onUnexpectedExit = options.onUnexpectedExit;
      processes[service] = process;
      process.start();
      started.push(process);
      // The internal worker service serves no gRPC: it is up once it listens for the membership ring.
      const port = service === 'worker' ? options.config.ports[service].membership : options.config.ports[service].grpc;
      await waitForPort(port, { process, timeoutMs: 90_000, what: `the Temporal ${service} service` });
      options.progress(`  Temporal ${service} listens on 127.0.0.1:${port} (pid ${process.pid})`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { frontendAddress: `127.0.0.1:${options.config.ports.frontend.grpc}`, processes, stop };
}

/**
 * Registers the namespace with its retention, or leaves an existing one as it is. Retention is
 * how long a closed workflow's history stays readable (docs/deployment.md: what auditors see after).
 */
export async function ensureNamespace(address: string, namespace: string, retentionDays: number, archival: TArchivalUris | null): Promise<'created' | 'existed'> {
  if (retentionDays * 24 < 1 || retentionDays > MAX_RETENTION_DAYS) {
    throw new Error(`--retention-days ${retentionDays}: the Temporal server accepts 1 hour to ${MAX_RETENTION_DAYS} days (100 years).`);
  }
  const connection = await Connection.connect({ address });
  try {
    // The frontend listens before history and matching have found each other: retry for a minute.
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await connection.workflowService.registerNamespace({
          namespace,
          workflowExecutionRetentionPeriod: msToTs(Math.round(retentionDays * 86_400_000)),
          description: 'dondoc (created by dondoc cluster up)',
          ...(archival
            ? {
                historyArchivalState: ARCHIVAL_STATE_ENABLED,
                historyArchivalUri: archival.history,
                visibilityArchivalState: ARCHIVAL_STATE_ENABLED,
                visibilityArchivalUri: archival.visibility,
              }
            : {}),
        });
        break;
      } catch (error) {
        if ((error as Error).message.includes('already')) return 'existed';
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    // Every service's namespace cache refreshes every 2 s: the namespace is usable once it is described.
    while ((await connection.workflowService.describeNamespace({ namespace }).catch(() => null)) === null) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return 'created';
  } finally {
    await connection.close();
  }
}

function runTool(command: string, args: string[], log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      appendFileSync(log, `$ temporal-sql-tool ${args.join(' ')}\n${output}\n`);
      if (code === 0) resolve();
      else reject(new Error(`temporal-sql-tool ${args.slice(-3).join(' ')} exited with ${code}: ${output.trim().split('\n').slice(-3).join(' | ')} (full output in ${log})`));
    });
  });
}
