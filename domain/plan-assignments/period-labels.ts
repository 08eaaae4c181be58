// The periods of recurring work within a year. A cycle due once a year has one period a year,
// named by the year ("2026"); a cycle due several times a year has one per due day, named by the
// year and its place: halves "2026-H1", "2026-H2"; quarters "2026-Q1".."2026-Q4"; months
// "2026-M01".."2026-M12"; any other count "2026-P1", "2026-P2"… Pure and import-free: the
// assignment workflow uses it to move to the next period.

export interface TPeriodPosition {
  year: number;
  /** Which due day of the year, from 0. */
  index: number;
}

function suffix(index: number, count: number): string {
  if (count === 2) return `H${index + 1}`;
  if (count === 4) return `Q${index + 1}`;
  if (count === 12) return `M${String(index + 1).padStart(2, '0')}`;
  return `P${index + 1}`;
}

/** The name of the period due on the `index`-th of `count` due days of `year`. */
export function periodLabel(year: number, index: number, count: number): string {
  return count <= 1 ? String(year) : `${year}-${suffix(index, count)}`;
}

/** The year and due-day index a period name stands for; null when it is not a period of a cycle with `count` due days a year. */
export function parsePeriodLabel(label: string, count: number): TPeriodPosition | null {
  const match = /^(\d{4})(?:-([A-Z])(\d{1,2}))?$/.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  if (count <= 1) return match[2] ? null : { year, index: 0 };
  if (!match[2]) return null;
  const index = Number(match[3]) - 1;
  return index >= 0 && index < count && periodLabel(year, index, count) === label ? { year, index } : null;
}

/** Every period of the years from `firstYear` to `lastYear`, in order. */
export function periodLabels(firstYear: number, lastYear: number, count: number): string[] {
  const labels: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) for (let index = 0; index < Math.max(1, count); index += 1) labels.push(periodLabel(year, index, count));
  return labels;
}
