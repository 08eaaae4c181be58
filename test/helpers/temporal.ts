// One call gives a TestWorkflowEnvironment on a real Temporal server, with the server binary
// found or built by workers/services/temporal-binaries.ts (never a download on this machine).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { locateTemporalServer } from '../../workers/services/temporal-binaries';

const logProgress = (message: string) => console.error(`[temporal] ${message}`);

/** The Java time-skipping test server: timers of days or years fire as soon as nothing else runs. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const executable = await locateTemporalServer('test-server', { onProgress: logProgress });
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable } });
}

/** The Temporal CLI dev server (real persistence, Schedules, visibility), in memory, no UI. */
export async function startDevServer(): Promise<TestWorkflowEnvironment> {
  const executable = await locateTemporalServer('cli', { onProgress: logProgress });
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable,
      ip: '127.0.0.1',
      // What Temporal's own SDK CI uses: it speeds up the dev server's SQLite several-fold.
      extraArgs: ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF'],
    },
  });
}
