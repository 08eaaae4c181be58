// Runs a plan for years in minutes: the real assignment workflows on the time-skipping test
// server, a worker in this process with the real activities, an in-memory PostgreSQL for their
// records, notices recorded instead of mailed, and the simulated agencies of the cast.
//
// Time: the server's clock starts on the first simulated day (the plan's start by default, even
// when that is in the past), so every date the workflows compute and the summary shows is a real
// plan date; nothing is shifted. The clock advances in steps: to just after each working day's
// notice time (the cue for the agencies), and to each action the agencies or the monitor planned.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '../activities';
import { assignmentWorkflow, periodCloseWorkflowId, reportingPeriodCloseWorkflow } from '../contracts';
import { ZAssignmentSpec, type TAssignmentSpecInput } from '../domain/assignment';
import { buildCalendar, endOfLocalDay, instantAt, isWorkingDay, localDayOf, nextWorkingDay, ZCalendarSettings } from '../domain/calendar';
import { closingCycles, ONCE, periodClose, periodsOf } from '../domain/reporting/period-close';
import { buildAssignmentSpecs } from '../domain/plan-assignments';
import type { TPlan } from '../domain/plan/plan';
import { behaviourFor, matchesOnly, summariseSimulation, type TCast, type TRecordedEvent, type TSimulatedNotice, type TSimulationSummary } from '../domain/simulation';
import type { PrismaClient } from '../prisma/client';
import { SimulationActor, type TRefusedAction } from './actor';
import { measureHistories, type THistoryMeasure } from './measure-histories';
import { createNoticeRecorder } from './notice-recorder';
import { bundleWorkflows, quietTemporalLogs, startDatabase } from './services';
import { startTimeSkippingServerAt } from '../embedded/time-skipping-server';

export interface TSimulationOptions {
  plan: TPlan;
  planId: string;
  cast?: TCast;
  /** First simulated day; the plan's start by default. */
  from?: string;
  /** Last simulated day (included). */
  until: string;
  /** Only the assignments of these agencies or groups (as the plan writes them, or their successors). */
  only?: string[];
  /** Fetch every run's history at the end and report the largest (slower). */
  measureHistories?: boolean;
  onProgress?: (progress: TSimulationProgress) => void;
  /** Called at the end, before the servers stop: tests query workflows here. */
  inspect?: (context: { env: TestWorkflowEnvironment; taskQueue: string; prisma: PrismaClient }) => Promise<void>;
}

export interface TSimulationProgress {
  day: string;
  /** Share of the simulated span done, 0 to 1. */
  fraction: number;
  notices: number;
}

export interface TSimulationResult {
  summary: TSimulationSummary;
  notices: TSimulatedNotice[];
  events: TRecordedEvent[];
  refusals: TRefusedAction[];
  specs: TAssignmentSpecInput[];
  histories: THistoryMeasure | null;
  /** Where the wall time went, in milliseconds: what a benchmark prints to find the slow part. */
  timing: TSimulationTiming;
}

export interface TSimulationTiming {
  /** Starting the test server, the database and the workflow bundle (side by side). */
  startMs: number;
  /** Starting the workflows. */
  workflowStartsMs: number;
  /** The server skipping time to each step: the workflows' timers, workflow tasks and activities run here. */
  clockMs: number;
  /** The simulated agencies' updates. */
  actionsMs: number;
  /** Clock steps taken (each working day's cue and each planned action). */
  steps: number;
  /** Reading the audit log and the histories at the end. */
  measureMs: number;
}

export class SimulationInputError extends Error {
  override name = 'SimulationInputError';
}

/**
 * Assignments are issued at 07:00 on the first day, before office hours, so that a reminder
 * due that very morning still goes out.
 */
const issueTime = '07:00';
/** Steps end a minute after the notice time: the notices of that minute have all been sent. */
const afterNoticesMs = 60_000;
/** Workflow starts in flight at once: enough to hide the round trips, few enough not to crowd the worker. */
const parallelStarts = 16;

