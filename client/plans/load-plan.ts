// Loading a plan file into running workflows, from outside the worker: validate the file, then
// run the loader workflow, whose id is derived from the plan id and the file's content, so that
// loading the same file twice reports the first load instead of doing it again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client } from '@temporalio/client';
import type { TReconcilePlanResult } from '../../activities/plans/reconcile-plan';
import { loadPlanWorkflow, planLoadWorkflowId } from '../../contracts';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { loadPlan } from './read-plan-file';

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
  const workflowId = planLoadWorkflowId({ planId, fileDigest: digest });
  const actor = options.actor ?? { agency: plan.policy.monitor, user: 'dondoc plan load' };
  try {
    const handle = await client.workflow.start(loadPlanWorkflow, {
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

/** The use-case: load a plan file on the dondoc this context reaches, for the actor (an operator acts for the plan's monitoring agency). */
export async function loadPlanFromFile(context: TAppContext, actor: TAppActor, input: { file: string; planId?: string }): Promise<LoadPlanOutcome> {
  const client = await context.temporal();
  return loadPlanFile(client, {
    file: input.file,
    taskQueue: context.config.taskQueue,
    planId: input.planId,
    ...(actor.agency ? { actor: { agency: actor.agency, user: actor.user } } : {}),
  });
}
