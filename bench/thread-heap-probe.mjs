// Preloaded (--import) into the worker process of bench/worker-memory.ts, where it runs in every
// thread. The Temporal SDK runs workflows in a worker thread with its own V8 heap, which the
// process's own gc() does not reach: on a word over a broadcast channel each thread collects its
// garbage (the process runs with --expose-gc) and answers with the size of its heap. Plain
// JavaScript, so that it loads in a thread before any TypeScript loader does.
import { getHeapStatistics } from 'node:v8';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

/** Named again in bench/worker-memory-child.ts. */
const HEAP_CHANNEL = 'dondoc-bench-thread-heap';

if (!isMainThread && typeof globalThis.gc === 'function') {
  const channel = new BroadcastChannel(HEAP_CHANNEL);
  channel.unref();
  channel.onmessage = (event) => {
    if (event.data?.type !== 'collect') return;
    globalThis.gc();
    globalThis.gc();
    channel.postMessage({ type: 'heap', threadId, usedBytes: getHeapStatistics().used_heap_size });
  };
}
