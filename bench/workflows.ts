// The benchmarks' worker bundle: every dondoc workflow, plus a trivial one that only waits,
// the baseline a real workflow's start is compared with (bench/plan-load.ts).
import { sleep } from '@temporalio/workflow';

export * from '../workflows';

/** Started, then asleep for a year: the least a workflow start can cost on this server. */
export async function benchEmptyWorkflow(): Promise<void> {
  await sleep('365 days');
}
