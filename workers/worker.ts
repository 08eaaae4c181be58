// Builds the dondoc worker: the workflows bundle plus the activities bound to their deps.
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel } from '@temporalio/worker';
import { createActivities, type TNoticeSender } from '../activities';
import type { TDigestSender } from '../activities/notices/send-digests';
import type { PrismaClient } from '../prisma/client';
import type { TemporalConnectionOptions } from '../config/temporal-connection';
import { projectPath } from '../config/project-root';

// Always the TypeScript source, also when this file runs bundled from dist/: the worker bundles
// the workflows itself at start.
export const workflowsPath = projectPath('workflows', 'index.ts');

export interface WorkerOptions {
  address: string;
  /** TLS and API key for a hosted cluster (workers/temporal-connection.ts). */
  connection?: Omit<TemporalConnectionOptions, 'address'>;
  namespace: string;
  taskQueue: string;
  prisma: PrismaClient;
  sendNotice: TNoticeSender;
  sendDigests?: TDigestSender;
}

export async function createWorker(options: WorkerOptions): Promise<{ worker: Worker; close: () => Promise<void> }> {
  installLogger();
  const connection = await NativeConnection.connect({ ...options.connection, address: options.address });
  // Plan loading starts and updates workflows from an activity: it needs a client too.
  const clientConnection = await Connection.connect({ ...options.connection, address: options.address });
  const temporal = new Client({ connection: clientConnection, namespace: options.namespace });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath,
    activities: createActivities({ prisma: options.prisma, sendNotice: options.sendNotice, sendDigests: options.sendDigests, temporal }),
  });
  return {
    worker,
    close: async () => {
      await clientConnection.close();
      await connection.close();
    },
  };
}

let loggerInstalled = false;

/**
 * The SDK logs every worker state change and the whole webpack report at INFO, which drowns
 * what an operator needs to see. WARN by default; DONDOC_LOG_LEVEL=INFO or DEBUG to dig.
 * The runtime can be configured once per process, before its first use.
 */
function installLogger(): void {
  if (loggerInstalled) return;
  loggerInstalled = true;
  const level = (process.env.DONDOC_LOG_LEVEL?.toUpperCase() ?? 'WARN') as LogLevel;
  try {
    Runtime.install({ logger: new DefaultLogger(level) });
  } catch {
    // Already installed by the embedding process (tests do this): keep theirs.
  }
}
