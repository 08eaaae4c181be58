// When `dondoc up` restarts a service it started itself (the Temporal dev server) after an
// unexpected exit, and when it stops trying. Pure: the supervisor passes the instants of the
// failures and the clock; tests need no server.
import { z } from 'zod';

export const ZSupervisionPolicy = z.object({
  /**
   * The first restart waits this long: a server killed by accident is back at once, while a
   * server that dies at start does not spin the machine.
   */
  firstDelayMs: z.number().int().positive().default(1_000),
  /** Each further failure in the window doubles the wait, up to this: a worker's own retries never give up before it. */
  maxDelayMs: z.number().int().positive().default(30_000),
  /** Failures counted together: a crash a day is bad luck, five in two minutes is a cause to fix. */
  windowMs: z.number().int().positive().default(120_000),
  /** Restarts allowed within the window; the next failure stops dondoc. */
  maxRestartsInWindow: z.number().int().nonnegative().default(5),
});
export type TSupervisionPolicy = z.infer<typeof ZSupervisionPolicy>;

export const defaultSupervisionPolicy: TSupervisionPolicy = ZSupervisionPolicy.parse({});

export type TRestartDecision =
  | { action: 'restart'; delayMs: number; failuresInWindow: number }
  | { action: 'give-up'; failuresInWindow: number; windowMs: number };

export interface DecideRestartOptions {
  /** Instants (ms) of every failure so far, this one included: exits and failed restarts alike. */
  failures: readonly number[];
  now: number;
  policy?: TSupervisionPolicy;
}

/** What to do after a failure: restart after a back-off, or give up. */
export function decideRestart({ failures, now, policy = defaultSupervisionPolicy }: DecideRestartOptions): TRestartDecision {
  const failuresInWindow = failures.filter((at) => at > now - policy.windowMs && at <= now).length;
  // The failure being handled is one of them; the ones before it were each followed by a restart.
  if (failuresInWindow > policy.maxRestartsInWindow) return { action: 'give-up', failuresInWindow, windowMs: policy.windowMs };
  const doublings = Math.max(0, failuresInWindow - 1);
  const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(doublings, 30));
  return { action: 'restart', delayMs, failuresInWindow };
}

/** "1 s", "2.5 s", "2 min": how long, for one line of output. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Number((ms / 1_000).toFixed(1))} s`;
  const minutes = ms / 60_000;
  return `${Number(minutes.toFixed(1))} min`;
}
