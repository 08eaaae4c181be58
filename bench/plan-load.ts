// Benchmark 1 of #14, plan load: N assignment workflows started from a generated plan, the way
// `dondoc plan load` does it (client/plans/load-plan.ts: the loader workflow, whose activity
// writes the plan's records and starts every assignment), against N empty workflows (a workflow
// that only sleeps, bench/workflows.ts) started on the same server and task queue with the same
// concurrency as the loader's (START_CONCURRENCY, 8 at once), in the same run. Both are timed from the
// first call to the last start; the workflows' own first tasks run meanwhile on the same worker,
// as they do in production. Figures: starts per second of each and their ratio.
// Goal (#14): plan-load starts/s ÷ empty starts/s ≥ 0.8 at every size.
//
//   npx tsx bench/plan-load.ts                 # N = 1,000 and 10,000
//   npx tsx bench/plan-load.ts --quick         # N = 200 (a smoke test, well under a minute)
//   npx tsx bench/plan-load.ts --sizes 500,2000
//   BENCH_DATABASE_URL=postgresql://… npx tsx bench/plan-load.ts   # a PostgreSQL server instead of the embedded one
//   BENCH_TEMPORAL_ADDRESS=127.0.0.1:7233 …                         # a running cluster (`dondoc cluster up`) instead of a dev server
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inParallel } from '../activities/in-parallel';
import { START_CONCURRENCY } from '../activities/plans/reconcile-plan';
import { loadPlanFile } from '../client/plans/load-plan';
import { addWorkingDays, buildCalendar, localDayOf } from '../domain/calendar';
import { BENCH_TASK_QUEUE, startBenchSystem, waitUntilIdle, type TBenchSystem } from './bench-system';
import { formatTable, perSecond, round } from './bench-figures';
import { printBenchResult } from './bench-result';
import { generatePlanYaml } from './generate-plan';

const GOAL_RATIO = 0.8;
const argv = process.argv.slice(2);
const sizesOption = argv.indexOf('--sizes');
const sizes = argv.includes('--quick') ? [200] : sizesOption >= 0 ? argv[sizesOption + 1]!.split(',').map(Number) : [1_000, 10_000];
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: expected whole numbers ≥ 1 separated by commas, e.g. 1000,10000`);
const progress = (message: string) => console.error(`[plan-load] ${message}`);
/** Ids of this run: on a cluster that outlives the bench (BENCH_TEMPORAL_ADDRESS) an earlier run's workflows are still there. */
const run = Date.now().toString(36);

async function startEmptyWorkflows(system: TBenchSystem, size: number): Promise<number> {
  const started = performance.now();
  // As many at once as the loader's activity starts assignments (activities/plans/reconcile-plan.ts).
  await inParallel(Array.from({ length: size }, (_, index) => index), START_CONCURRENCY, async (index) => {
    await system.client.workflow.start('benchEmptyWorkflow', { taskQueue: BENCH_TASK_QUEUE, workflowId: `bench-empty-${run}-${size}-${index}`, args: [] });
    if (index % 1000 === 999) progress(`  empty: ${index + 1}/${size}`);
  });
  return performance.now() - started;
}

async function loadGeneratedPlan(system: TBenchSystem, size: number): Promise<number> {
  const today = localDayOf(new Date());
  // Due in about three months: no reminder falls inside the bench.
  const deadline = addWorkingDays(today, 60, buildCalendar());
  const file = join(system.dataDirectory, `bench-plan-${size}.yaml`);
  await writeFile(file, generatePlanYaml({ assignments: size, startDay: today, deadline }));
  const started = performance.now();
  const outcome = await loadPlanFile(system.client, { file, taskQueue: BENCH_TASK_QUEUE, planId: `bench-plan-${run}-${size}` });
  const elapsed = performance.now() - started;
  if (outcome.started !== size) throw new Error(`the plan load started ${outcome.started} assignments, not ${size}: ${JSON.stringify(outcome.skipped.slice(0, 3))}`);
  return elapsed;
}

const system = await startBenchSystem({ noticeDigest: 'daily', progress });
const rows: (string | number)[][] = [['N', 'empty starts/s', 'plan-load starts/s', 'ratio', 'empty s', 'plan-load s']];
const figures: Record<string, number> = {};
let met = true;
try {
  for (const size of sizes) {
    progress(`N = ${size}: starting ${size} empty workflows…`);
    const emptyMs = await startEmptyWorkflows(system, size);
    await waitUntilIdle(system, progress);
    progress(`N = ${size}: loading a generated plan of ${size} assignments…`);
    const planMs = await loadGeneratedPlan(system, size);
    await waitUntilIdle(system, progress);
    const emptyRate = perSecond(size, emptyMs);
    const planRate = perSecond(size, planMs);
    const ratio = planRate / emptyRate;
    met &&= ratio >= GOAL_RATIO;
    rows.push([size, round(emptyRate, 1), round(planRate, 1), round(ratio), round(emptyMs / 1000, 1), round(planMs / 1000, 1)]);
    // Shown at once too: a run stopped during a larger size keeps the figures of the smaller ones.
    progress(`N = ${size}: empty ${round(emptyRate, 1)} starts/s, plan load ${round(planRate, 1)} starts/s, ratio ${round(ratio)}`);
    Object.assign(figures, { [`empty_starts_per_s_${size}`]: round(emptyRate, 1), [`plan_starts_per_s_${size}`]: round(planRate, 1), [`ratio_${size}`]: round(ratio) });
  }
} finally {
  await system.stop();
}
console.log(formatTable(rows));
printBenchResult({ bench: 'plan-load', goal: `plan-load starts/s ÷ empty-workflow starts/s ≥ ${GOAL_RATIO} at N = ${sizes.join(', ')}`, met, figures });
