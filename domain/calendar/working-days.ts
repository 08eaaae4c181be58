// Stepping through working days: the next one, N ahead or behind, and how many lie between two days.
import { type TCalendar } from './build-calendar';
import { addDays, assertIsoDay } from './iso-day';
import { isWorkingDay } from './is-working-day';

/**
 * The longest official break is Tết, nine or ten days. A search that finds no working day in 60
 * days means the calendar marks everything off (a plan's extraHolidays gone wrong), not a holiday.
 */
const MAX_DAYS_WITHOUT_WORK = 60;

function stepToWorkingDay(from: string, step: 1 | -1, calendar: TCalendar): string {
  let day = from;
  for (let tried = 0; tried < MAX_DAYS_WITHOUT_WORK; tried += 1) {
    if (isWorkingDay(day, calendar).working) return day;
    day = addDays(day, step);
  }
  throw new RangeError(`no working day within ${MAX_DAYS_WITHOUT_WORK} days of ${from}: check the plan's extraHolidays`);
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: string, calendar: TCalendar): string {
  assertIsoDay(day);
  return stepToWorkingDay(addDays(day, 1), 1, calendar);
}

/** `day` itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(day: string, calendar: TCalendar): string {
  assertIsoDay(day);
  return stepToWorkingDay(day, 1, calendar);
}

/** The last working day strictly before `day`. */
export function previousWorkingDay(day: string, calendar: TCalendar): string {
  assertIsoDay(day);
  return stepToWorkingDay(addDays(day, -1), -1, calendar);
}

/**
 * The working day `count` working days after `day` (before it when negative); `day` itself is not
 * counted, so addWorkingDays(Friday, 1) is the next Monday in an ordinary week. Zero returns `day`.
 */
export function addWorkingDays(day: string, count: number, calendar: TCalendar): string {
  assertIsoDay(day);
  if (!Number.isInteger(count)) throw new RangeError(`count must be a whole number of working days; received ${count}`);
  let current = day;
  for (let remaining = Math.abs(count); remaining > 0; remaining -= 1) {
    current = count > 0 ? nextWorkingDay(current, calendar) : previousWorkingDay(current, calendar);
  }
  return current;
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function countWorkingDays(from: string, to: string, calendar: TCalendar): number {
  assertIsoDay(from);
  assertIsoDay(to);
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar).working) count += 1;
  }
  return sign * count;
}
