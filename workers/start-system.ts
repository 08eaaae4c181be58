// Brings up everything dondoc needs on one machine, or connects to what the configuration
// names instead: PostgreSQL (embedded or DATABASE_URL), Temporal (dev server or
// TEMPORAL_ADDRESS), and the worker. `dondoc up` and the end-to-end tests both use this.
import { join } from 'node:path';
import type { Worker } from '@temporalio/worker';
import type { DondocConfig } from '../config/config';
import { openDatabase, redact, type Database } from '../embedded/database';
import { checkDataDirectory } from '../embedded/data-directory';
import { startDevServer, type DevServer } from '../embedded/temporal-dev-server';
import { superviseService, type SupervisedService } from './services/supervise-service';
import { ZSupervisionPolicy } from './services/supervision-policy';
import { locateTemporalServer, TemporalBinaryNotFoundError } from '../embedded/temporal-binaries';
import { createWorker } from './worker';
import { temporalConnectionOptions } from '../config/temporal-connection';
import { removeRuntimeFile, writeRuntimeFile } from '../config/runtime-file';
import { createDigestSender, createNoticeSender, redact as redactSmtp } from '../activities/notices';
import { outboxDirectoryOf, startSmtpCapture } from '../embedded/smtp-capture';

export interface RunningSystem {
  temporalAddress: string;
  temporalUiUrl?: string;
  databaseDescription: string;
  mailDescription: string;
  database: Database;
  worker: Worker;
  /** Resolves when the worker stops, rejects if it fails. */
  running: Promise<void>;
  stop(): Promise<void>;
}

export async function startSystem(config: DondocConfig, progress: (message: string) => void): Promise<RunningSystem> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => progress(`while stopping: ${String(error)}`));
    stops.length = 0;
  };
  try {
    // Before anything is started in it: a read-only or full disk is refused with nothing written.
    await checkDataDirectory(config.dataDirectory);
    let devServer: SupervisedService<DevServer> | undefined;
    if (!config.temporalAddress) {
      const executable = await locateTemporalServer('cli', { onProgress: progress });
      if (executable.type !== 'existing-path') {
        // `dondoc up` runs the server as its own child process, so it needs a file on disk.
        throw new TemporalBinaryNotFoundError('cli', ['the SDK download gives no standalone dev server binary for `dondoc up`']);
      }
      progress(`Starting the Temporal dev server (${executable.path})…`);
      // Restarted on the same SQLite file and ports if it dies: the worker and the API reconnect
      // to the same address and find every workflow and timer where it was.
      devServer = await superviseService({
        name: 'the Temporal dev server',
        start: () =>
          startDevServer({
            executable: executable.path,
            dataDirectory: config.dataDirectory,
            port: config.temporalPort,
            uiPort: config.temporalUiPort,
            namespace: config.namespace,
          }),
        where: (server) => `on ${server.address} (pid ${server.pid})`,
        advice:
          `See its log, ${join(config.dataDirectory, 'temporal', 'server.log')}, and whether something else uses port ${config.temporalPort} or ${config.temporalUiPort} or fills the disk; ` +
          'then run `dondoc up` again (the workflows are kept in the data directory).',
        progress,
        policy: restartPolicy(),
      });
      stops.push(devServer.stop);
    }
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDirectory: config.dataDirectory,
      embeddedPort: config.embeddedPostgresPort,
      onProgress: progress,
    });
    stops.push(database.close);

    let smtpUrl = config.smtpUrl;
    let mailDescription = smtpUrl ? `sent through ${redactSmtp(smtpUrl)}` : '';
    if (!smtpUrl) {
      const outbox = outboxDirectoryOf(config.dataDirectory);
      progress(`Starting the local mail capture (outbox ${outbox})…`);
      const capture = await startSmtpCapture({ directory: outbox });
      stops.push(capture.stop);
      smtpUrl = capture.url;
      mailDescription = `captured in ${outbox} (dondoc outbox)`;
    }
    const mail = { prisma: database.prisma, transport: smtpUrl, from: { name: 'dondoc', address: config.mailFrom }, baseUrl: config.baseUrl, digest: config.noticeDigest === 'daily' };
    const sendNotice = createNoticeSender(mail);
    const sendDigests = createDigestSender(mail);

    const temporalAddress = config.temporalAddress ?? devServer!.current().address;
    // Tells the other dondoc commands on this machine where the running services are (the
    // embedded database listens on a port chosen at start).
    await writeRuntimeFile(config.dataDirectory, { temporalAddress, databaseUrl: database.connectionString, pid: process.pid });
    stops.push(() => removeRuntimeFile(config.dataDirectory));
    progress(`Starting the worker on task queue "${config.taskQueue}" (bundling workflows)…`);
    const { worker, close } = await createWorker({
      address: temporalAddress,
      connection: temporalConnectionOptions(config, temporalAddress),
      namespace: config.namespace,
      taskQueue: config.taskQueue,
      prisma: database.prisma,
      sendNotice,
      sendDigests,
      maxCachedWorkflows: config.workerCachedWorkflows,
      metricsAddress: config.workerMetricsAddress,
    });
    stops.push(close);
    const workerRun = worker.run();
    // The worker runs until stopped; a dev server that cannot be kept up ends the run too.
    const running = devServer ? Promise.race([workerRun, devServer.failed]) : workerRun;
    stops.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await workerRun.catch(() => undefined);
    });
    return {
      temporalAddress,
      temporalUiUrl: devServer?.current().uiUrl,
      databaseDescription: database.embedded ? `embedded PostgreSQL at ${database.connectionString}` : redact(database.connectionString),
      mailDescription,
      database,
      worker,
      running,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * The restart back-off. DONDOC_TEST_RESTART_DELAY_MS shortens the first wait so that the
 * give-up test runs in seconds; it is not a setting for operators.
 */
function restartPolicy() {
  const firstDelay = process.env.DONDOC_TEST_RESTART_DELAY_MS;
  return ZSupervisionPolicy.parse(firstDelay ? { firstDelayMs: Number(firstDelay) } : {});
}
