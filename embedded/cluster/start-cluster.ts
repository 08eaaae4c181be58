// `dondoc cluster up` (#15): dondoc on a real Temporal cluster on this machine. PostgreSQL
// (given or throw-away) holds three databases: Temporal's, its visibility store and dondoc's. The
// Temporal services run as four processes; dondoc runs as two worker processes and two API
// servers, each the ordinary `dondoc worker` / `dondoc serve` with TEMPORAL_ADDRESS and
// DATABASE_URL: the same code as on a hosted cluster. Everything listens on loopback only.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { projectPath } from '../../config/project-root';
import { removeRuntimeFile, writeRuntimeFile } from '../../config/runtime-file';
import { locateClusterBinary, temporalServerSourceDirectory } from '../cluster-binaries';
import { checkDataDirectory } from '../data-directory';
import { openDatabase } from '../database';
import { findPortForLater } from '../ports';
import { outboxDirectoryOf, startSmtpCapture } from '../smtp-capture';
import { ManagedProcess, waitForLogLine, waitForPort } from './managed-process';
import { startWebUi } from './web-ui';
import { createDatabases, startThrowAwayPostgres, useGivenPostgres, type TClusterPostgres } from './postgres-server';
import { archivalUrisIn, type TArchivalUris } from './server-config';
import { choosePorts, ensureNamespace, setUpTemporalSchemas, startTemporalServices, temporalDatabases, type TTemporalServices } from './temporal-cluster';

export const DONDOC_DATABASE = 'dondoc';
/** What `dondoc worker` prints once it polls its task queue (cli/commands/up.ts). */
export const WORKER_READY = 'dondoc worker is ready';

export interface TClusterOptions {
  dataDirectory: string;
  /** An existing server (its user must be allowed to create databases); unset = a throw-away one in the data directory. */
  postgresUrl?: string;
  historyShards: number;
  namespace: string;
  retentionDays: number;
  /** Archive each closed workflow's history to files in the data directory (default on): readable after the retention has deleted it. */
  archival?: boolean;
  workers: number;
  apiServers: number;
  /** Mail goes here; unset = a local capture into <data>/outbox, as `dondoc up` does. */
  smtpUrl?: string;
  progress: (message: string) => void;
}

export interface TRunningCluster {
  temporalAddress: string;
  /** The history service's gRPC port (a drill restarts it and waits for it). */
  historyPort: number;
  databaseUrl: string;
  postgresDescription: string;
  mailDescription: string;
  smtpUrl: string;
  apiUrls: string[];
  /** Null when the UI server could not be provided (webUiUnavailable says why). */
  webUiUrl: string | null;
  webUiUnavailable: string;
  metricsUrls: string[];
  /** Where closed histories are archived; null when archival is off. */
  archival: TArchivalUris | null;
  logDirectory: string;
  temporal: TTemporalServices;
  workers: ManagedProcess[];
  apiServers: ManagedProcess[];
  /** Starts one more dondoc worker or restarts a stopped one (the drill restarts what it killed). */
  startWorker(process: ManagedProcess): Promise<void>;
  stop(): Promise<void>;
}

