// Worker memory: how much resident memory (RSS) the dondoc worker grows by per workflow it keeps
// in its cache, with 1,000, 5,000 and 10,000 open assignments. The real worker (workers/worker.ts
// with its workflows and activities) runs alone in a child process (bench/worker-memory-child.ts,
// with a cache large enough for all); the bench starts the Temporal dev server, the embedded
// PostgreSQL with the seed plan's records and a mail capture, then starts assignment workflows
// (cloned from one of the seed plan's tasks, due in 2029, so each stays open on a timer) in steps
// up to each size, waits until every one has run its first tasks (recorded, its new-work notice
// queued, asleep in the cache), collects garbage in the worker and reads its VmRSS from /proc.
// Baseline, in the same run: the same worker process, bundled and polling, with 0 workflows.
// Goal (issue #14, benchmark 4): ≤ 1 MB per cached workflow; the figure sets the default of
// DONDOC_WORKER_CACHED_WORKFLOWS (config/config.ts).
//
//   npx tsx bench/worker-memory.ts [--sizes 1000,5000,10000] [--quick] [--max-worker-mb 6000]
//   (--quick: 200 and 500; a size whose projected RSS passes --max-worker-mb is left out, said so)
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { loadPlan } from '../client/plans/read-plan-file';
import { seedPlanFile } from '../config/config';
import { upsertPlanRecords } from '../data/plan-records';
import { buildAssignmentSpecs } from '../domain/plan-assignments';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { findFreePort } from '../embedded/ports';
import { startSmtpCapture } from '../embedded/smtp-capture';
import { locateTemporalServer } from '../embedded/temporal-binaries';
import { startDevServer } from '../embedded/temporal-dev-server';
import { createPrismaClient } from '../prisma/client';
import { applyMigrations } from '../prisma/migrate';
import { projectPath } from '../config/project-root';
import { assignmentWorkflow } from '../workflows/assignment';
import { percentile, round } from './bench-figures';
import { printBenchResult } from './bench-result';
import { memoryPerWorkflow, openAssignmentSpecs } from './open-assignments';
import type { TChildReport, TChildRequest } from './worker-memory-child';

const { values: args } = parseArgs({ options: { sizes: { type: 'string' }, quick: { type: 'boolean', default: false }, 'max-worker-mb': { type: 'string', default: '6000' } } });
// The machine is shared: a step whose worker would grow past this (projected from the steps
// before it) is left out and said so, instead of pushing other work into swap or the OOM killer.
const maxWorkerMb = Number(args['max-worker-mb']);
const sizes = (args.sizes ?? (args.quick ? '200,500' : '1000,5000,10000')).split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || sizes.some((size, index) => index > 0 && size <= sizes[index - 1]!)) {
  console.error('--sizes takes increasing whole numbers separated by commas, e.g. --sizes 1000,5000,10000');
  process.exit(2);
}
const goalMb = 1;
const taskQueue = 'bench-worker-memory';
// A step that has not settled in this long is stuck (a failing activity, a lost worker), not slow.
const settleTimeoutMs = 30 * 60_000;
const progress = (message: string) => console.error(message);

