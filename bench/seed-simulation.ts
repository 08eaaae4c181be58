// The seed plan simulated on the time-skipping server with a cast: what bench/simulate-seed.ts
// (the load year by year) and bench/simulation.ts (issue 14's benchmarks 5 and 6) both run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createProgressBar } from '../cli/format/progress-bar';
import { loadPlan } from '../client/plans/read-plan-file';
import { seedPlanFile } from '../config/config';
import { parseCast, type TCast } from '../domain/simulation';
import type { TPlan } from '../domain/plan/plan';
import { runSimulation, type TSimulationResult } from '../simulation/run-simulation';

/** The simulation test's scripted cast: one agency for each behaviour the simulator knows. */
export const testCastFile = fileURLToPath(new URL('../test/servers/simulation/seed-cast.yaml', import.meta.url));

export function readCast(file: string): TCast {
  const parsed = parseCast(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((error) => `line ${error.line}, ${error.path}: ${error.message}`).join('; ')}`);
  return parsed.cast;
}

export interface TSeedSimulationOptions {
  cast: TCast;
  until: string;
  /** Every recurring task its own item, as the seed ran before issue 12. */
  perTask?: boolean;
  /** Shown before the progress bar (stderr). */
  label?: string;
}

export interface TSeedSimulation {
  plan: TPlan;
  result: TSimulationResult;
  /** Wall time of the whole run, server starts and history measurement included. */
  seconds: number;
}

/** Runs the seed plan to `until` with its histories measured, a progress bar on stderr. */
export async function simulateSeed(options: TSeedSimulationOptions): Promise<TSeedSimulation> {
  const started = performance.now();
  if (options.label) process.stderr.write(`${options.label}\n`);
  const progress = createProgressBar();
  const seed = await loadPlan(seedPlanFile);
  const plan = options.perTask ? { ...seed, policy: { ...seed.policy, reportGrouping: 'per_task' as const } } : seed;
  try {
    const result = await runSimulation({ plan, planId: 'kh135', cast: options.cast, until: options.until, measureHistories: true, onProgress: progress.update });
    return { plan, result, seconds: (performance.now() - started) / 1000 };
  } finally {
    progress.done();
  }
}
