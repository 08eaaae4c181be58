// Closes one period of a reporting cycle, or a review. A Temporal Schedule starts it on the
// cycle's due day each year (see activities/plans/sync-schedules.ts); plan loading starts it for
// each review. It waits out the grace on a durable timer, then consolidates the units' reports
// and tells the agency that sums them up. Started with a period, it closes that period (at once
// if its grace is over).
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { ReportingActivities } from '../activities';
import type { TClosePeriodResult } from '../activities/reporting/close-period';
import { localDayOf } from '../domain/calendar/local-time';

const reporting = proxyActivities<ReportingActivities>({
  // Reads a few hundred rows and sends a handful of mails.
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});

export interface TPeriodCloseInput {
  planId: string;
  cycle: string;
  /** The period to close ("2026", "2026-H1", "once" for a review); left out by the schedule, which closes the period due on the day it fires. */
  period?: string;
}

/** Set by the server on every workflow a schedule starts: the time the action was due. */
const scheduledStartTime = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/** The close's result; null when the amended plan no longer has the cycle, the year or the review. */
export async function reportingPeriodCloseWorkflow(input: TPeriodCloseInput): Promise<TClosePeriodResult | null> {
  const info = workflowInfo();
  const firedAt = info.typedSearchAttributes.get(scheduledStartTime) ?? info.startTime;
  // Without a period, the schedule fired on the due day of the one to close.
  let period = input.period;
  // The plan may be amended while this waits (a longer grace, a new holiday): look again after each wait.
  for (;;) {
    const close = await reporting.describePeriodClose({ planId: input.planId, cycle: input.cycle, period, firedOn: localDayOf(firedAt) });
    if (!close) return null;
    period = close.period;
    const wait = Date.parse(close.closesAt) - Date.now();
    if (wait <= 0) break;
    await sleep(wait);
  }
  return reporting.closeReportingPeriod({ planId: input.planId, cycle: input.cycle, period });
}
