// The consolidated report of one reporting period: the indicators summed across the reporting
// units, and each unit's timeliness. Pure: the monitoring agency's report and the CLI share it.

export type TTimeliness = 'on_time' | 'late' | 'missing';

export interface TUnitReport {
  agency: string;
  /** Null: nothing was submitted for the period. */
  submittedAt: Date | null;
  dueAt: Date;
  values: { code: string; count: number; total: number | null }[];
}

export interface TConsolidatedIndicator {
  code: string;
  count: number;
  /** Null when no unit gave the whole. */
  total: number | null;
  /** count / total, rounded to a tenth of a percent; null without a whole. */
  percent: number | null;
  reportingUnits: number;
}

export interface TConsolidatedReport {
  units: { agency: string; timeliness: TTimeliness; submittedAt: string | null }[];
  onTime: number;
  late: number;
  missing: number;
  indicators: TConsolidatedIndicator[];
}

export function consolidateReports(reports: readonly TUnitReport[], indicatorCodes: readonly string[]): TConsolidatedReport {
  const units = reports
    .map((report) => ({
      agency: report.agency,
      timeliness: (report.submittedAt === null ? 'missing' : report.submittedAt.getTime() <= report.dueAt.getTime() ? 'on_time' : 'late') as TTimeliness,
      submittedAt: report.submittedAt?.toISOString() ?? null,
    }))
    .sort((left, right) => (left.agency < right.agency ? -1 : left.agency > right.agency ? 1 : 0));
  const indicators = indicatorCodes.map((code) => {
    let count = 0;
    let total = 0;
    let withTotal = 0;
    let reportingUnits = 0;
    for (const report of reports) {
      const value = report.values.find((each) => each.code === code);
      if (!value) continue;
      reportingUnits += 1;
      count += value.count;
      if (value.total !== null) {
        total += value.total;
        withTotal += 1;
      }
    }
    const whole = withTotal ? total : null;
    return { code, count, total: whole, percent: whole ? Math.round((count / whole) * 1000) / 10 : null, reportingUnits };
  });
  const tally = (timeliness: TTimeliness) => units.filter((unit) => unit.timeliness === timeliness).length;
  return { units, onTime: tally('on_time'), late: tally('late'), missing: tally('missing'), indicators };
}

/**
 * Counts below this are shown as "<5" wherever a figure could point at a child (Law on Children
 * 2016 Art. 6 and 21; DOMAIN.md): a small commune's "3 children with a disability certificate".
 */
export const SMALL_COUNT_THRESHOLD = 5;

export function displayCount(count: number): string {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? `<${SMALL_COUNT_THRESHOLD}` : String(count);
}
