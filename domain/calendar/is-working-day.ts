// Whether a day is worked in state agencies, and why: the one question every other rule asks.
import { type TCalendar } from './build-calendar';
import { assertIsoDay, isWeekend, weekdayOf, yearOf } from './iso-day';

export interface TWorkingDayAnswer {
  working: boolean;
  /** "Saturday", "Tết Nguyên Đán (Lunar New Year)", "make-up working day (làm bù) …". */
  reason: string;
  /** Where the answer comes from: a notice, the Labour Code, the plan, or the weekly rest days. */
  basis: string;
}

const WEEKLY_REST_BASIS = 'weekly rest days: Saturday and Sunday (Labour Code 2019 Art. 111)';

export function isWorkingDay(day: string, calendar: TCalendar): TWorkingDayAnswer {
  assertIsoDay(day);
  const exception = Object.hasOwn(calendar.exceptions, day) ? calendar.exceptions[day] : undefined;
  if (exception) return { working: exception.working, reason: exception.reason, basis: exception.basis };
  const weekday = weekdayOf(day);
  if (isWeekend(day)) return { working: false, reason: weekday, basis: WEEKLY_REST_BASIS };
  const year = yearOf(day);
  if (year < calendar.coveredYears.first || year > calendar.coveredYears.last) {
    return {
      working: true,
      reason: `${weekday}; no holiday table for ${year}, so only weekends are known (add the year with scripts/generate-holidays.ts, or list its holidays in the plan's extraHolidays)`,
      basis: WEEKLY_REST_BASIS,
    };
  }
  return { working: true, reason: `${weekday}, an ordinary working day`, basis: WEEKLY_REST_BASIS };
}
