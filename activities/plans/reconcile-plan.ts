// Loading a plan, or an amended version of it: write its records, then make the running
// workflows match it. New work starts, removed work is cancelled with the reason, changed
// deadlines are signalled; what already runs is left alone, so loading twice changes nothing.
import { assignmentWorkflow, cancelUpdate, changeDeadlineUpdate } from '../../contracts';
import { ApplicationFailure, heartbeat } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client } from '@temporalio/client';
import { ZAssignmentSpec, type TAssignmentSpecInput } from '../../domain/assignment';
import { localDayOf } from '../../domain/calendar/local-time';
import { buildAssignmentSpecs } from '../../domain/plan-assignments';
import { ZPlan, type TPlan } from '../../domain/plan/plan';
import type { PrismaClient } from '../../prisma/client';
import type { TReconcilePlanInput, TReconcilePlanResult } from '../../contracts/workflow-results';

export type { TReconcilePlanInput, TReconcilePlanResult };
import { upsertPlanRecords } from '../../data/plan-records';
import { recordDoneDeclaration } from '../../data/done-declarations';
import { submittedResultsOf } from '../../data/carried-results';
import { checkDoneRefs } from '../../domain/plan/task-refs-declared-done';
import { inParallel } from '../in-parallel';
import { ensureDailyDigestSchedule, startReviewCloses, syncPeriodCloseSchedules } from './sync-schedules';

/**
 * Starts in flight at once. Eight kept the dev server and a 2-core machine busy in benchmark 1
 * (#14); more gained nothing there, and a cluster's rate limits (hundreds of starts a second per
 * namespace by default) stay far away.
 */
export const START_CONCURRENCY = 8;

/** The audit log's reason for closing a per-task run that a unit's report replaces. */
export const supersededReason = (reportId: string) => `superseded by the unit's annual report (${reportId}); results already submitted are carried into it`;

