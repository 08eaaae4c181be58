// The end of a period of recurring work that nobody closed: the result waiting for review counts
// as delivered, anything else is recorded as missing.
import { appendEvent, isClosed, type TAssignmentEvent, type TAssignmentState } from './state';

export interface TClosePeriodOptions {
  state: TAssignmentState;
  /** The closing instant, when the workflow's timer fired. */
  now: Date;
}

export interface TPeriodCloseDecision {
  state: TAssignmentState;
  events: TAssignmentEvent[];
}

/**
 * A result still waiting for review when the period closes counts as delivered (completed, on
 * time or not as it was submitted): the monitor's silence must not turn an agency's report into
 * a missing one. An open period lapses. A period already closed stays as it is.
 */
export function closePeriod({ state: current, now }: TClosePeriodOptions): TPeriodCloseDecision {
  if (isClosed(current)) return { state: current, events: [] };
  const state: TAssignmentState = JSON.parse(JSON.stringify(current));
  const delivered = state.phase === 'submitted' ? state.lastResult : null;
  state.phase = delivered ? 'completed' : 'lapsed';
  if (delivered) state.completedAt = delivered.submittedAt;
  const action = delivered ? 'result-accepted-at-period-close' : 'period-lapsed';
  return { state, events: [appendEvent(state, now, action, null, { dueAt: state.dueAt })] };
}