export async function startCluster(options: TClusterOptions): Promise<TRunningCluster> {
  const { progress } = options;
  const directory = join(options.dataDirectory, 'cluster');
  const logDirectory = join(directory, 'logs');
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => progress(`while stopping: ${String(error)}`));
    stops.length = 0;
  };
  const onUnexpectedExit = (name: string, code: number | null, signal: NodeJS.Signals | null) =>
    progress(`${name} exited on its own (${signal ?? `code ${code}`}): see ${join(logDirectory, `${name}.log`)}`);
  try {
    await checkDataDirectory(options.dataDirectory);
    await mkdir(logDirectory, { recursive: true });
    const server = await locateClusterBinary('server', { onProgress: progress });
    const sqlTool = await locateClusterBinary('sql-tool', { onProgress: progress });
    const source = await temporalServerSourceDirectory();

    let postgres: TClusterPostgres;
    if (options.postgresUrl) postgres = await useGivenPostgres(options.postgresUrl);
    else {
      progress('Starting PostgreSQL…');
      postgres = await startThrowAwayPostgres(join(directory, 'postgres'), await findPortForLater());
    }
    stops.push(postgres.stop);
    const created = await createDatabases(postgres, [temporalDatabases.temporal, temporalDatabases.visibility, DONDOC_DATABASE]);
    if (created.length) progress(`Created the databases ${created.join(', ')}`);
    progress('Setting up the Temporal schemas (temporal-sql-tool)…');
    await setUpTemporalSchemas(sqlTool, postgres, source, join(logDirectory, 'sql-tool.log'));

    progress(`Starting the Temporal services (${options.historyShards} history shards)…`);
    const ports = await choosePorts();
    const archival = options.archival === false ? null : archivalUrisIn(directory);
    const temporal = await startTemporalServices({
      server,
      directory,
      config: { postgres: postgres.endpoint, historyShards: options.historyShards, ports, databases: temporalDatabases, archival },
      onUnexpectedExit,
      progress,
    });
    stops.push(temporal.stop);
    const namespace = await ensureNamespace(temporal.frontendAddress, options.namespace, options.retentionDays, archival);
    progress(
      `Namespace "${options.namespace}": ` +
        (namespace === 'created'
          ? `created, retention ${options.retentionDays} days, ${archival ? `closed histories archived to ${archival.history}` : 'no archival'}`
          : 'exists already (its retention and archival are unchanged)'),
    );

    let webUiUrl: string | null = null;
    let webUiUnavailable = '';
    try {
      const executable = await locateClusterBinary('ui-server', { onProgress: progress });
      const port = await findPortForLater();
      const ui = await startWebUi({ executable, directory, log: join(logDirectory, 'temporal-ui.log'), frontendAddress: temporal.frontendAddress, port, namespace: options.namespace });
      ui.onUnexpectedExit = onUnexpectedExit;
      stops.push(() => ui.stop());
      webUiUrl = `http://127.0.0.1:${port}`;
    } catch (error) {
      webUiUnavailable = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
      progress(`The Temporal Web UI is not available (${webUiUnavailable}); the cluster runs without it.`);
    }

    const databaseUrl = postgres.urlFor(DONDOC_DATABASE);
    const database = await openDatabase({ databaseUrl, dataDirectory: options.dataDirectory, onProgress: progress });
    await database.close();

    let smtpUrl = options.smtpUrl;
    let mailDescription = smtpUrl ? 'sent through SMTP_URL' : '';
    if (!smtpUrl) {
      const outbox = outboxDirectoryOf(options.dataDirectory);
      const capture = await startSmtpCapture({ directory: outbox });
      stops.push(capture.stop);
      smtpUrl = capture.url;
      mailDescription = `captured in ${outbox} (dondoc outbox)`;
    }

    const dondocEnv = (name: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
      ...process.env,
      TEMPORAL_ADDRESS: temporal.frontendAddress,
      TEMPORAL_NAMESPACE: options.namespace,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      // Each process its own data directory: `dondoc worker` writes a runtime file there.
      DONDOC_DATA_DIR: join(directory, 'dondoc', name),
      ...extra,
    });
    const dondoc = (name: string, command: string, env: NodeJS.ProcessEnv) =>
      new ManagedProcess({ name, command: process.execPath, args: [projectPath('bin', 'dondoc.js'), command], env, log: join(logDirectory, `${name}.log`) });

    // Each worker serves the SDK's metrics (task latencies, slots, failed activities) on its own port.
    const workerMetricsPorts = await Promise.all(Array.from({ length: options.workers }, () => findPortForLater()));
    const workers = workerMetricsPorts.map((metricsPort, index) =>
      dondoc(`dondoc-worker-${index + 1}`, 'worker', dondocEnv(`worker-${index + 1}`, { DONDOC_WORKER_METRICS: `127.0.0.1:${metricsPort}` })),
    );
    const startWorker = async (worker: ManagedProcess) => {
      await mkdir(worker.spec.env!.DONDOC_DATA_DIR!, { recursive: true });
      worker.onUnexpectedExit = onUnexpectedExit;
      worker.start();
    };
    progress(`Starting ${workers.length} dondoc workers and ${options.apiServers} API servers…`);
    for (const worker of workers) {
      await startWorker(worker);
      stops.push(() => worker.stop());
    }
    const apiPorts = await Promise.all(Array.from({ length: options.apiServers }, () => findPortForLater()));
    const apiServers = apiPorts.map((port, index) => dondoc(`dondoc-api-${index + 1}`, 'serve', dondocEnv(`api-${index + 1}`, { DONDOC_API_HOST: '127.0.0.1', DONDOC_API_PORT: String(port) })));
    for (const api of apiServers) {
      await mkdir(api.spec.env!.DONDOC_DATA_DIR!, { recursive: true });
      api.onUnexpectedExit = onUnexpectedExit;
      api.start();
      stops.push(() => api.stop());
    }
    // Workers bundle the workflows at start (tens of seconds on two loaded cores); the API listens sooner.
    await Promise.all([
      ...apiServers.map((api, index) => waitForPort(apiPorts[index]!, { process: api, timeoutMs: 180_000, what: api.spec.name })),
      ...workers.map((worker) => waitForLogLine(worker, WORKER_READY, 180_000)),
    ]);

    // The other dondoc commands on this machine (plan load, status, audit…) find the cluster through it.
    await writeRuntimeFile(options.dataDirectory, { temporalAddress: temporal.frontendAddress, databaseUrl, pid: process.pid });
    stops.push(() => removeRuntimeFile(options.dataDirectory));

    return {
      temporalAddress: temporal.frontendAddress,
      historyPort: ports.history.grpc,
      databaseUrl,
      postgresDescription: postgres.description,
      mailDescription,
      smtpUrl,
      apiUrls: apiPorts.map((port) => `http://127.0.0.1:${port}`),
      webUiUrl,
      webUiUnavailable,
      metricsUrls: [
        ...Object.entries(ports).map(([service, servicePorts]) => `${service} http://127.0.0.1:${servicePorts.metrics}/metrics`),
        ...workerMetricsPorts.map((port, index) => `dondoc-worker-${index + 1} http://127.0.0.1:${port}/metrics`),
      ],
      archival,
      logDirectory,
      temporal,
      workers,
      apiServers,
      startWorker,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
