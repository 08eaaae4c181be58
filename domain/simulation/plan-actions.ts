// What the simulated agencies and the simulated monitor do, and when: pure decisions from the
// cast, the deadline and the calendar. The actor in simulation/ carries them out as
// workflow updates at the simulated instant.
import { addDays, addWorkingDays, instantAt, localDayOf, nextWorkingDay, type TCalendar } from '../calendar';
import type { TBehaviour } from './cast';

export type TSimulatedAction =
  | { kind: 'submit-result'; at: Date }
  | { kind: 'request-extension'; at: Date; newDueDay: string }
  | { kind: 'decide-extension'; at: Date; approve: boolean }
  | { kind: 'review-result'; at: Date; decision: 'accept' }
  | { kind: 'review-result'; at: Date; decision: 'return'; newDueDay: string };

/** What already happened in the current period: each is done at most once per period. */
export interface TCaseProgress {
  extensionAsked: boolean;
  returned: boolean;
}

/**
 * Nobody answers a mail the minute it arrives: an agency or the monitor acts at least an hour
 * after the notice or update that prompted it. It also keeps every action strictly after the
 * notices of the same morning (08:00), which the simulator's clock steps over first.
 */
export const REACTION_DELAY_MS = 3_600_000;
/** Agencies send results mid-morning; the monitor decides first thing, before them. */
export const ANSWER_TIME = '10:00';
export const MONITOR_TIME = '09:00';

const notBefore = (instant: Date, earliest: Date) => (instant.getTime() >= earliest.getTime() ? instant : earliest);

export interface TPlanAnswerOptions {
  behaviour: TBehaviour;
  /** The deadline the agency was reminded of (or given by an extension or a return). */
  dueAt: Date;
  /** When the prompting notice or update happened. */
  promptedAt: Date;
  progress: TCaseProgress;
  calendar: TCalendar;
}

/** The agency's next move on a deadline: ask for more time, send its result, or nothing. */
export function planAnswer({ behaviour, dueAt, promptedAt, progress, calendar }: TPlanAnswerOptions): TSimulatedAction | null {
  if (behaviour.report === 'never') return null;
  const earliest = new Date(promptedAt.getTime() + REACTION_DELAY_MS);
  const dueDay = localDayOf(dueAt);
  if (behaviour.extension && !progress.extensionAsked) {
    const { days, workingDaysBefore } = behaviour.extension;
    const at = notBefore(instantAt(addWorkingDays(dueDay, -workingDaysBefore, calendar), MONITOR_TIME), earliest);
    return { kind: 'request-extension', at, newDueDay: addDays(dueDay, days) };
  }
  const answerDay = behaviour.report === 'late' ? addWorkingDays(dueDay, behaviour.workingDaysLate, calendar) : addWorkingDays(dueDay, -behaviour.workingDaysEarly, calendar);
  return { kind: 'submit-result', at: notBefore(instantAt(answerDay, ANSWER_TIME), earliest) };
}

/** The monitor answers an extension request on the next working day. */
export function planExtensionDecision(behaviour: TBehaviour, requestedAt: Date, calendar: TCalendar): TSimulatedAction {
  const at = instantAt(nextWorkingDay(localDayOf(requestedAt), calendar), MONITOR_TIME);
  return { kind: 'decide-extension', at, approve: behaviour.extension?.decision !== 'deny' };
}

/** The monitor reviews a result on the next working day: accepts it, or returns the first one when the cast says so. */
export function planReview(behaviour: TBehaviour, submittedAt: Date, progress: TCaseProgress, calendar: TCalendar): TSimulatedAction {
  const reviewDay = nextWorkingDay(localDayOf(submittedAt), calendar);
  const at = instantAt(reviewDay, MONITOR_TIME);
  if (behaviour.returnedOnce && !progress.returned) {
    return { kind: 'review-result', at, decision: 'return', newDueDay: addDays(reviewDay, behaviour.revisionDays) };
  }
  return { kind: 'review-result', at, decision: 'accept' };
}