const stops: (() => Promise<unknown>)[] = [];
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop().catch((error: unknown) => progress(`while stopping: ${String(error)}`));
};
try {
  const directory = await mkdtemp(join(tmpdir(), 'dondoc-worker-memory-'));
  stops.push(() => rm(directory, { recursive: true, force: true }));
  const database = await startEmbeddedPostgres();
  stops.push(database.stop);
  await applyMigrations({ connectionString: database.connectionString });
  const prisma = createPrismaClient({ connectionString: database.connectionString, maxConnections: 1 });
  const plan = await loadPlan(seedPlanFile);
  const planId = 'bench';
  await upsertPlanRecords(prisma, planId, plan);
  // The embedded database serves one backend: from here on only the worker talks to it.
  await prisma.$disconnect();
  const capture = await startSmtpCapture({ directory: join(directory, 'outbox') });
  stops.push(capture.stop);
  const executable = await locateTemporalServer('cli', { onProgress: progress });
  if (executable.type !== 'existing-path') throw new Error('the Temporal CLI is not on disk: run `node bin/dondoc.js servers install` first');
  const server = await startDevServer({ executable: executable.path, dataDirectory: directory, port: await findFreePort(), uiPort: await findFreePort(), namespace: 'default' });
  stops.push(server.stop);
  const connection = await Connection.connect({ address: server.address });
  stops.push(() => connection.close());
  const client = new Client({ connection, namespace: 'default' });

  progress('Starting the worker in its own process (bundling workflows)…');
  const worker = fork(projectPath('bench', 'worker-memory-child.ts'), [], {
    execArgv: ['--import', 'tsx', '--import', projectPath('bench', 'thread-heap-probe.mjs'), '--expose-gc'],
    env: { ...process.env, BENCH_TEMPORAL_ADDRESS: server.address, BENCH_DATABASE: database.connectionString, BENCH_SMTP_URL: capture.url, BENCH_TASK_QUEUE: taskQueue, BENCH_CACHED_WORKFLOWS: String(sizes.at(-1)! + 100) },
  });
  stops.push(() => stopWorker(worker));
  const reports = workerReports(worker);
  await reports.next('ready');

  const measure = async () => {
    const samples: { rssMb: number; heapMb: number; cached: number }[] = [];
    for (let sample = 0; sample < 3; sample += 1) {
      worker.send({ type: 'report', collect: true } satisfies TChildRequest);
      const report = await reports.next('report');
      samples.push({ rssMb: residentMb(worker.pid!), heapMb: (report.heapUsedBytes + report.threadHeapUsedBytes) / 2 ** 20, cached: report.cachedWorkflows });
      await sleep(500);
    }
    return { rssMb: percentile(samples.map((each) => each.rssMb), 0.5), heapMb: percentile(samples.map((each) => each.heapMb), 0.5), cached: samples.at(-1)!.cached };
  };
  await sleep(2_000);
  const baseline = await measure();
  progress(`0 workflows: RSS ${baseline.rssMb.toFixed(0)} MB`);

  const specs = openAssignmentSpecs(buildAssignmentSpecs(plan, { planId, asOfDay: plan.metadata.startDate }).specs, sizes.at(-1)!);
  const steps: { size: number; rssMb: number; heapMb: number; cached: number; seconds: number }[] = [];
  const leftOut: { size: number; projectedMb: number }[] = [];
  let started = 0;
  for (const size of sizes) {
    const last = steps.at(-1);
    if (last) {
      const projectedMb = last.rssMb + (size - last.size) * Math.max(0, memoryPerWorkflow(baseline.rssMb, last.rssMb, last.size));
      if (projectedMb > maxWorkerMb) {
        leftOut.push({ size, projectedMb });
        progress(`${size} workflows left out: the worker would reach about ${projectedMb.toFixed(0)} MB, over --max-worker-mb ${maxWorkerMb}`);
        continue;
      }
    }
    const began = performance.now();
    let next = started;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < size) {
          const index = next++;
          const spec = specs[index]!;
          await client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
          if ((index + 1) % 500 === 0) progress(`started ${index + 1} of ${size}`);
        }
      }),
    );
    started = size;
    await settled(size, began);
    const figures = await measure();
    steps.push({ size, ...figures, seconds: (performance.now() - began) / 1_000 });
    progress(`${size} workflows: RSS ${figures.rssMb.toFixed(0)} MB, ${figures.cached} cached`);
  }

  /** Every workflow recorded, its notice queued, none in flight in the worker, the same for three looks running. */
  async function settled(size: number, began: number): Promise<void> {
    let quiet = 0;
    while (quiet < 3) {
      if (performance.now() - began > settleTimeoutMs) throw new Error(`${size} workflows did not settle in ${settleTimeoutMs / 60_000} minutes: see the worker's output above`);
      await sleep(2_000);
      worker.send({ type: 'report', collect: false } satisfies TChildRequest);
      const report = await reports.next('report');
      const { recorded, noticesQueued: queued } = report;
      const done = report.cachedWorkflows >= size && recorded >= size && queued >= size && report.activationsInFlight === 0 && report.activitiesInFlight === 0;
      quiet = done ? quiet + 1 : 0;
      progress(`${size}: ${recorded} recorded, ${queued} notices queued, ${report.cachedWorkflows} cached, ${report.activationsInFlight + report.activitiesInFlight} in flight`);
    }
  }

  console.log(`\nWorker RSS after garbage collection (median of 3 samples); baseline: the same worker, 0 workflows: ${baseline.rssMb.toFixed(0)} MB (heap ${baseline.heapMb.toFixed(0)} MB)`);
  console.log(`${'open workflows'.padStart(14)} ${'cached'.padStart(7)} ${'RSS MB'.padStart(7)} ${'heap MB'.padStart(8)} ${'MB/workflow'.padStart(12)} ${'heap MB/wf'.padStart(11)} ${'step MB/wf'.padStart(11)} ${'start+settle s'.padStart(15)}  goal ≤ ${goalMb} MB`);
  const figures: Record<string, number> = { baseline_rss_mb: round(baseline.rssMb, 1) };
  let previous = { size: 0, rssMb: baseline.rssMb };
  let worst = 0;
  for (const step of steps) {
    const perWorkflow = memoryPerWorkflow(baseline.rssMb, step.rssMb, step.size);
    const heapPerWorkflow = memoryPerWorkflow(baseline.heapMb, step.heapMb, step.size);
    const marginal = memoryPerWorkflow(previous.rssMb, step.rssMb, step.size - previous.size);
    worst = Math.max(worst, perWorkflow);
    console.log(`${String(step.size).padStart(14)} ${String(step.cached).padStart(7)} ${step.rssMb.toFixed(0).padStart(7)} ${step.heapMb.toFixed(0).padStart(8)} ${perWorkflow.toFixed(3).padStart(12)} ${heapPerWorkflow.toFixed(3).padStart(11)} ${marginal.toFixed(3).padStart(11)} ${step.seconds.toFixed(0).padStart(15)}  ${perWorkflow <= goalMb ? 'met' : 'MISSED'}`);
    figures[`rss_mb_at_${step.size}`] = round(step.rssMb, 1);
    figures[`mb_per_workflow_at_${step.size}`] = round(perWorkflow, 3);
    if (Number.isFinite(heapPerWorkflow)) figures[`heap_mb_per_workflow_at_${step.size}`] = round(heapPerWorkflow, 3);
    previous = step;
  }
  for (const { size, projectedMb } of leftOut) console.log(`${String(size).padStart(14)}  left out: about ${projectedMb.toFixed(0)} MB projected, over --max-worker-mb ${maxWorkerMb}`);
  figures.mb_per_workflow = round(worst, 3);
  figures.sizes_left_out = leftOut.length;
  printBenchResult({ bench: 'worker-memory', goal: `≤ ${goalMb} MB of worker RSS per cached workflow (growth over the same worker with 0 workflows) at ${steps.map((step) => step.size).join(', ')} open assignments`, met: worst <= goalMb, figures });
} finally {
  await stopAll();
}

function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((each) => each.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS in /proc/${pid}/status: this bench reads Linux's /proc`);
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/** The child's reports in order; a failure or an exit ends the bench with the child's reason. */
function workerReports(child: ChildProcess) {
  const waiting: { type: TChildReport['type']; resolve: (report: never) => void; reject: (error: Error) => void }[] = [];
  const fail = (error: Error) => waiting.splice(0).forEach((each) => each.reject(error));
  child.on('message', (report: TChildReport) => {
    if (report.type === 'failed') return fail(new Error(`the worker failed: ${report.message}`));
    const index = waiting.findIndex((each) => each.type === report.type);
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(report as never);
  });
  // A send to a worker that has gone is reported by its exit, below.
  child.on('error', () => undefined);
  child.on('exit', (code, signal) => fail(new Error(`the worker process ended (${signal ?? `exit code ${code}`}) before the bench was done`)));
  return {
    next<T extends TChildReport['type']>(type: T): Promise<Extract<TChildReport, { type: T }>> {
      return new Promise((resolve, reject) => waiting.push({ type, resolve, reject }));
    },
  };
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' } satisfies TChildRequest);
  // A worker that has not stopped in 30 s (its shutdown waits for nothing here) is killed.
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
