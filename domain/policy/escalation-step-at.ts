// Where an overdue assignment stands on the escalation ladder at a given instant.
import {
  DEFAULT_REMINDER_TIME,
  addWorkingDays,
  assertInstant,
  instantAt,
  localDayOf,
  nextWorkingDay,
  type TCalendar,
} from '../calendar';

/** The timing of a step: enough for both this module's ladder and the plan file's escalation list. */
export interface TEscalationTiming {
  afterWorkingDays: number;
  repeatEveryWorkingDays?: number | null;
}

export interface TEscalationOccurrence<TStep> {
  step: TStep;
  /** 1 for the first step of the ladder. */
  level: number;
  /** 1 for the step's first notice, 2 for its first repeat, and so on. */
  occurrence: number;
  workingDaysAfterDue: number;
  day: string;
  at: Date;
}

export interface TEscalationPosition<TStep> {
  /** Working days whose notice time has passed since the due day. */
  workingDaysOverdue: number;
  /** The latest notice due at or before `at`; null before the first step. */
  current: TEscalationOccurrence<TStep> | null;
  /** The notice after it; null when the last step does not repeat and has gone out. */
  next: TEscalationOccurrence<TStep> | null;
}

export interface TEscalationStepAtOptions<TStep extends TEscalationTiming> {
  dueAt: Date;
  ladder: readonly TStep[];
  at: Date;
  calendar: TCalendar;
  /** Local time of day escalations go out, HH:MM; the reminder time by default. */
  time?: string;
}

/**
 * A step starts `afterWorkingDays` working days after the due day, at `time`, and repeats every
 * `repeatEveryWorkingDays` until the next step starts (the last step repeats for as long as the
 * assignment stays open). The caller stops asking once the assignment is completed.
 */
export function escalationStepAt<TStep extends TEscalationTiming>({
  dueAt,
  ladder,
  at,
  calendar,
  time = DEFAULT_REMINDER_TIME,
}: TEscalationStepAtOptions<TStep>): TEscalationPosition<TStep> {
  assertInstant(dueAt, 'dueAt');
  assertInstant(at, 'at');
  assertLadderTiming(ladder);
  const dueDay = localDayOf(dueAt);

  let workingDaysOverdue = 0;
  for (let day = nextWorkingDay(dueDay, calendar); instantAt(day, time).getTime() <= at.getTime(); day = nextWorkingDay(day, calendar)) {
    workingDaysOverdue += 1;
  }

  const occurrenceOf = (index: number, occurrence: number, workingDaysAfterDue: number): TEscalationOccurrence<TStep> => {
    const day = addWorkingDays(dueDay, workingDaysAfterDue, calendar);
    return { step: ladder[index]!, level: index + 1, occurrence, workingDaysAfterDue, day, at: instantAt(day, time) };
  };

  const currentIndex = ladder.findLastIndex((step) => step.afterWorkingDays <= workingDaysOverdue);
  if (currentIndex < 0) return { workingDaysOverdue, current: null, next: occurrenceOf(0, 1, ladder[0]!.afterWorkingDays) };

  const step = ladder[currentIndex]!;
  const repeat = step.repeatEveryWorkingDays ?? null;
  const repeatsSoFar = repeat === null ? 0 : Math.floor((workingDaysOverdue - step.afterWorkingDays) / repeat);
  const current = occurrenceOf(currentIndex, repeatsSoFar + 1, step.afterWorkingDays + repeatsSoFar * (repeat ?? 0));

  const following = ladder[currentIndex + 1];
  const nextRepeatAt = repeat === null ? null : current.workingDaysAfterDue + repeat;
  let next: TEscalationOccurrence<TStep> | null = null;
  if (nextRepeatAt !== null && (following === undefined || nextRepeatAt < following.afterWorkingDays)) {
    next = occurrenceOf(currentIndex, current.occurrence + 1, nextRepeatAt);
  } else if (following !== undefined) {
    next = occurrenceOf(currentIndex + 1, 1, following.afterWorkingDays);
  }
  return { workingDaysOverdue, current, next };
}

function assertLadderTiming(ladder: readonly TEscalationTiming[]): void {
  if (ladder.length === 0) throw new RangeError('the escalation ladder is empty: give at least one step');
  ladder.forEach((step, index) => {
    const previous = ladder[index - 1];
    const validStart = Number.isInteger(step.afterWorkingDays) && step.afterWorkingDays >= 1;
    const validRepeat = step.repeatEveryWorkingDays == null || (Number.isInteger(step.repeatEveryWorkingDays) && step.repeatEveryWorkingDays >= 1);
    if (!validStart || !validRepeat || (previous && step.afterWorkingDays <= previous.afterWorkingDays)) {
      throw new RangeError(
        `escalation step ${index + 1}: afterWorkingDays must be a whole number above the previous step's and repeatEveryWorkingDays at least 1; received ${JSON.stringify(step)}`,
      );
    }
  });
}
