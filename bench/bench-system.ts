// What the plan-load and reminder-burst benches run on: the Temporal dev server as `dondoc up`
// runs it (a SQLite file in a fresh data directory) or the cluster BENCH_TEMPORAL_ADDRESS names,
// PostgreSQL (embedded, or BENCH_DATABASE_URL), a local SMTP server that records when each message arrived, and dondoc's
// worker with its real activities, polling the same task queue as everything the bench starts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { createDigestSender, createNoticeSender } from '../activities/notices';
import { openDatabase, type Database } from '../embedded/database';
import { findFreePort } from '../embedded/ports';
import { startSmtpCapture } from '../embedded/smtp-capture';
import { locateTemporalServer } from '../embedded/temporal-binaries';
import { startDevServer } from '../embedded/temporal-dev-server';
import { DEFAULT_WORKER_CACHED_WORKFLOWS } from '../config/config';
import { projectPath } from '../config/project-root';
import { createWorker } from '../workers/worker';

/**
 * The task queue of the bench's worker and workflows. On a cluster that outlives the bench
 * (BENCH_TEMPORAL_ADDRESS) each run gets its own, so that an earlier run's workflows, still
 * running there and pointed at another database, never reach this run's worker.
 */
export const BENCH_TASK_QUEUE = process.env.BENCH_TEMPORAL_ADDRESS ? `dondoc-bench-${Date.now().toString(36)}` : 'dondoc-bench';

export interface TBenchSystem {
  client: Client;
  database: Database;
  worker: Worker;
  smtpUrl: string;
  /** Arrival times (performance.now()) of every message the SMTP server stored, in order. */
  arrivals: number[];
  dataDirectory: string;
  stop(): Promise<void>;
}

export interface TStartBenchSystemOptions {
  /** `off`: every notice mailed at once (DONDOC_NOTICE_DIGEST=off); `daily`: routine notices wait for the digest. */
  noticeDigest: 'off' | 'daily';
  progress: (message: string) => void;
}

export async function startBenchSystem({ noticeDigest, progress }: TStartBenchSystemOptions): Promise<TBenchSystem> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'dondoc-bench-'));
  const stops: (() => Promise<unknown>)[] = [() => rm(dataDirectory, { recursive: true, force: true })];
  const stop = async () => {
    for (const each of stops.reverse()) await each().catch((error) => progress(`while stopping: ${String(error)}`));
    stops.length = 0;
  };
  try {
    let server: { address: string };
    if (process.env.BENCH_TEMPORAL_ADDRESS) {
      // A running cluster (`dondoc cluster up`): the bench's worker and starts use their own task queue there.
      server = { address: process.env.BENCH_TEMPORAL_ADDRESS };
      progress(`using the Temporal frontend at BENCH_TEMPORAL_ADDRESS=${server.address}…`);
    } else {
      const executable = await locateTemporalServer('cli', { onProgress: progress });
      if (executable.type !== 'existing-path') throw new Error('the Temporal CLI is not installed: run `node bin/dondoc.js servers install` first');
      progress(`starting the Temporal dev server (${dataDirectory})…`);
      const devServer = await startDevServer({ executable: executable.path, dataDirectory, port: await findFreePort(), uiPort: await findFreePort(), namespace: 'default' });
      stops.push(devServer.stop);
      server = devServer;
    }
    progress(process.env.BENCH_DATABASE_URL ? 'opening BENCH_DATABASE_URL…' : 'starting the embedded PostgreSQL…');
    const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDirectory, onProgress: progress });
    stops.push(database.close);
    const arrivals: number[] = [];
    const capture = await startSmtpCapture({ directory: join(dataDirectory, 'outbox'), onMessage: (event) => void (event.duplicate || arrivals.push(performance.now())) });
    stops.push(capture.stop);
    const mail = { prisma: database.prisma, transport: capture.url, from: { name: 'dondoc', address: 'dondoc@dondoc.invalid' }, baseUrl: 'http://127.0.0.1:3000', digest: noticeDigest === 'daily' };
    progress('starting the worker (bundling workflows)…');
    const { worker, close } = await createWorker({
      address: server.address,
      namespace: 'default',
      taskQueue: BENCH_TASK_QUEUE,
      prisma: database.prisma,
      sendNotice: createNoticeSender(mail),
      sendDigests: createDigestSender(mail),
      workflowsPath: projectPath('bench', 'workflows.ts'),
      // As `dondoc up` and `dondoc worker` run it: without a bound the SDK sizes the cache from
      // the heap, and 2,000 assignments beside 2,000 empty workflows ran its workflow thread out of memory.
      maxCachedWorkflows: DEFAULT_WORKER_CACHED_WORKFLOWS,
    });
    stops.push(close);
    const running = worker.run();
    stops.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
    });
    const connection = await Connection.connect({ address: server.address });
    stops.push(() => connection.close());
    const client = new Client({ connection, namespace: 'default' });
    return { client, database, worker, smtpUrl: capture.url, arrivals, dataDirectory, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Waits until the worker has had nothing to do for two checks in a row (at most five minutes), so
 * that one phase's workflow tasks and activities do not run on the next phase's time.
 */
export async function waitUntilIdle(system: TBenchSystem, progress: (message: string) => void): Promise<void> {
  const deadline = performance.now() + 5 * 60_000;
  let quiet = 0;
  while (quiet < 2 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const status = system.worker.getStatus();
    quiet = status.numInFlightWorkflowActivations + status.numInFlightActivities === 0 ? quiet + 1 : 0;
  }
  if (quiet < 2) progress('the worker was still busy after five minutes; going on');
}
