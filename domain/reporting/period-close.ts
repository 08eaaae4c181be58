// When a reporting period closes, and which periods close at all. A cycle whose reports another
// cycle sums up (the units' annual report, summed by DOLISA's consolidated report) closes the
// plan's grace after its due day: the next working day at the plan's reminder time, its reports
// are consolidated and the consolidating agency is told. Pure: the schedules, the close workflow
// and the CLI share it.
import { buildCalendar } from '../calendar/build-calendar';
import { ZCalendarSettings } from '../calendar/calendar-settings';
import { effectiveDeadline } from '../calendar/effective-deadline';
import { endOfLocalDay, instantAt } from '../calendar/local-time';
import { addWorkingDays, nextWorkingDay } from '../calendar/working-days';
import type { TPlan } from '../plan/plan';
import type { TReportingCycle } from '../plan/cycles';

export interface TPeriodClose {
  cycle: string;
  period: string;
  /** The units' deadline: the end of the effective due day. */
  dueAt: string;
  /** The end of the last day of grace: reports after it are late and miss the close. */
  graceEndsAt: string;
  /** When the period is consolidated: the next working day at the plan's reminder time. */
  closesAt: string;
  /** The cycles that sum this one up (their agencies are told at the close). */
  consolidatedBy: string[];
}

/** The cycles whose periods close: those another cycle consolidates. */
export function closingCycles(plan: TPlan): TReportingCycle[] {
  const consolidated = new Set(plan.reportingCycles.flatMap((cycle) => (cycle.consolidates ? [cycle.consolidates] : [])));
  return plan.reportingCycles.filter((cycle) => consolidated.has(cycle.id));
}

/** The periods (years) a cycle has: one per year from its first to its last. */
export function periodsOf(cycle: Pick<TReportingCycle, 'firstYear' | 'lastYear'>): string[] {
  return Array.from({ length: cycle.lastYear - cycle.firstYear + 1 }, (_, index) => String(cycle.firstYear + index));
}

export function periodClose(plan: TPlan, cycleId: string, period: string): TPeriodClose {
  const cycle = plan.reportingCycles.find((each) => each.id === cycleId);
  if (!cycle) throw new RangeError(`the plan has no reporting cycle ${cycleId} (it has: ${plan.reportingCycles.map((each) => each.id).join(', ') || 'none'})`);
  if (!periodsOf(cycle).includes(period)) throw new RangeError(`reporting cycle ${cycleId} runs from ${cycle.firstYear} to ${cycle.lastYear}: there is no period ${period}`);
  const settings = ZCalendarSettings.parse(plan.calendar ?? {});
  const calendar = buildCalendar({ extraHolidays: settings.extraHolidays, extraWorkingDays: settings.extraWorkingDays });
  const due = effectiveDeadline(`${period}-${cycle.dueDays[0]}`, calendar);
  const graceDay = addWorkingDays(due.day, cycle.graceWorkingDays, calendar);
  return {
    cycle: cycleId,
    period,
    dueAt: due.dueAt.toISOString(),
    graceEndsAt: endOfLocalDay(graceDay).toISOString(),
    closesAt: instantAt(nextWorkingDay(graceDay, calendar), plan.policy.reminders.time).toISOString(),
    consolidatedBy: plan.reportingCycles.filter((each) => each.consolidates === cycleId).map((each) => each.id),
  };
}
