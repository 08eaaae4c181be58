// When a reporting period closes, and which periods close at all. A cycle whose reports another
// cycle sums up (the units' annual report, summed by DOLISA's consolidated report) closes the
// plan's grace after its due day, every year; a review (sơ kết, tổng kết) closes once, the grace
// after its reports are due. At the close, the next working day at the plan's reminder time, the
// reports are consolidated and the agency that sums them up is told. Pure: the schedules, the
// close workflow and the CLI share it.
import { buildCalendar } from '../calendar/build-calendar';
import { ZCalendarSettings } from '../calendar/calendar-settings';
import { effectiveDeadline } from '../calendar/effective-deadline';
import { endOfLocalDay, instantAt } from '../calendar/local-time';
import { addWorkingDays, nextWorkingDay } from '../calendar/working-days';
import { reviewReportDueDay } from '../plan-assignments/build-assignment-specs';
import { parsePeriodLabel, periodLabels } from '../plan-assignments/period-labels';
import type { TPlan } from '../plan/plan';
import type { TReportingCycle } from '../plan/cycles';

/** The period of a review: it happens once. */
export const ONCE = 'once';

export interface TPeriodClose {
  /** The reporting cycle's id, or the review's. */
  cycle: string;
  kind: 'cycle' | 'review';
  /** A year, or "once" for a review. */
  period: string;
  /** The units' deadline: the end of the effective due day. */
  dueAt: string;
  /** The end of the last day of grace: reports after it are late and miss the close. */
  graceEndsAt: string;
  /** When the period is consolidated: the next working day at the plan's reminder time. */
  closesAt: string;
  /** The cycles that sum this one up (their agencies are told at the close); none for a review. */
  consolidatedBy: string[];
  /** Who is told at a review's close: its lead agency as the plan names it; null for a cycle. */
  reviewLead: string | null;
  /** The indicators the reports carry (none for a review). */
  indicators: string[];
}

/** The cycles whose periods close: those another cycle consolidates. */
export function closingCycles(plan: TPlan): TReportingCycle[] {
  const consolidated = new Set(plan.reportingCycles.flatMap((cycle) => (cycle.consolidates ? [cycle.consolidates] : [])));
  return plan.reportingCycles.filter((cycle) => consolidated.has(cycle.id));
}

/** The due days of a cycle in a year, in order, each once. */
function dueDaysOf(cycle: Pick<TReportingCycle, 'dueDays'>): string[] {
  return [...new Set(cycle.dueDays)].sort();
}

/** The periods a cycle has: one per due day of each year from its first to its last ("2026", or "2026-H1", "2026-H2"…). */
export function periodsOf(cycle: Pick<TReportingCycle, 'firstYear' | 'lastYear' | 'dueDays'>): string[] {
  return periodLabels(cycle.firstYear, cycle.lastYear, dueDaysOf(cycle).length);
}

/** The due day (YYYY-MM-DD, as written) of a cycle's period; null when the cycle has no such period. */
export function periodDueDay(cycle: Pick<TReportingCycle, 'firstYear' | 'lastYear' | 'dueDays'>, period: string): string | null {
  const days = dueDaysOf(cycle);
  const position = parsePeriodLabel(period, days.length);
  if (!position || position.year < cycle.firstYear || position.year > cycle.lastYear) return null;
  return `${position.year}-${days[position.index]}`;
}

/**
 * The period a cycle's schedule fired for on `day`: the last one due (as written) on or before
 * it — the one due that day, or, for a firing caught up late or triggered by hand, the latest.
 */
export function periodFiredOn(cycle: Pick<TReportingCycle, 'firstYear' | 'lastYear' | 'dueDays'>, day: string): string | null {
  return periodsOf(cycle).filter((period) => periodDueDay(cycle, period)! <= day).at(-1) ?? null;
}

/** When a period of a cycle, or a review ("once"), closes. A RangeError names what the plan has instead. */
export function periodClose(plan: TPlan, subjectId: string, period: string): TPeriodClose {
  const settings = ZCalendarSettings.parse(plan.calendar ?? {});
  const calendar = buildCalendar({ extraHolidays: settings.extraHolidays, extraWorkingDays: settings.extraWorkingDays });
  const timing = (dueDay: string, graceWorkingDays: number) => {
    const due = effectiveDeadline(dueDay, calendar);
    const graceDay = addWorkingDays(due.day, graceWorkingDays, calendar);
    return {
      dueAt: due.dueAt.toISOString(),
      graceEndsAt: endOfLocalDay(graceDay).toISOString(),
      closesAt: instantAt(nextWorkingDay(graceDay, calendar), plan.policy.reminders.time).toISOString(),
    };
  };
  const review = plan.reviews.find((each) => each.id === subjectId);
  if (review) {
    if (period !== ONCE) throw new RangeError(`${subjectId} is a review: it has one period, "${ONCE}" (received ${period})`);
    return { cycle: subjectId, kind: 'review', period, ...timing(reviewReportDueDay(review), review.graceWorkingDays), consolidatedBy: [], reviewLead: review.lead, indicators: [] };
  }
  const cycle = plan.reportingCycles.find((each) => each.id === subjectId);
  if (!cycle) {
    const known = [...plan.reportingCycles.map((each) => each.id), ...plan.reviews.map((each) => each.id)];
    throw new RangeError(`the plan has no reporting cycle or review ${subjectId} (it has: ${known.join(', ') || 'none'})`);
  }
  const dueDay = periodDueDay(cycle, period);
  if (!dueDay) {
    const periods = periodsOf(cycle);
    throw new RangeError(`reporting cycle ${subjectId} runs from ${cycle.firstYear} to ${cycle.lastYear}: there is no period ${period} (its periods are ${periods[0]} … ${periods.at(-1)})`);
  }
  return {
    cycle: subjectId,
    kind: 'cycle',
    period,
    ...timing(dueDay, cycle.graceWorkingDays),
    consolidatedBy: plan.reportingCycles.filter((each) => each.consolidates === subjectId).map((each) => each.id),
    reviewLead: null,
    indicators: cycle.indicators,
  };
}
