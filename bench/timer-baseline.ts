// The baseline of bench/simulation.ts, measured in the same run on a fresh time-skipping server of
// the same build: (1) as many one-day timers as the simulation fired, spread over as many trivial
// workflows as it started and skipped through as fast as the server goes; (2) as many bare clock
// steps (a sleep and a clock read, no workflow) as the simulation took. The first is the server's
// own timer rate on this machine at this moment; the second is the floor of the simulator's stepping.
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { startTimeSkippingServerAt } from '../embedded/time-skipping-server';
import { quietTemporalLogs } from '../simulation/services';

export interface TTimerBaseline {
  timersFired: number;
  timerSeconds: number;
  timersPerSecond: number;
  steps: number;
  stepSeconds: number;
}

const day = 24 * 60 * 60 * 1000;

export async function measureTimerBaseline(options: { workflows: number; timers: number; steps: number; startAt: Date }): Promise<TTimerBaseline> {
  quietTemporalLogs();
  const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  const [server, workflowBundle] = await Promise.all([
    startTimeSkippingServerAt(options.startAt),
    bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./workflows/timers.ts', import.meta.url)), logger: silent }),
  ]);
  const { env } = server;
  const taskQueue = 'timer-baseline';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle });
  const running = worker.run();
  try {
    const workflows = Math.max(1, options.workflows);
    const perWorkflow = Math.max(1, Math.ceil(options.timers / workflows));
    const started = performance.now();
    const handles = [];
    for (let index = 0; index < workflows; index += 1) {
      handles.push(await env.client.workflow.start('timersOnlyWorkflow', { taskQueue, workflowId: `timers-${index}`, args: [perWorkflow, day] }));
    }
    // Awaited one after the other: the first wait skips the shared clock to the end of all of them.
    let timersFired = 0;
    for (const handle of handles) timersFired += (await handle.result()) as number;
    const timerSeconds = (performance.now() - started) / 1000;

    const stepsStarted = performance.now();
    for (let step = 0; step < options.steps; step += 1) {
      await env.sleep(day);
      await env.currentTimeMs();
    }
    const stepSeconds = (performance.now() - stepsStarted) / 1000;
    return { timersFired, timerSeconds, timersPerSecond: timersFired / timerSeconds, steps: options.steps, stepSeconds };
  } finally {
    worker.shutdown();
    await running.catch(() => {});
    await env.teardown();
  }
}

/** Two baselines of one run (before and after the work measured), as one: rates and times averaged. */
export function meanBaseline(first: TTimerBaseline, second: TTimerBaseline): TTimerBaseline {
  const mean = (value: (each: TTimerBaseline) => number) => (value(first) + value(second)) / 2;
  return {
    timersFired: mean((each) => each.timersFired),
    timerSeconds: mean((each) => each.timerSeconds),
    timersPerSecond: mean((each) => each.timersPerSecond),
    steps: mean((each) => each.steps),
    stepSeconds: mean((each) => each.stepSeconds),
  };
}
