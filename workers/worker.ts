// Builds the dondoc worker: the workflows bundle plus the activities bound to their deps.
import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel } from '@temporalio/worker';
import { createActivities, type TNoticeSender } from '../activities';
import type { PrismaClient } from '../prisma/client';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  prisma: PrismaClient;
  sendNotice: TNoticeSender;
}

export async function createWorker(options: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection }> {
  installLogger();
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath,
    activities: createActivities({ prisma: options.prisma, sendNotice: options.sendNotice }),
  });
  return { worker, connection };
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
