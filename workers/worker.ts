// Builds the dondoc worker: the workflows bundle plus the activities bound to their deps.
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel } from '@temporalio/worker';
import { IllegalStateError } from '@temporalio/common';
import { RetryNoiseSummary } from './services/retry-noise';
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
  /** Workflows kept in memory between their tasks (config DONDOC_WORKER_CACHED_WORKFLOWS); unset = the SDK's default from the heap size. */
  maxCachedWorkflows?: number;
  /**
   * host:port where this process serves the SDK's Prometheus metrics (config DONDOC_WORKER_METRICS):
   * task latencies, pollers, slots, activity failures. The runtime takes it once per process, at
   * the first worker; unset = no endpoint.
   */
  metricsAddress?: string;
  /** Another workflows bundle entry: the benchmarks add a trivial workflow beside dondoc's own (bench/workflows.ts). */
  workflowsPath?: string;
}

/** One line each when the worker loses and regains Temporal (the SDK's own retry errors are counted, not printed). */
const reportConnection = (message: string) => console.error(`dondoc: ${message}`);

export async function createWorker(options: WorkerOptions): Promise<{ worker: Worker; close: () => Promise<void> }> {
  installRuntime(options.metricsAddress);
  const connection = await NativeConnection.connect({ ...options.connection, address: options.address });
  // Plan loading starts and updates workflows from an activity: it needs a client too.
  const clientConnection = await Connection.connect({ ...options.connection, address: options.address });
  const temporal = new Client({ connection: clientConnection, namespace: options.namespace });
  // Asked once a second during an outage: the server is back when it answers the call every
  // client makes first (a hosted cluster answers it too, where a gRPC health check may not be served).
  retryNoise?.watch(async () => {
    await clientConnection.withDeadline(Date.now() + 1_000, () => clientConnection.workflowService.getSystemInfo({}));
    return true;
  });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: options.workflowsPath ?? workflowsPath,
    maxCachedWorkflows: options.maxCachedWorkflows,
    activities: createActivities({ prisma: options.prisma, sendNotice: options.sendNotice, sendDigests: options.sendDigests, temporal }),
  });
  return {
    worker,
    close: async () => {
      await retryNoise?.stopProbing();
      await clientConnection.close();
      await connection.close();
    },
  };
}

let runtimeInstalled = false;
let retryNoise: RetryNoiseSummary | undefined;

/**
 * The SDK logs every worker state change and the whole webpack report at INFO, which drowns
 * what an operator needs to see. WARN by default; DONDOC_LOG_LEVEL=INFO or DEBUG to dig.
 * Core's own messages are forwarded to the same logger (by default core prints them straight
 * to the terminal), so that its retry errors during an outage are summarised, not printed per
 * call. With a metrics address, the runtime also serves the SDK's metrics to Prometheus there.
 * The runtime can be configured once per process, before its first use.
 */
function installRuntime(metricsAddress: string | undefined): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const level = (process.env.DONDOC_LOG_LEVEL?.toUpperCase() ?? 'WARN') as LogLevel;
  const summary = new RetryNoiseSummary({ downstream: new DefaultLogger(level), report: reportConnection });
  try {
    Runtime.install({
      logger: summary,
      telemetryOptions: {
        logging: { filter: { core: level, other: 'ERROR' }, forward: {} },
        ...(metricsAddress ? { metrics: { prometheus: { bindAddress: metricsAddress } } } : {}),
      },
    });
    retryNoise = summary;
  } catch (error) {
    if (!(error instanceof IllegalStateError)) {
      if (!metricsAddress) throw error;
      // The metrics listener could not bind: say which setting to change rather than start without it.
      runtimeInstalled = false;
      throw new Error(`The worker metrics cannot be served on ${metricsAddress} (DONDOC_WORKER_METRICS): ${error instanceof Error ? error.message : String(error)}. Choose a free port, or unset DONDOC_WORKER_METRICS.`);
    }
    // Already installed by the embedding process (tests do this): keep theirs.
    if (metricsAddress) console.error(`dondoc: the worker metrics cannot be served on ${metricsAddress}: this process configured the Temporal runtime before the worker started.`);
  }
}
