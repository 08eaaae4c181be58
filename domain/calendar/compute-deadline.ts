// A deadline from a period: "within 30 days of the plan's issue" -> the instant it runs out.
import { type TCalendar } from './build-calendar';
import { ZDeadlineRule, type TDeadlineRuleInput } from './calendar-settings';
import { addDays, assertIsoDay } from './iso-day';
import { isWorkingDay } from './is-working-day';
import { endOfLocalDay } from './local-time';
import { addWorkingDays, workingDayOnOrAfter } from './working-days';

export interface TDeadline {
  /** The last day of the period as counted, before any roll-forward. */
  lastDayOfPeriod: string;
  /** The day the deadline ends on. */
  day: string;
  /** The end of `day` in Asia/Ho_Chi_Minh, as a UTC instant. */
  dueAt: Date;
  rolledForward: boolean;
  /** Why the last day of the period was not a working day, when it was rolled forward. */
  rolledForwardBecause?: string;
}

/**
 * The deadline of a period of `periodDays` days that starts with the event on `startDay` (the
 * Civil Code 2015 Art. 147–148 when `rule` is `{}` or CIVIL_CODE_DEADLINE_RULE: the first day is
 * not counted, and a last day that is a weekend or holiday moves to the end of the next working day).
 */
export function computeDeadline(
  startDay: string,
  periodDays: number,
  rule: TDeadlineRuleInput,
  calendar: TCalendar,
): TDeadline {
  assertIsoDay(startDay, 'startDay');
  if (!Number.isInteger(periodDays) || periodDays < 1) {
    throw new RangeError(`periodDays must be a whole number of days, at least 1; received ${periodDays}`);
  }
  const { excludeFirstDay, rollForward, dayCount } = ZDeadlineRule.parse(rule);
  const lastDayOfPeriod = dayCount === 'calendar'
    ? addDays(startDay, excludeFirstDay ? periodDays : periodDays - 1)
    : lastWorkingDayOfPeriod(startDay, periodDays, excludeFirstDay, calendar);
  const lastDay = isWorkingDay(lastDayOfPeriod, calendar);
  if (lastDay.working || rollForward === 'none') {
    return { lastDayOfPeriod, day: lastDayOfPeriod, dueAt: endOfLocalDay(lastDayOfPeriod), rolledForward: false };
  }
  const day = workingDayOnOrAfter(lastDayOfPeriod, calendar);
  return { lastDayOfPeriod, day, dueAt: endOfLocalDay(day), rolledForward: true, rolledForwardBecause: lastDay.reason };
}

function lastWorkingDayOfPeriod(startDay: string, periodDays: number, excludeFirstDay: boolean, calendar: TCalendar): string {
  // Counting the first day only makes a difference when that day is itself a working day.
  const startCounts = !excludeFirstDay && isWorkingDay(startDay, calendar).working;
  return addWorkingDays(startDay, startCounts ? periodDays - 1 : periodDays, calendar);
}
