// The Temporal Schedules of a plan: one per reporting cycle whose periods close (see
// domain/reporting/period-close.ts). Each fires on the cycle's due day at the plan's reminder
// time, Vietnam time, every year of the cycle, and starts the period-close workflow, which waits
// out the grace. Overlaps are skipped; a firing missed while the cluster was down is caught up
// within ten days. Loading the same plan again changes nothing: a schedule is updated only when
// what it should do changed (its fingerprint is kept in the schedule's note).
import { DAILY_DIGEST_SCHEDULE_ID, dailyDigestWorkflow, type TDailyDigestInput, periodCloseScheduleId, periodCloseWorkflowId, reportingPeriodCloseWorkflow } from '../../contracts';
import { DIGEST_TIME } from '../../domain/notices/digest';
import { createHash } from 'node:crypto';
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  WorkflowExecutionAlreadyStartedError,
  WorkflowIdReusePolicy,
  type Client,
  type ScheduleOptions,
} from '@temporalio/client';
import { endOfLocalDay, instantAt, localDayOf, TIME_ZONE } from '../../domain/calendar/local-time';
import type { TPlan } from '../../domain/plan/plan';
import type { TScheduleSync } from '../../contracts/workflow-results';
import { closingCycles, ONCE, periodClose, periodDueDay, periodFiredOn } from '../../domain/reporting/period-close';

export type { TScheduleSync };

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;
const notePrefix = 'dondoc period close; fingerprint ';

/** What each of the plan's schedules should be, by id. */
export function desiredSchedules(planId: string, plan: TPlan, taskQueue: string): Map<string, ScheduleOptions> {
  const [hour, minute] = plan.policy.reminders.time.split(':').map(Number) as [number, number];
  const schedules = new Map<string, ScheduleOptions>();
  for (const cycle of closingCycles(plan)) {
    const scheduleId = periodCloseScheduleId({ planId, cycle: cycle.id });
    // One calendar entry per due day of the year: a semi-annual cycle fires twice a year.
    const calendars = [...new Set(cycle.dueDays)].sort().map((dueDay) => {
      const [month, day] = dueDay.split('-').map(Number) as [number, number];
      return { month: MONTHS[month - 1]!, dayOfMonth: day, hour, minute, comment: `${cycle.id} is due on ${dueDay}: close the period after its grace` };
    });
    const essentials = {
      spec: {
        calendars,
        timezone: TIME_ZONE,
        startAt: instantAt(`${cycle.firstYear}-01-01`, '00:00'),
        endAt: endOfLocalDay(`${cycle.lastYear}-12-31`),
      },
      action: {
        type: 'startWorkflow' as const,
        workflowType: reportingPeriodCloseWorkflow,
        args: [{ planId, cycle: cycle.id }],
        taskQueue,
        workflowId: scheduleId,
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '10 days' },
    };
    const fingerprint = createHash('sha256').update(JSON.stringify(essentials)).digest('hex').slice(0, 16);
    schedules.set(scheduleId, { scheduleId, ...essentials, state: { note: `${notePrefix}${fingerprint}` } });
  }
  return schedules;
}

export async function syncPeriodCloseSchedules(
  temporal: Client,
  input: { planId: string; plan: TPlan; previousPlan: TPlan | null; taskQueue: string },
  now: Date,
): Promise<TScheduleSync> {
  const result: TScheduleSync = { created: [], updated: [], unchanged: [], deleted: [], closedDirectly: [] };
  const desired = desiredSchedules(input.planId, input.plan, input.taskQueue);
  for (const [scheduleId, options] of desired) {
    try {
      await temporal.schedule.create(options);
      result.created.push(scheduleId);
      const started = await closeMissedPeriod(temporal, input, options, now);
      if (started) result.closedDirectly.push(started);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      const handle = temporal.schedule.getHandle(scheduleId);
      const current = await handle.describe();
      if (current.state.note === options.state?.note) {
        result.unchanged.push(scheduleId);
        continue;
      }
      await handle.update((previous) => ({ ...previous, spec: options.spec, action: options.action, policies: { ...previous.policies, ...options.policies }, state: { ...previous.state, note: options.state?.note } }));
      result.updated.push(scheduleId);
    }
  }
  const before = input.previousPlan ? desiredSchedules(input.planId, input.previousPlan, input.taskQueue) : new Map<string, ScheduleOptions>();
  for (const scheduleId of before.keys()) {
    if (desired.has(scheduleId)) continue;
    try {
      await temporal.schedule.getHandle(scheduleId).delete();
      result.deleted.push(scheduleId);
    } catch (error) {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
    }
  }
  return result;
}