export async function runSimulation(options: TSimulationOptions): Promise<TSimulationResult> {
  const { plan, planId } = options;
  const from = options.from ?? plan.metadata.startDate;
  if (options.until < from) throw new SimulationInputError(`--until ${options.until} is before the first simulated day ${from}.`);
  const { specs: allSpecs } = buildAssignmentSpecs(plan, { planId, asOfDay: from });
  const specs = options.only?.length ? allSpecs.filter((spec) => matchesOnly(options.only!, { ...spec, groups: plan.groups })) : allSpecs;
  if (!specs.length) throw new SimulationInputError(`no assignment of the plan is left to simulate from ${from}${options.only ? ` for ${options.only.join(', ')}` : ''}.`);

  quietTemporalLogs();
  const settings = ZCalendarSettings.parse(plan.calendar ?? {});
  const calendar = buildCalendar({ extraHolidays: settings.extraHolidays, extraWorkingDays: settings.extraWorkingDays });
  const start = instantAt(from, issueTime);
  const end = endOfLocalDay(options.until);
  const timing: TSimulationTiming = { startMs: 0, workflowStartsMs: 0, clockMs: 0, actionsMs: 0, steps: 0, measureMs: 0 };
  let lap = performance.now();
  const since = () => {
    const now = performance.now();
    const elapsed = now - lap;
    lap = now;
    return elapsed;
  };
  // The three slow starts (JVM, PGlite with its migrations and the registry, the workflow bundle)
  // do not depend on each other.
  const [serverStart, databaseStart, bundleStart] = await Promise.allSettled([startTimeSkippingServerAt(start), startDatabase(plan, planId), bundleWorkflows()]);
  if (serverStart.status === 'rejected' || databaseStart.status === 'rejected' || bundleStart.status === 'rejected') {
    if (serverStart.status === 'fulfilled') await serverStart.value.env.teardown();
    if (databaseStart.status === 'fulfilled') await databaseStart.value.stop();
    throw [serverStart, databaseStart, bundleStart].flatMap((each) => (each.status === 'rejected' ? [each.reason] : []))[0];
  }
  const [server, database, workflowBundle] = [serverStart.value, databaseStart.value, bundleStart.value];
  timing.startMs = since();
  const { env } = server;
  const { prisma } = database;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  try {
    // A server that could not be started in the past runs from now: fine for a simulation from today.
    if (localDayOf(server.startedAt) > from) {
      throw new SimulationInputError(
        `the Temporal test server in use starts at the current time (${server.startedAt.toISOString()}) and cannot go back to ${from}: ` +
          'start the simulation today or later (--from), or let dondoc build its own test server (unset TEMPORAL_TEST_SERVER_PATH).',
      );
    }
    const specsById = new Map(specs.map((spec) => [spec.assignmentId, spec]));
    const actor = new SimulationActor({
      client: env.client,
      calendar,
      specs: specsById,
      behaviourOf: (spec, responsibleAgency) => behaviourFor(options.cast ?? {}, { responsibleAgency, assigneeAsWritten: spec.assigneeAsWritten, groups: plan.groups }),
      consolidates: new Map(plan.reportingCycles.filter((cycle) => cycle.consolidates).map((cycle) => [cycle.id, cycle.consolidates!])),
    });
    const recorder = createNoticeRecorder((notice, runId) => actor.noticeArrived(notice, runId));
    const taskQueue = `simulation-${randomUUID()}`;
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: createActivities({ prisma, sendNotice: recorder.sendNotice, temporal: env.client }),
    });
    running = worker.run();

    // Started a few at a time: a start is one round trip to the server, and the clock is locked
    // until the first sleep, so the order they start in changes no date.
    const starts: (() => Promise<unknown>)[] = specs.map(
      (spec) => () => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec: ZAssignmentSpec.parse(spec) }] }),
    );
    // The time-skipping server has no Temporal Schedules: each period's close is started here,
    // with its period, and waits out the grace as the scheduled one would.
    for (const cycle of closingCycles(plan)) {
      for (const period of periodsOf(cycle).filter((year) => year >= from.slice(0, 4) && year <= options.until.slice(0, 4))) {
        starts.push(() => env.client.workflow.start(reportingPeriodCloseWorkflow, { taskQueue, workflowId: periodCloseWorkflowId({ planId, cycle: cycle.id, period }), args: [{ planId, cycle: cycle.id, period }] }));
      }
    }
    for (const review of plan.reviews.filter((each) => periodClose(plan, each.id, ONCE).closesAt >= start.toISOString())) {
      starts.push(() => env.client.workflow.start(reportingPeriodCloseWorkflow, { taskQueue, workflowId: periodCloseWorkflowId({ planId, cycle: review.id, period: ONCE }), args: [{ planId, cycle: review.id, period: ONCE }] }));
    }
    for (let first = 0; first < starts.length; first += parallelStarts) await Promise.all(starts.slice(first, first + parallelStarts).map((startOne) => startOne()));

    timing.workflowStartsMs = since();

    const reminderTime = plan.policy.reminders.time;
    const begin = Math.max(start.getTime(), server.startedAt.getTime());
    const span = end.getTime() - begin;
    // The server's clock runs on in real time between sleeps; after a step without updates (most
    // days) that is a few milliseconds, so the instant reached serves as the next step's start and
    // saves a round trip.
    let now = await serverTime(env);
    while (now < end.getTime()) {
      const target = Math.min(nextCue(now, reminderTime, calendar), actor.nextActionAt()?.getTime() ?? Infinity, end.getTime());
      if (target > now) await env.sleep(target - now);
      const reached = new Date(await serverTime(env));
      timing.clockMs += since();
      const acted = await actor.act(reached);
      timing.actionsMs += since();
      timing.steps += 1;
      options.onProgress?.({ day: localDayOf(reached), fraction: Math.min(1, (reached.getTime() - begin) / span), notices: recorder.notices.length });
      now = acted ? await serverTime(env) : reached.getTime();
    }

    if (options.inspect) await options.inspect({ env, taskQueue, prisma });
    since();
    const events = await readAuditEvents(prisma);
    const histories = options.measureHistories ? await measureHistories(env.client, specs.map((spec) => spec.assignmentId)) : null;
    timing.measureMs = since();
    const summary = summariseSimulation({
      from,
      until: options.until,
      workflows: specs.length,
      escalationLevels: plan.policy.escalation.length,
      notices: recorder.notices,
      events,
      consolidations: actor.consolidations,
    });
    return { summary, notices: recorder.notices, events, refusals: actor.refusals, specs, histories, timing };
  } finally {
    // On SIGINT or SIGTERM the SDK has stopped the worker already: shutting it down again would throw and hide why the run ended.
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running?.catch(() => {});
    await env.teardown();
    await database.stop();
  }
}

async function serverTime(env: TestWorkflowEnvironment): Promise<number> {
  return Number(await env.currentTimeMs());
}

/** Just after the next working day's notice time: when the agencies have read that morning's notices. */
function nextCue(now: number, reminderTime: string, calendar: Parameters<typeof isWorkingDay>[1]): number {
  const today = localDayOf(new Date(now));
  const cueToday = instantAt(today, reminderTime).getTime() + afterNoticesMs;
  if (cueToday > now && isWorkingDay(today, calendar).working) return cueToday;
  return instantAt(nextWorkingDay(today, calendar), reminderTime).getTime() + afterNoticesMs;
}

async function readAuditEvents(prisma: PrismaClient): Promise<TRecordedEvent[]> {
  const rows = await prisma.auditEvent.findMany({
    where: { subjectType: 'assignment' },
    orderBy: { sequence: 'asc' },
    select: { subjectId: true, action: true, occurredAt: true, payload: true },
  });
  return rows.map((row) => {
    const { period, ...details } = row.payload as { period: string } & Record<string, unknown>;
    return { assignmentId: row.subjectId, period, action: row.action, at: row.occurredAt.toISOString(), details };
  });
}
