// How many chased items each unit owes in a year: a recurring spec once per due day in the year
// (from its first period on), a one-off spec in the year of its deadline. What issue 12 measures.
import type { TAssignmentSpecInput } from '../assignment/spec';

export function itemsPerUnitInYear(specs: readonly TAssignmentSpecInput[], year: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const spec of specs) {
    const firstYear = Number(spec.period.slice(0, 4));
    const items = spec.recurrence
      ? year >= firstYear && year <= spec.recurrence.lastPeriod
        ? (spec.recurrence.dueMonthDays ?? [spec.recurrence.dueMonthDay]).length
        : 0
      : new Date(spec.dueAt).getUTCFullYear() === year
        ? 1
        : 0;
    if (items) counts.set(spec.responsibleAgency, (counts.get(spec.responsibleAgency) ?? 0) + items);
  }
  return counts;
}
