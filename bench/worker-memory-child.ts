// The worker process of bench/worker-memory.ts: the real dondoc worker (workers/worker.ts, its
// workflows bundle and activities) alone in a process, so that its resident memory is measured
// without the bench's servers and client. Run with --expose-gc; told by IPC to collect garbage
// and report, or to stop. Not a command of its own.
import { createDigestSender, createNoticeSender } from '../activities/notices';
import { createPrismaClient } from '../prisma/client';
import { BroadcastChannel } from 'node:worker_threads';
import { createWorker } from '../workers/worker';

/** The channel bench/thread-heap-probe.mjs listens on (plain JavaScript, so named twice). */
const HEAP_CHANNEL = 'dondoc-bench-thread-heap';

/** `collect`: collect garbage first (a measurement); without, a cheap look at the worker's progress. */
export type TChildRequest = { type: 'report'; collect: boolean } | { type: 'stop' };
export type TChildReport =
  | { type: 'ready' }
  /** heapUsedBytes: the main thread's; threadHeapUsedBytes: the other threads' (the workflows' thread), both after a collection when asked. */
  | { type: 'report'; heapUsedBytes: number; threadHeapUsedBytes: number; recorded: number; noticesQueued: number; cachedWorkflows: number; activationsInFlight: number; activitiesInFlight: number }
  | { type: 'failed'; message: string };

const { BENCH_TEMPORAL_ADDRESS, BENCH_DATABASE, BENCH_SMTP_URL, BENCH_TASK_QUEUE, BENCH_CACHED_WORKFLOWS } = process.env;
const send = (report: TChildReport) => process.send!(report);
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect || !BENCH_TEMPORAL_ADDRESS || !BENCH_DATABASE || !BENCH_SMTP_URL || !BENCH_TASK_QUEUE || !BENCH_CACHED_WORKFLOWS) {
  throw new Error('bench/worker-memory-child.ts is started by bench/worker-memory.ts (with --expose-gc and its BENCH_* variables), not on its own');
}

// One connection, as dondoc gives the embedded database (PGlite is one backend: statements of
// several connections interleaved lose each other's portals). The bench asks its counts through it too.
const prisma = createPrismaClient({ connectionString: BENCH_DATABASE, maxConnections: 1 });
const mail = { prisma, transport: BENCH_SMTP_URL, from: { name: 'dondoc', address: 'dondoc@dondoc.invalid' }, digest: true };
const { worker, close } = await createWorker({
  address: BENCH_TEMPORAL_ADDRESS,
  namespace: 'default',
  taskQueue: BENCH_TASK_QUEUE,
  prisma,
  sendNotice: createNoticeSender(mail),
  sendDigests: createDigestSender(mail),
  maxCachedWorkflows: Number(BENCH_CACHED_WORKFLOWS),
});
const running = worker.run();
running.catch((error: unknown) => send({ type: 'failed', message: String(error) }));

process.on('message', (request: TChildRequest) => {
  if (request.type === 'report') {
    const report = async (threadHeapUsedBytes = Number.NaN) => {
      const status = worker.getStatus();
      const recorded = await prisma.assignment.count({ where: { id: { startsWith: 'bench-memory/' } } });
      const noticesQueued = await prisma.notification.count({ where: { assignmentId: { startsWith: 'bench-memory/' } } });
      send({ type: 'report', heapUsedBytes: process.memoryUsage().heapUsed, threadHeapUsedBytes, recorded, noticesQueued, cachedWorkflows: status.numCachedWorkflows, activationsInFlight: status.numInFlightWorkflowActivations, activitiesInFlight: status.numInFlightActivities });
    };
    if (!request.collect) return void report();
    // Twice with a pause: the first collection finds what the second frees (weak references,
    // finalisers). The workflows' thread collects its own (bench/thread-heap-probe.mjs).
    const threadHeaps = new Map<number, number>();
    const channel = new BroadcastChannel(HEAP_CHANNEL);
    channel.onmessage = (event) => {
      const answer = (event as { data: { type: string; threadId: number; usedBytes: number } }).data;
      if (answer.type === 'heap') threadHeaps.set(answer.threadId, answer.usedBytes);
    };
    channel.postMessage({ type: 'collect' });
    collect();
    // The workflows' thread answers once it has collected (seconds on a busy machine with a large heap).
    const began = Date.now();
    const waitForThreads = () => {
      if (threadHeaps.size === 0 && Date.now() - began < 20_000) return void setTimeout(waitForThreads, 100);
      collect();
      channel.close();
      void report(threadHeaps.size ? [...threadHeaps.values()].reduce((sum, each) => sum + each, 0) : Number.NaN);
    };
    setTimeout(waitForThreads, 300);
  } else {
    worker.shutdown();
    void running
      .catch(() => undefined)
      .then(close)
      .then(() => prisma.$disconnect())
      .then(() => process.exit(0));
  }
});
send({ type: 'ready' });
