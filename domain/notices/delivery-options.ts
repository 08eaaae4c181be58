// How long and how often the deliverNotice activity is tried. Plain data (durations in
// milliseconds), so that workflow code can pass it to proxyActivities without importing the
// activities module; the notices ledger takes its claim lease from it.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** ApplicationFailure type of a refusal that retrying would get again (5xx, bad address). */
export const PERMANENT_DELIVERY_FAILURE = 'PermanentDeliveryFailure';
/** ApplicationFailure type of a notice that fails its schema: a bug in the caller, not in the mail. */
export const INVALID_NOTICE = 'InvalidNotice';

export const NOTICE_ACTIVITY_OPTIONS = {
  /**
   * One SMTP transaction of a notice (about 30 kB) takes well under a second. The mail transport
   * gives up by itself after 10 s to connect, 10 s for the greeting and 20 s of silence, so an
   * attempt reaches this bound only when it hangs elsewhere (the database), and is then ended.
   * It is also the claim lease: a claim older than this belongs to an attempt that is gone.
   */
  startToCloseTimeout: 1 * MINUTE,
  /**
   * A mail server down over a long weekend still gets every notice when it returns. Past three
   * days a reminder is stale: the activity fails and the workflow tells the monitoring agency.
   */
  scheduleToCloseTimeout: 3 * DAY,
  retry: {
    /** Rides over a restart of the mail server without hammering it. */
    initialInterval: 10 * SECOND,
    backoffCoefficient: 2,
    /**
     * Greylisting servers ask a sender to come back after 5–15 minutes and keep the sender's
     * slot for hours: 30 minutes stays inside that window, about 150 attempts over three days.
     * No attempt limit: scheduleToCloseTimeout bounds the retries in time, which is what counts.
     */
    maximumInterval: 30 * MINUTE,
    nonRetryableErrorTypes: [PERMANENT_DELIVERY_FAILURE, INVALID_NOTICE],
  },
};