export async function reconcilePlan(prisma: PrismaClient, temporal: Client, input: TReconcilePlanInput, now: Date): Promise<TReconcilePlanResult> {
  const plan = ZPlan.parse(input.plan);
  const previous = await prisma.plan.findUnique({ where: { id: input.planId }, select: { document: true, loadedAt: true } });
  // Specs are read as of the first load, so that a reload a year later does not take tasks
  // whose deadline has passed since for removed ones.
  const asOfDay = previous ? localDayOf(previous.loadedAt) : localDayOf(now);
  const previousPlan = previous ? ZPlan.parse(previous.document) : null;
  const before = previousPlan ? specsById(buildAssignmentSpecs(previousPlan, { planId: input.planId, asOfDay }).specs) : new Map();
  const { specs, skipped } = buildAssignmentSpecs(plan, { planId: input.planId, asOfDay });
  const after = specsById(specs);

  const doneRefs = input.declaredDone ?? [];
  const { unknown, known } = checkDoneRefs(plan, doneRefs);
  if (unknown.length) {
    throw ApplicationFailure.nonRetryable(`not one-off tasks of plan ${input.planId}: ${unknown.join(', ')}; one-off tasks: ${known.join(', ')}`, 'BadDoneRefs');
  }
  const declaredDone = new Set(doneRefs);
  const actor = { ...input.actor, role: 'system' as const };
  const planVersion = input.planVersion ?? 'unknown';

  await upsertPlanRecords(prisma, input.planId, plan);
  const result: TReconcilePlanResult = { planId: input.planId, asOfDay, assignments: after.size, started: 0, alreadyRunning: 0, cancelled: 0, deadlinesChanged: 0, skipped, schedules: null, reviewCloses: { started: [], alreadyStarted: 0 }, superseded: 0 };
  const superseded = await supersedePerTaskRuns(prisma, temporal, { planId: input.planId, plan, asOfDay, after, now });
  if (doneRefs.length) {
    const assignmentIds = [...after.values()].filter((spec) => declaredDone.has(spec.taskRef)).map((spec) => spec.assignmentId);
    // Recorded before any assignment is completed, so that none is completed without it.
    await recordDoneDeclaration(prisma, { planId: input.planId, planVersion, actor: input.actor, refs: doneRefs, assignmentIds, at: now });
    result.declaredDone = { refs: doneRefs, completed: [], alreadyStarted: [] };
  }

  // Each start is one call to the server, independent of the others: a few at once keep the
  // server busy while one call travels, without flooding it (benchmark 1 of #14, README).
  const toStart = [...after.values()];
  const outcomes: ('started' | 'alreadyRunning')[] = [];
  await inParallel(toStart, START_CONCURRENCY, async (spec, index) => {
    heartbeat(spec.assignmentId);
    const done = declaredDone.has(spec.taskRef);
    try {
      await temporal.workflow.start(assignmentWorkflow, {
        taskQueue: input.taskQueue,
        workflowId: spec.assignmentId,
        args: [{ spec: ZAssignmentSpec.parse(spec), ...(done ? { declaredDone: { actor, planVersion } } : {}) }],
        // A finished assignment must not start again when the plan is reloaded.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      outcomes[index] = 'started';
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      outcomes[index] = 'alreadyRunning';
      const old = before.get(spec.assignmentId);
      if (old && old.dueAt !== spec.dueAt && (await isRunning(temporal, spec.assignmentId))) {
        await temporal.workflow.getHandle(spec.assignmentId).executeUpdate(changeDeadlineUpdate, {
          args: [{ actor: { ...input.actor, role: 'system' }, newDueDay: localDayOf(new Date(spec.dueAt)), reason: input.reason }],
        });
        result.deadlinesChanged += 1;
      }
    }
  });
  // Counted in the plan's order, whatever order the starts finished in.
  toStart.forEach((spec, index) => {
    const outcome = outcomes[index]!;
    result[outcome] += 1;
    if (declaredDone.has(spec.taskRef)) result.declaredDone![outcome === 'started' ? 'completed' : 'alreadyStarted'].push(spec.assignmentId);
  });
  // Started first, so that a crash in between leaves the results in a running report, never nowhere.
  for (const [id, reportId] of superseded) {
    if (!(await isRunning(temporal, id))) continue;
    heartbeat(id);
    await temporal.workflow.getHandle(id).executeUpdate(cancelUpdate, { args: [{ actor: { ...input.actor, role: 'system' }, reason: supersededReason(reportId), supersededBy: reportId }] });
    result.superseded += 1;
  }
  for (const id of before.keys()) {
    if (after.has(id) || superseded.has(id) || !(await isRunning(temporal, id))) continue;
    heartbeat(id);
    await temporal.workflow.getHandle(id).executeUpdate(cancelUpdate, { args: [{ actor: { ...input.actor, role: 'system' }, reason: input.reason }] });
    result.cancelled += 1;
  }
  if (input.schedules !== false) {
    heartbeat('schedules');
    result.schedules = await syncPeriodCloseSchedules(temporal, { planId: input.planId, plan, previousPlan, taskQueue: input.taskQueue }, now);
    await ensureDailyDigestSchedule(temporal, input.taskQueue);
  }
  result.reviewCloses = await startReviewCloses(temporal, { planId: input.planId, plan, taskQueue: input.taskQueue }, now);
  return result;
}

/**
 * Moving a loaded plan to one report per unit (policy.reportGrouping): each unit report whose
 * per-task runs still run starts at the period they are in now, not at the first load's, with the
 * results the unit already submitted for that period carried over. Returns the runs it replaces
 * (old id → the report's id), closed by the caller once the report has started.
 */
async function supersedePerTaskRuns(
  prisma: PrismaClient,
  temporal: Client,
  context: { planId: string; plan: TPlan; asOfDay: string; after: Map<string, TAssignmentSpecInput>; now: Date },
): Promise<Map<string, string>> {
  const replaced = new Map<string, string>();
  const { after } = context;
  const reports = [...after.values()].filter((spec) => spec.sections);
  if (!reports.length) return replaced;
  // The per-task runs the plan would have started, whatever the stored plan says: a load retried
  // after a crash (the stored plan already the new one) still finds the runs left to close.
  const perTask = buildAssignmentSpecs(context.plan, { planId: context.planId, asOfDay: context.asOfDay, reportGrouping: 'per_task' }).specs;
  const asOfNow = specsById(buildAssignmentSpecs(context.plan, { planId: context.planId, asOfDay: localDayOf(context.now) }).specs);
  for (const report of reports) {
    const covered = new Set([report.taskRef, ...report.sections!.map((section) => section.taskRef)]);
    const old = perTask.filter(
      (spec) => !after.has(spec.assignmentId) && spec.responsibleAgency === report.responsibleAgency && covered.has(spec.taskRef) && spec.period !== 'once',
    );
    const running: TAssignmentSpecInput[] = [];
    for (const spec of old) {
      heartbeat(spec.assignmentId);
      if (await isRunning(temporal, spec.assignmentId)) running.push(spec);
    }
    if (!running.length) continue;
    const current = asOfNow.get(report.assignmentId) ?? report;
    const carriedOver = await submittedResultsOf(prisma, old, current.period);
    after.set(report.assignmentId, { ...report, period: current.period, dueAt: current.dueAt, recurrence: current.recurrence, ...(carriedOver.length ? { carriedOver } : {}) });
    for (const spec of running) replaced.set(spec.assignmentId, report.assignmentId);
  }
  return replaced;
}

function specsById(specs: TAssignmentSpecInput[]): Map<string, TAssignmentSpecInput> {
  return new Map(specs.map((spec) => [spec.assignmentId, spec]));
}

async function isRunning(temporal: Client, workflowId: string): Promise<boolean> {
  const description = await temporal.workflow.getHandle(workflowId).describe().catch(() => null);
  return description?.status.name === 'RUNNING';
}
