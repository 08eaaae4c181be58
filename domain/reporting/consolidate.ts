// The consolidated report of one reporting period: the indicators summed across the reporting
// units, and each unit's timeliness. Pure: the monitoring agency's report and the CLI share it.
//
// Each indicator is summed over the level that supplies it only (the plan's `suppliedBy`): a
// department's figure is not added to the communes' sum, and a district's figure is not added
// to the figures of the communes that took over its territory (it already holds theirs). The
// parts are checked against their wholes after summing, and each sum says whose figures it lacks.
import type { TAgencyKind } from '../plan/agencies';

export type TTimeliness = 'on_time' | 'late' | 'missing';

export interface TUnitReport {
  /** How the unit is shown, e.g. "QNG_SO_KHCN (for SO_TTTT)". */
  agency: string;
  /** The agency's kind, which decides the figures it supplies; null or absent: unknown, it supplies only indicators that name no supplier. */
  kind?: TAgencyKind | null;
  /** The agency's code, when `agency` is a label; a unit's successors are matched against it. */
  code?: string;
  /** Agencies that took over the unit's territory: its figure already holds theirs. */
  successors?: readonly string[];
  /** Null: nothing was submitted for the period. */
  submittedAt: Date | null;
  dueAt: Date;
  values: { code: string; count: number; total: number | null }[];
}

/** How an indicator is summed: by the levels that supply it (absent: by every unit). */
export interface TIndicatorRule {
  code: string;
  suppliedBy?: readonly TAgencyKind[] | undefined;
  partOfWhole?: boolean;
}

export interface TConsolidatedIndicator {
  code: string;
  count: number;
  /** Null when no unit gave the whole. */
  total: number | null;
  /** count / total, rounded to a tenth of a percent; null without a whole, or when some summed unit gave none. */
  percent: number | null;
  /** The units whose figures are in the sum. */
  reportingUnits: number;
  /** Units of the supplying level whose figure is not in the sum (no report, or the figure left out). */
  missingUnits: string[];
  /** What does not add up, in words: a sum larger than its whole, a whole that lacks some units, figures left out and why. */
  problems: string[];
}

export interface TConsolidatedReport {
  units: { agency: string; timeliness: TTimeliness; submittedAt: string | null }[];
  onTime: number;
  late: number;
  missing: number;
  indicators: TConsolidatedIndicator[];
}

export function consolidateReports(reports: readonly TUnitReport[], indicators: readonly (string | TIndicatorRule)[]): TConsolidatedReport {
  const units = reports
    .map((report) => ({
      agency: report.agency,
      timeliness: (report.submittedAt === null ? 'missing' : report.submittedAt.getTime() <= report.dueAt.getTime() ? 'on_time' : 'late') as TTimeliness,
      submittedAt: report.submittedAt?.toISOString() ?? null,
    }))
    .sort((left, right) => (left.agency < right.agency ? -1 : left.agency > right.agency ? 1 : 0));
  const tally = (timeliness: TTimeliness) => units.filter((unit) => unit.timeliness === timeliness).length;
  const rules = indicators.map((each) => (typeof each === 'string' ? { code: each } : each));
  return { units, onTime: tally('on_time'), late: tally('late'), missing: tally('missing'), indicators: rules.map((rule) => sumIndicator(reports, rule)) };
}

function sumIndicator(reports: readonly TUnitReport[], rule: TIndicatorRule): TConsolidatedIndicator {
  const problems: string[] = [];
  const supplies = (report: TUnitReport) => !rule.suppliedBy || (report.kind != null && rule.suppliedBy.includes(report.kind));
  const valueOf = (report: TUnitReport) => report.values.find((each) => each.code === rule.code);
  const suppliers = reports.filter(supplies);
  for (const report of reports) {
    if (!supplies(report) && valueOf(report)) problems.push(`${report.agency} gave a figure its level (${report.kind ?? 'unknown'}) does not supply: left out of the sum`);
  }
  const withFigure = new Set(suppliers.filter((report) => valueOf(report)).map((report) => report.code ?? report.agency));
  const counted: TUnitReport[] = [];
  const missingUnits: string[] = [];
  for (const report of suppliers) {
    const covering = (report.successors ?? []).filter((code) => withFigure.has(code));
    if (!valueOf(report)) {
      // An abolished district whose communes report is not missing: they give its territory's figures.
      if (!covering.length) missingUnits.push(report.agency);
      continue;
    }
    if (covering.length) {
      problems.push(`${report.agency}: left out, the figures of ${covering.join(', ')}, which took over its territory, are summed instead`);
      continue;
    }
    counted.push(report);
  }
  let count = 0;
  let total = 0;
  const withoutWhole: string[] = [];
  for (const report of counted) {
    const value = valueOf(report)!;
    count += value.count;
    if (value.total === null) withoutWhole.push(report.agency);
    else total += value.total;
  }
  const gaveWhole = counted.length - withoutWhole.length;
  const whole = gaveWhole ? total : null;
  if (whole !== null && withoutWhole.length) problems.push(`the whole lacks the figures of ${withoutWhole.join(', ')}, which gave no total`);
  else if (whole !== null && count > whole) problems.push(`the sum ${count} is larger than its whole ${whole}`);
  else if (rule.partOfWhole && counted.length && whole === null) problems.push('no unit gave the whole');
  const percent = whole && !withoutWhole.length ? Math.round((count / whole) * 1000) / 10 : null;
  return { code: rule.code, count, total: whole, percent, reportingUnits: counted.length, missingUnits: missingUnits.sort(), problems };
}

/**
 * Counts below this are shown as "<5" wherever a figure could point at a child (Law on Children
 * 2016 Art. 6 and 21; DOMAIN.md): a small commune's "3 children with a disability certificate".
 */
export const SMALL_COUNT_THRESHOLD = 5;

export function displayCount(count: number): string {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? `<${SMALL_COUNT_THRESHOLD}` : String(count);
}
