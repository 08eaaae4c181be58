// Loading a plan file into running workflows, from outside the worker: validate the file, then
// run the loader workflow, whose id is derived from the plan id and the file's content, so that
// loading the same file twice reports the first load instead of doing it again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client } from '@temporalio/client';
import type { TReconcilePlanResult } from '../activities/plans/reconcile-plan';
import type { loadPlanWorkflow } from '../workflows/plan-loader';
import { loadPlan } from './commands/plan';

export interface LoadPlanOptions {
  file: string;
  taskQueue: string;
  /** Defaults to the file name without its extension (ke-hoach-135-tre-em). */
  planId?: string;
  actor?: { agency: string; user: string };
}

export interface LoadPlanOutcome extends TReconcilePlanResult {
  /** False when this exact file had been loaded before: nothing was done again. */
  loadedNow: boolean;
}

export function planIdOf(file: string): string {
  return basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

export async function loadPlanFile(client: Client, options: LoadPlanOptions): Promise<LoadPlanOutcome> {
  const plan = await loadPlan(options.file);
  const planId = options.planId ?? planIdOf(options.file);
  const digest = createHash('sha256').update(await readFile(options.file)).digest('hex').slice(0, 16);
  const workflowId = `plan-load/${planId}/${digest}`;
  const actor = options.actor ?? { agency: plan.policy.monitor, user: 'dondoc plan load' };
  try {
    const handle = await client.workflow.start<typeof loadPlanWorkflow>('loadPlanWorkflow', {
      taskQueue: options.taskQueue,
      workflowId,
      args: [{ planId, plan, taskQueue: options.taskQueue, actor, reason: `Plan ${planId} loaded (${basename(options.file)}, ${digest})` }],
      // A load that failed may be tried again; a load that succeeded is not repeated.
      workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
    });
    return { ...(await handle.result()), loadedNow: true };
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    return { ...(await client.workflow.getHandle<typeof loadPlanWorkflow>(workflowId).result()), loadedNow: false };
  }
}

export function describeLoad(outcome: LoadPlanOutcome): string {
  const lines = [
    outcome.loadedNow ? `Plan ${outcome.planId} loaded (as of ${outcome.asOfDay}).` : `Plan ${outcome.planId}: this file was already loaded; nothing changed.`,
    `  assignments: ${outcome.assignments} (started ${outcome.started}, already running ${outcome.alreadyRunning})`,
    `  cancelled: ${outcome.cancelled}, deadlines changed: ${outcome.deadlinesChanged}`,
  ];
  if (outcome.schedules) {
    const { created, updated, unchanged, deleted, closedDirectly } = outcome.schedules;
    lines.push(`  period-close schedules: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged, ${deleted.length} deleted`);
    if (closedDirectly.length) lines.push(`  periods in their grace now, closed directly: ${closedDirectly.join(', ')}`);
  }
  if (outcome.reviewCloses?.started.length) lines.push(`  review closes waiting: ${outcome.reviewCloses.started.join(', ')}`);
  if (outcome.skipped.length) lines.push(`  not started: ${outcome.skipped.map((each) => `${each.ref} (${each.reason})`).join('; ')}`);
  return lines.join('\n');
}
