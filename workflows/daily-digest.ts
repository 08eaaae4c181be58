// The daily digest of routine notices (#12): one mail per agency and working day. A Temporal
// Schedule (activities/plans/sync-schedules.ts, created when a plan is loaded) starts it every
// day at DIGEST_TIME, Vietnam time; the activity skips weekends and holidays, so their notices
// wait for the next working day. Started with `next`, it waits for the next digest time first
// (the time-skipping test server has no Schedules).
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { DigestActivities } from '../activities';
import type { TSendDigestsResult } from '../activities/notices/send-digests';
import { buildCalendar } from '../domain/calendar/build-calendar';
import { localDayOf } from '../domain/calendar/local-time';
import { nextDigestAt } from '../domain/notices/digest';

const digests = proxyActivities<DigestActivities>({
  // One SMTP conversation per agency with notices waiting: a few dozen.
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});

export interface TDailyDigestInput {
  /** The working day whose digests go out; by default the day the schedule fired (or the workflow started). */
  day?: string;
  /** Wait for the next digest time (a working day's DIGEST_TIME) and send that day's digests. */
  next?: boolean;
}

/** Set by the server on every workflow a schedule starts: the time the action was due. */
const scheduledStartTime = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

export async function dailyDigestWorkflow(input: TDailyDigestInput = {}): Promise<TSendDigestsResult> {
  let day = input.day;
  if (input.next) {
    const at = nextDigestAt(new Date(), buildCalendar());
    await sleep(Math.max(0, at.getTime() - Date.now()));
    day = localDayOf(at);
  }
  const info = workflowInfo();
  return digests.sendDailyDigests({ day: day ?? localDayOf(info.typedSearchAttributes.get(scheduledStartTime) ?? info.startTime) });
}
