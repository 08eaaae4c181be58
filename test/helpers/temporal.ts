// One call gives a TestWorkflowEnvironment on a real Temporal server, with the server binary
// found or built by embedded/temporal-binaries.ts (never a download on this machine).
import type { WorkflowClientInterceptor } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { withServerStartRetries } from '../../embedded/server-start-retries';
import { locateTemporalServer } from '../../embedded/temporal-binaries';
import { noKeepalivePings } from '../../embedded/time-skipping-server';

const logProgress = (message: string) => console.error(`[temporal] ${message}`);
const retried = (attempt: number) => logProgress(`server start attempt ${attempt} was too slow; trying again`);


/**
 * Workflows the tests start get a minute for each workflow task instead of ten seconds. On this
 * 2-core machine under load a task has taken over five seconds; one that timed out is suspected
 * of leaving the test server's clock locked (a later sleep then crawls in real time).
 */
const patientWorkflowTasks: WorkflowClientInterceptor = {
  start: (input, next) => next({ ...input, options: { ...input.options, workflowTaskTimeout: input.options.workflowTaskTimeout ?? msToTs('60s') } }),
};

/** The Java time-skipping test server: timers of days or years fire as soon as nothing else runs. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const executable = await locateTemporalServer('test-server', { onProgress: logProgress });
  return withServerStartRetries(
    () => TestWorkflowEnvironment.createTimeSkipping({ server: { executable }, plugins: [noKeepalivePings], client: { interceptors: { workflow: [patientWorkflowTasks] } } }),
    retried,
  );
}

/** The Temporal CLI dev server (real persistence, Schedules, visibility), in memory, no UI. */
export async function startDevServer(): Promise<TestWorkflowEnvironment> {
  const executable = await locateTemporalServer('cli', { onProgress: logProgress });
  return withServerStartRetries(() => TestWorkflowEnvironment.createLocal({
    server: {
      executable,
      ip: '127.0.0.1',
      // What Temporal's own SDK CI uses: it speeds up the dev server's SQLite several-fold.
      extraArgs: ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF'],
    },
  }), retried);
}
