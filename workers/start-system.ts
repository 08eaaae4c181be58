// Brings up everything dondoc needs on one machine, or connects to what the configuration
// names instead: PostgreSQL (embedded or DATABASE_URL), Temporal (dev server or
// TEMPORAL_ADDRESS), and the worker. `dondoc up` and the end-to-end tests both use this.
import type { Worker } from '@temporalio/worker';
import type { DondocConfig } from '../config/config';
import { openDatabase, redact, type Database } from '../embedded/database';
import { startDevServer, type DevServer } from '../embedded/temporal-dev-server';
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
    let devServer: DevServer | undefined;
    if (!config.temporalAddress) {
      const executable = await locateTemporalServer('cli', { onProgress: progress });
      if (executable.type !== 'existing-path') {
        // `dondoc up` runs the server as its own child process, so it needs a file on disk.
        throw new TemporalBinaryNotFoundError('cli', ['the SDK download gives no standalone dev server binary for `dondoc up`']);
      }
      progress(`Starting the Temporal dev server (${executable.path})…`);
      devServer = await startDevServer({
        executable: executable.path,
        dataDirectory: config.dataDirectory,
        port: config.temporalPort,
        uiPort: config.temporalUiPort,
        namespace: config.namespace,
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

    const temporalAddress = config.temporalAddress ?? devServer!.address;
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
    });
    stops.push(close);
    const running = worker.run();
    stops.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
    });
    return {
      temporalAddress,
      temporalUiUrl: devServer?.uiUrl,
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