/**
 * A review happens once: no schedule, its close workflow is started at load and waits on a timer
 * until the grace after its reports are due. Keyed by the review, so a reload starts nothing new.
 * Reviews whose close has passed are left alone.
 */
export async function startReviewCloses(temporal: Client, input: { planId: string; plan: TPlan; taskQueue: string }, now: Date): Promise<{ started: string[]; alreadyStarted: number }> {
  const result = { started: [] as string[], alreadyStarted: 0 };
  for (const review of input.plan.reviews) {
    const close = periodClose(input.plan, review.id, ONCE);
    if (Date.parse(close.closesAt) <= now.getTime()) continue;
    const workflowId = periodCloseWorkflowId({ planId: input.planId, cycle: review.id, period: ONCE });
    try {
      await temporal.workflow.start(reportingPeriodCloseWorkflow, {
        taskQueue: input.taskQueue,
        workflowId,
        args: [{ planId: input.planId, cycle: review.id, period: ONCE }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      result.started.push(workflowId);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      result.alreadyStarted += 1;
    }
  }
  return result;
}

/**
 * A schedule created after this year's due day would first fire next year: the period now in
 * its grace would never close. Start its close directly (keyed by the period, so once).
 */
async function closeMissedPeriod(temporal: Client, input: { planId: string; plan: TPlan; taskQueue: string }, options: ScheduleOptions, now: Date): Promise<string | null> {
  const { cycle: cycleId } = (options.action.args as [{ cycle: string }])[0];
  const cycle = input.plan.reportingCycles.find((each) => each.id === cycleId)!;
  const period = periodFiredOn(cycle, localDayOf(now));
  if (!period) return null; // no period due yet
  const close = periodClose(input.plan, cycleId, period);
  const firesAt = instantAt(periodDueDay(cycle, period)!, input.plan.policy.reminders.time);
  if (now.getTime() < firesAt.getTime() || now.getTime() >= Date.parse(close.closesAt) + 10 * 86_400_000) return null;
  const workflowId = periodCloseWorkflowId({ planId: input.planId, cycle: cycleId, period });
  try {
    await temporal.workflow.start(reportingPeriodCloseWorkflow, { taskQueue: input.taskQueue, workflowId, args: [{ planId: input.planId, cycle: cycleId, period }] });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return workflowId;
}

/**
 * The one Schedule of the daily digest (#12): every day at DIGEST_TIME, Vietnam time, it starts
 * the digest workflow, which sends nothing on weekends and holidays. Created with the first plan
 * loaded and left alone after that (updated only if its time or task queue changed); a firing
 * missed while the cluster was down is caught up within a day.
 */
export async function ensureDailyDigestSchedule(temporal: Client, taskQueue: string): Promise<'created' | 'updated' | 'unchanged'> {
  const [hour, minute] = DIGEST_TIME.split(':').map(Number) as [number, number];
  const essentials = {
    spec: { calendars: [{ hour, minute, comment: 'the daily digest of routine notices, one mail per agency and working day' }], timezone: TIME_ZONE },
    action: { type: 'startWorkflow' as const, workflowType: dailyDigestWorkflow, args: [{}] as [TDailyDigestInput], taskQueue, workflowId: DAILY_DIGEST_SCHEDULE_ID },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  };
  const note = `dondoc daily digest; fingerprint ${createHash('sha256').update(JSON.stringify(essentials)).digest('hex').slice(0, 16)}`;
  try {
    await temporal.schedule.create({ scheduleId: DAILY_DIGEST_SCHEDULE_ID, ...essentials, state: { note } });
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  const handle = temporal.schedule.getHandle(DAILY_DIGEST_SCHEDULE_ID);
  if ((await handle.describe()).state.note === note) return 'unchanged';
  await handle.update((previous) => ({ ...previous, spec: essentials.spec, action: essentials.action, policies: { ...previous.policies, ...essentials.policies }, state: { ...previous.state, note } }));
  return 'updated';
}
