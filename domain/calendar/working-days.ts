// Stepping through working days: the next one, N ahead or behind, and how many lie between two days.
import { type TCalendar } from './build-calendar';
import { addDays, assertIsoDay, dayToUtcMidnight, utcMidnightToDay } from './iso-day';
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
  const ordinals = workingDayOrdinals(calendar, dayNumber(from), dayNumber(to));
  return ordinals.at(dayNumber(to)) - ordinals.at(dayNumber(from));
}

const MS_PER_DAY = 86_400_000;
const dayNumber = (day: string) => Math.round(dayToUtcMidnight(day) / MS_PER_DAY);

/**
 * For each day of a range, how many working days there are from the range's first day up to it:
 * a count between two days is then one subtraction instead of a walk over every day between them
 * (the status of 10,000 assignments due over three years walked millions of days). Built once per
 * calendar and widened by two years when a day falls outside; the calendar never changes, so the
 * counts are the same as a walk, in workflows too.
 */
interface TOrdinals {
  first: number;
  last: number;
  /** cumulative[i]: working days among first+1 … first+i. */
  cumulative: Int32Array;
  at(day: number): number;
}

const ordinalsByCalendar = new WeakMap<TCalendar, TOrdinals>();
const MARGIN_DAYS = 730;

function workingDayOrdinals(calendar: TCalendar, from: number, to: number): TOrdinals {
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const cached = ordinalsByCalendar.get(calendar);
  if (cached && cached.first <= low && high <= cached.last) return cached;
  const first = Math.min(low, cached?.first ?? low) - MARGIN_DAYS;
  const last = Math.max(high, cached?.last ?? high) + MARGIN_DAYS;
  const cumulative = new Int32Array(last - first + 1);
  for (let index = 1; index < cumulative.length; index += 1) {
    cumulative[index] = cumulative[index - 1]! + (isWorkingDay(utcMidnightToDay((first + index) * MS_PER_DAY), calendar).working ? 1 : 0);
  }
  const ordinals: TOrdinals = { first, last, cumulative, at: (day) => cumulative[day - first]! };
  ordinalsByCalendar.set(calendar, ordinals);
  return ordinals;
}
