// One call gives a TestWorkflowEnvironment on a real Temporal server, with the server binary
// found or built by workers/services/temporal-binaries.ts (never a download on this machine).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { locateTemporalServer } from '../../workers/services/temporal-binaries';

const logProgress = (message: string) => console.error(`[temporal] ${message}`);

/**
 * The SDK gives a server 5 seconds to accept connections, then kills it. A JVM starting while
 * the other test files start theirs can miss that on a loaded 2-core machine; a second try,
 * once the burst has passed, succeeds. Any other failure is thrown at once.
 */
async function withStartRetries<T>(start: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts || !/did not start within/.test(String((error as Error).message))) throw error;
      logProgress(`server start attempt ${attempt} was too slow; trying again`);
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

/** The Java time-skipping test server: timers of days or years fire as soon as nothing else runs. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const executable = await locateTemporalServer('test-server', { onProgress: logProgress });
  return withStartRetries(() => TestWorkflowEnvironment.createTimeSkipping({ server: { executable } }));
}

/** The Temporal CLI dev server (real persistence, Schedules, visibility), in memory, no UI. */
export async function startDevServer(): Promise<TestWorkflowEnvironment> {
  const executable = await locateTemporalServer('cli', { onProgress: logProgress });
  return withStartRetries(() => TestWorkflowEnvironment.createLocal({
    server: {
      executable,
      ip: '127.0.0.1',
      // What Temporal's own SDK CI uses: it speeds up the dev server's SQLite several-fold.
      extraArgs: ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF'],
    },
  }));
}
