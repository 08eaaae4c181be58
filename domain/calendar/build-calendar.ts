// A calendar is the national holiday table with one plan's own days laid over it. It is a plain
// object (no Map, no class) so that a workflow can pass it to an activity or return it in a query.
import { z } from 'zod';
import { ZCalendarException, type THolidayTable } from './holiday-schemas';
import { VN_HOLIDAY_TABLE } from './holidays-vn';
import { ZIsoDay, assertIsoDay } from './iso-day';
import { type TExtraHoliday, type TExtraWorkingDay } from './calendar-settings';

export const ZCalendar = z.object({
  coveredYears: z.object({ first: z.number().int(), last: z.number().int() }),
  /** Days that differ from an ordinary Monday–Friday week, keyed by day. */
  exceptions: z.record(ZIsoDay, ZCalendarException),
});
export type TCalendar = z.infer<typeof ZCalendar>;

export interface TBuildCalendarOptions {
  extraHolidays?: TExtraHoliday[];
  extraWorkingDays?: TExtraWorkingDay[];
  /** The national table; replaced only by tests and by a province that keeps its own. */
  table?: THolidayTable;
}

const PLAN_BASIS = "the plan's calendar settings";

export function buildCalendar({ extraHolidays = [], extraWorkingDays = [], table = VN_HOLIDAY_TABLE }: TBuildCalendarOptions = {}): TCalendar {
  const exceptions: Record<string, z.infer<typeof ZCalendarException>> = {};
  for (const entry of table.days) exceptions[entry.day] = entry;
  for (const { day, reason } of extraHolidays) {
    assertIsoDay(day, 'extraHolidays[].day');
    exceptions[day] = { day, working: false, reason, basis: PLAN_BASIS };
  }
  for (const { day, reason } of extraWorkingDays) {
    assertIsoDay(day, 'extraWorkingDays[].day');
    if (exceptions[day]?.basis === PLAN_BASIS && !exceptions[day]?.working) {
      throw new RangeError(`${day} is listed in both extraHolidays and extraWorkingDays: keep it in one of them`);
    }
    exceptions[day] = { day, working: true, reason, basis: PLAN_BASIS };
  }
  return { coveredYears: { ...table.coveredYears }, exceptions };
}

/** The national calendar with no plan-specific days. */
export const VIETNAM_CALENDAR: TCalendar = buildCalendar();
