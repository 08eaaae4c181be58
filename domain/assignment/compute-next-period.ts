// The period after this one of recurring work: its name and its deadline. The workflow continues
// as new with it when a period closes, and closes a period early enough for the next one.
import { effectiveDeadline } from '../calendar/effective-deadline';
import { parsePeriodLabel, periodLabel } from '../plan-assignments/period-labels';
import { selectFacilities } from '../plan-assignments/select-facilities';
import type { TAssignmentSpec } from './spec';

/** An inspection round over facilities visits the next period's share of them (selectFacilities). */
function withFacilitiesOf(spec: TAssignmentSpec, dueDay: string): TAssignmentSpec {
  const rotation = spec.facilityRotation;
  if (!rotation) return spec;
  const inspectedFacilities = selectFacilities(rotation.pool, rotation, dueDay).map(({ code, nameVi, responsibleAgency }) => ({ code, nameVi, responsibleAgency }));
  return { ...spec, inspectedFacilities };
}

/**
 * Null for one-off work, after the plan's last period, and for a period name the cycle does not
 * have. The deadline is moved off weekends and holidays by the spec's own calendar, so a later
 * change to the code's holiday table cannot move the deadline of a running workflow.
 */
export function computeNextPeriod(spec: TAssignmentSpec): TAssignmentSpec | null {
  if (!spec.recurrence) return null;
  const { dueMonthDays } = spec.recurrence;
  if (dueMonthDays) {
    // Several periods a year: the next due day of this year, else the first of the next year.
    const current = parsePeriodLabel(spec.period, dueMonthDays.length);
    if (!current) return null;
    const last = current.index + 1 >= dueMonthDays.length;
    const year = last ? current.year + 1 : current.year;
    const index = last ? 0 : current.index + 1;
    if (year > spec.recurrence.lastPeriod) return null;
    const dueMonthDay = dueMonthDays[index]!;
    const deadline = effectiveDeadline(`${year}-${dueMonthDay}`, spec.calendar);
    const next = { ...spec, period: periodLabel(year, index, dueMonthDays.length), dueAt: deadline.dueAt.toISOString(), recurrence: { ...spec.recurrence, dueMonthDay } };
    return withFacilitiesOf(next, `${year}-${dueMonthDay}`);
  }
  const year = Number(spec.period) + 1;
  if (!Number.isInteger(year) || year > spec.recurrence.lastPeriod) return null;
  const deadline = effectiveDeadline(`${year}-${spec.recurrence.dueMonthDay}`, spec.calendar);
  return withFacilitiesOf({ ...spec, period: String(year), dueAt: deadline.dueAt.toISOString() }, `${year}-${spec.recurrence.dueMonthDay}`);
}
