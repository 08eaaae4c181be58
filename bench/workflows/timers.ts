// The baseline of bench/simulation.ts: a workflow that does nothing but fire timers, so the
// time-skipping server's own rate of firing them can be set beside the simulation's.
import { sleep } from '@temporalio/workflow';

/** Fires `count` timers of `intervalMs` one after the other. */
export async function timersOnlyWorkflow(count: number, intervalMs: number): Promise<number> {
  for (let fired = 0; fired < count; fired += 1) await sleep(intervalMs);
  return count;
}
