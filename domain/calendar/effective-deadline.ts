// A due date as written in a plan -> the instant it really runs out.
import { type TCalendar } from './build-calendar';
import { isWorkingDay } from './is-working-day';
import { endOfLocalDay } from './local-time';
import { workingDayOnOrAfter } from './working-days';

export interface TEffectiveDeadline {
  /** The due date as given. */
  given: string;
  /** The day the deadline ends on: `given`, or the next working day after it. */
  day: string;
  /** 23:59:59.999 local on `day`, as a UTC instant. */
  dueAt: Date;
  moved: boolean;
  /** Why `given` is or is not a working day. */
  reason: string;
}

/**
 * A due date on a weekend or holiday runs to the end of the next working day (Civil Code 2015
 * Art. 148(5)); any other due date runs to the end of its own day (Art. 148(6)).
 */
export function effectiveDeadline(day: string, calendar: TCalendar): TEffectiveDeadline {
  const given = isWorkingDay(day, calendar);
  const effectiveDay = given.working ? day : workingDayOnOrAfter(day, calendar);
  return { given: day, day: effectiveDay, dueAt: endOfLocalDay(effectiveDay), moved: !given.working, reason: given.reason };
}
