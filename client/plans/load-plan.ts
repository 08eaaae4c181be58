// Loading a plan file into running workflows, from outside the worker: validate the file, then
// run the loader workflow, whose id is derived from the plan id and the file's content, so that
// loading the same file twice reports the first load instead of doing it again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client } from '@temporalio/client';
import type { TReconcilePlanResult } from '../../contracts';
import { loadPlanWorkflow, planLoadWorkflowId } from '../../contracts';
import { checkDoneRefs, parseDoneRefsFile, parseDoneRefsOption, uniqueRefs } from '../../domain/plan/task-refs-declared-done';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';
import { loadPlan } from './read-plan-file';
import { readObstacle } from '../../data/obstacles';
import type { TObstacleStatus } from '../../domain/obstacles/obstacle';
import { recordAmendment } from '../obstacles/act-on-obstacle';

export interface LoadPlanOptions {
  file: string;
  taskQueue: string;
  /** Defaults to the file name without its extension (ke-hoach-135-tre-em). */
  planId?: string;
  actor?: { agency: string; user: string };
  /** One-off tasks done before the load: recorded as completed ("declared done at load"), not chased. */
  done?: string[];
}

export interface LoadPlanOutcome extends TReconcilePlanResult {
  /** False when this exact file had been loaded before: nothing was done again. */
  loadedNow: boolean;
}

export function planIdOf(file: string): string {
  return basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** Refs that are not one-off tasks of the plan stop the load before anything is sent. */
function refuseUnknownDoneRefs(plan: Parameters<typeof checkDoneRefs>[0], done: string[]): void {
  const { unknown, known } = checkDoneRefs(plan, done);
  if (!unknown.length) return;
  throw new AppError(
    `--done names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not a one-off task of the plan; nothing was loaded. ` +
      `One-off tasks (recurring work is done by its reports): ${known.join(', ') || 'none'}.`,
    'bad_input',
    unknown.map((ref) => ({ path: 'done', message: `unknown one-off task ${ref}` })),
  );
}

export async function loadPlanFile(client: Client, options: LoadPlanOptions): Promise<LoadPlanOutcome> {
  const plan = await loadPlan(options.file);
  const planId = options.planId ?? planIdOf(options.file);
  const digest = createHash('sha256').update(await readFile(options.file)).digest('hex').slice(0, 16);
  const done = uniqueRefs(options.done ?? []);
  refuseUnknownDoneRefs(plan, done);
  // A load with declarations is another load of the same file: its id carries them.
  const doneDigest = done.length ? `-done-${createHash('sha256').update(done.join('\n')).digest('hex').slice(0, 8)}` : '';
  const workflowId = planLoadWorkflowId({ planId, fileDigest: `${digest}${doneDigest}` });
  const actor = options.actor ?? { agency: plan.policy.monitor, user: 'dondoc plan load' };
  try {
    const handle = await client.workflow.start(loadPlanWorkflow, {
      taskQueue: options.taskQueue,
      workflowId,
      args: [
        {
          planId,
          plan,
          taskQueue: options.taskQueue,
          actor,
          reason: `Plan ${planId} loaded (${basename(options.file)}, ${digest})`,
          ...(done.length ? { declaredDone: done, planVersion: digest } : {}),
        },
      ],
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
export interface TLoadPlanInput {
  file: string;
  planId?: string;
  /** `--done`: comma-separated refs of one-off tasks done before the load. */
  done?: string;
  /** `--done-file`: a file of such refs, one a line, `#` comments. */
  doneFile?: string;
  /** `--amends`: the obstacle whose People's Committee decision this amended version carries out; the load closes it. */
  amends?: string;
}

/** The refs declared done, from the option and the file together; a file that cannot be read is bad input. */
export async function readDoneRefs(input: Pick<TLoadPlanInput, 'done' | 'doneFile'>): Promise<string[]> {
  const fromOption = input.done === undefined ? [] : parseDoneRefsOption(input.done);
  if (input.doneFile === undefined) return uniqueRefs(fromOption);
  const text = await readFile(input.doneFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AppError(`--done-file ${input.doneFile}: cannot read it (${error.code ?? error.message}); nothing was loaded.`, 'bad_input');
  });
  return uniqueRefs(fromOption, parseDoneRefsFile(text));
}

export async function loadPlanFromFile(context: TAppContext, actor: TAppActor, input: TLoadPlanInput): Promise<LoadPlanOutcome & { amended?: TObstacleStatus }> {
  const done = await readDoneRefs(input);
  // Checked before connecting, so that a wrong ref is told even when dondoc is not running.
  if (done.length) refuseUnknownDoneRefs(await loadPlan(input.file), done);
  const planId = input.planId ?? planIdOf(input.file);
  // A wrong --amends stops the load before anything runs.
  const amends = input.amends ? await amendedObstacle(context, input.amends, planId) : null;
  const client = await context.temporal();
  const outcome = await loadPlanFile(client, {
    file: input.file,
    taskQueue: context.config.taskQueue,
    planId: input.planId,
    done,
    ...(actor.agency ? { actor: { agency: actor.agency, user: actor.user } } : {}),
  });
  if (!amends) return outcome;
  // The operator acts for the monitoring department, which carries out the Committee's decision.
  const planVersion = createHash('sha256').update(await readFile(input.file)).digest('hex').slice(0, 16);
  const amended = await recordAmendment(context, { ...actor, agency: actor.agency ?? amends.monitorAgency, role: actor.role === 'auditor' ? 'auditor' : 'officer' }, { obstacleId: amends.id, planId, planVersion });
  return { ...outcome, amended };
}

async function amendedObstacle(context: TAppContext, obstacleId: string, planId: string) {
  const row = await context.read((db) => readObstacle(db, obstacleId));
  if (!row) throw new AppError(`--amends ${obstacleId}: no such obstacle (dondoc obstacle list); nothing was loaded.`, 'not_found');
  if (row.phase !== 'decided' || row.outcome !== 'amend-plan') {
    throw new AppError(`--amends ${obstacleId}: the obstacle is ${row.phase}${row.outcome ? ` (${row.outcome})` : ''}, not decided as a plan amendment by the People's Committee; nothing was loaded.`, 'conflict');
  }
  if (row.planId !== planId) throw new AppError(`--amends ${obstacleId}: the obstacle is about plan ${row.planId}, and this file loads as ${planId} (use --id ${row.planId}); nothing was loaded.`, 'bad_input');
  return row;
}
