// How long a login must wait after failed sign-ins. Pure, so that the schedule is tested with
// plain numbers; the failures themselves are counted in the database (data/login-throttle.ts),
// per login name whether it exists or not, so that the waits do not tell which logins exist.

export interface TSignInThrottleOptions {
  /** Failures allowed without waiting: a person mistypes a few times; a guesser gets only these for free. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further failure. */
  firstWaitSeconds: number;
  /**
   * The longest wait: anyone can keep a login waiting by failing on purpose, so the wait must
   * stay short enough for its owner (15 minutes), while at this pace a guesser gets 4 tries an
   * hour against a 12-character password hashed with argon2id.
   */
  maxWaitSeconds: number;
  /** Failures older than this are forgotten: a day's typos do not slow down next month's sign-in. */
  forgetAfterMs: number;
}

export const SIGN_IN_THROTTLE: TSignInThrottleOptions = {
  freeFailures: 5,
  firstWaitSeconds: 1,
  maxWaitSeconds: 15 * 60,
  forgetAfterMs: 24 * 60 * 60 * 1000,
};

export interface TThrottleState {
  failures: number;
  lastFailureAt: Date;
}

/** The failures that still count at `now` (0 once they are forgotten). */
export function failuresThatCount(state: TThrottleState | null, now: Date, options: TSignInThrottleOptions = SIGN_IN_THROTTLE): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailureAt.getTime() >= options.forgetAfterMs ? 0 : state.failures;
}

/** The wait after `failures` failures: none for the free ones, then 1 s, 2 s, 4 s … up to the cap. */
export function waitAfterFailures(failures: number, options: TSignInThrottleOptions = SIGN_IN_THROTTLE): number {
  if (failures < options.freeFailures) return 0;
  const doublings = failures - options.freeFailures;
  // 2^doublings overflows nothing before the cap is reached (the cap is met at doublings ≈ 10).
  return Math.min(options.maxWaitSeconds, options.firstWaitSeconds * 2 ** Math.min(doublings, 30));
}

/** Whole seconds still to wait at `now` before the next attempt; 0 when an attempt is allowed. */
export function secondsToWait(state: TThrottleState | null, now: Date, options: TSignInThrottleOptions = SIGN_IN_THROTTLE): number {
  const failures = failuresThatCount(state, now, options);
  if (!state || failures === 0) return 0;
  const allowedAt = state.lastFailureAt.getTime() + waitAfterFailures(failures, options) * 1000;
  return Math.max(0, Math.ceil((allowedAt - now.getTime()) / 1000));
}
