import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startDevServer, startTimeSkippingServer } from '../helpers/temporal';
import * as smokeActivities from '../fixtures/smoke-activities';
import { quietLogger } from '../helpers/quiet-logger';

const workflowsPath = fileURLToPath(new URL('../fixtures/workflows/index.ts', import.meta.url));
let bundle: WorkflowBundle;

beforeAll(async () => {
  bundle = await bundleWorkflowCode({ workflowsPath, logger: quietLogger });
});

describe('time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startTimeSkippingServer();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('completes a workflow that sleeps 90 days, within an ordinary test timeout', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'smoke-time-skipping',
      workflowBundle: bundle,
      activities: smokeActivities,
    });
    const startedAt = Date.now();
    const serverTimeBefore = await env.currentTimeMs();
    const result = await worker.runUntil(
      env.client.workflow.execute('sleepThenReturn', { taskQueue: 'smoke-time-skipping', workflowId: 'smoke-sleep-90', args: [90] }),
    );
    expect(result).toBe('slept 90 days');
    const skippedDays = (Number(await env.currentTimeMs()) - Number(serverTimeBefore)) / 86_400_000;
    expect(skippedDays).toBeGreaterThanOrEqual(90);
    expect(Date.now() - startedAt).toBeLessThan(30_000);
  });
});

describe('dev server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startDevServer();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('lets a second worker finish a workflow that a first, shut-down worker started', async () => {
    const taskQueue = 'smoke-handover';
    const makeWorker = (name: string) =>
      Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        identity: name,
        workflowBundle: bundle,
        activities: { describeWorker: async () => `${await smokeActivities.describeWorker()}:${name}` },
      });

    const first = await makeWorker('first');
    const handle = await env.client.workflow.start('twoHalves', { taskQueue, workflowId: `smoke-handover-${Date.now()}` });
    await first.runUntil(async () => {
      // Wait until the first half (an activity) has completed on this worker.
      for (;;) {
        const history = await handle.fetchHistory();
        if (history.events?.some((event) => event.activityTaskCompletedEventAttributes)) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    expect(first.getState()).toBe('STOPPED');

    await handle.signal('proceed');
    const second = await makeWorker('second');
    const result = await second.runUntil(handle.result());
    expect(result).toEqual([`${taskQueue}:unnamed:first`, `${taskQueue}:unnamed:second`]);

    const history = await handle.fetchHistory();
    const identities = new Set(
      history.events?.flatMap((event) => event.workflowTaskCompletedEventAttributes?.identity ?? []),
    );
    expect(identities).toEqual(new Set(['first', 'second']));
  });
});

