// The status of one assignment at one instant: what the dashboards and the annual audit report.
import { assertInstant, countWorkingDays, daysBetween, localDayOf, type TCalendar } from '../calendar';
import { STATUS_COLOURS, type TAssignmentClassification, type TAssignmentStatus } from './assignment-status';

export interface TClassifyAssignmentOptions {
  /** The deadline in force: after an approved extension (gia hạn), the extended one. */
  dueAt: Date;
  completedAt?: Date | null;
  /** When the work's period opens; before it the assignment is not yet due. */
  startsAt?: Date | null;
  at: Date;
  /** An open assignment with this many working days left or fewer is due_soon. */
  dueSoonWorkingDays: number;
  calendar: TCalendar;
  /** A request (đề nghị) past its due day is not yet received, never overdue. Default: order. */
  mandate?: 'order' | 'request';
}

/** Completion after `at` is ignored, so a report "as of 31/12" reads the state on that day. */
export function classifyAssignment({ dueAt, completedAt, startsAt, at, dueSoonWorkingDays, calendar, mandate = 'order' }: TClassifyAssignmentOptions): TAssignmentClassification {
  assertInstant(dueAt, 'dueAt');
  assertInstant(at, 'at');
  if (!Number.isInteger(dueSoonWorkingDays) || dueSoonWorkingDays < 0) {
    throw new RangeError(`dueSoonWorkingDays must be a whole number of working days, 0 or more; received ${dueSoonWorkingDays}`);
  }
  const result = (status: TAssignmentStatus, counts: Omit<TAssignmentClassification, 'status' | 'colour'> = {}): TAssignmentClassification => ({
    status,
    colour: STATUS_COLOURS[status],
    ...counts,
  });

  if (completedAt && completedAt.getTime() <= at.getTime()) {
    return completedAt.getTime() <= dueAt.getTime()
      ? result('completed_on_time')
      : result('completed_late', { daysOverdue: countDaysLate(dueAt, completedAt) });
  }
  if (at.getTime() > dueAt.getTime()) return result(mandate === 'request' ? 'not_yet_received' : 'overdue', { daysOverdue: countDaysLate(dueAt, at) });

  const today = localDayOf(at);
  const dueDay = localDayOf(dueAt);
  const counts = { daysLeft: daysBetween(today, dueDay), workingDaysLeft: countWorkingDays(today, dueDay, calendar) };
  if (startsAt && at.getTime() < startsAt.getTime()) return result('not_yet_due', counts);
  return result(counts.workingDaysLeft <= dueSoonWorkingDays ? 'due_soon' : 'in_term', counts);
}

/**
 * Local calendar days from the due day to the day of `later`. A deadline set mid-day and missed
 * the same evening counts as one day late: the first day of lateness is a day started.
 */
function countDaysLate(dueAt: Date, later: Date): number {
  return Math.max(1, daysBetween(localDayOf(dueAt), localDayOf(later)));
}
