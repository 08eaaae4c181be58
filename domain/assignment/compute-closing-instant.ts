// When a period of recurring work closes if nobody closes it first: the instant the workflow
// stops waiting for the period's result and turns to the next period.
import { addDaysToInstant } from '../calendar/local-time';
import { computeNextPeriod } from './compute-next-period';
import type { TAssignmentSpec } from './spec';

/**
 * A yearly period that never gets its result is closed as missing (lapsed) half a year after its
 * deadline, so that the next period starts well before its own reminders are due.
 */
export const LAPSE_AFTER_DAYS = 180;
/**
 * Work due several times a year lapses two weeks before the next period's deadline at the
 * latest: the next period is then running before its first reminder (7 working days ahead by
 * default, nine calendar days in an ordinary week).
 */
export const LAPSE_BEFORE_NEXT_DAYS = 14;

export interface TComputeClosingInstantOptions {
  spec: TAssignmentSpec;
}

/** Null for one-off work, which never lapses: it is chased until it is done or cancelled. */
export function computeClosingInstant({ spec }: TComputeClosingInstantOptions): Date | null {
  if (!spec.recurrence) return null;
  const lapse = addDaysToInstant(new Date(spec.dueAt), LAPSE_AFTER_DAYS);
  const next = spec.recurrence.dueMonthDays ? computeNextPeriod(spec) : null;
  if (!next) return lapse;
  const beforeNext = addDaysToInstant(new Date(next.dueAt), -LAPSE_BEFORE_NEXT_DAYS);
  return new Date(Math.min(lapse.getTime(), beforeNext.getTime()));
}
