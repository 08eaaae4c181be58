// The summary as a table a planner reads in a terminal: one row per year, then the totals and
// the consolidated reports.
import { localDayOf } from '../calendar';
import type { TSimulationSummary, TYearFigures } from './summarise';

const columns: [string, (row: Omit<TYearFigures, 'year'>) => number][] = [
  ['assignments', (row) => row.assignments],
  ['notices', (row) => row.notices],
  ['reminders', (row) => row.reminders],
  ['due-day', (row) => row.dueToday],
];
const reportColumns: [string, keyof TYearFigures['reports']][] = [
  ['on time', 'onTime'],
  ['late', 'late'],
  ['missing', 'missing'],
  ['overdue', 'overdue'],
  ['pending', 'pending'],
];

export function formatSimulationSummary(summary: TSimulationSummary, title: string): string {
  const levels = Object.keys(summary.total.escalations);
  const header = ['year', ...columns.map(([name]) => name), ...levels.map((level) => `esc L${level}`), ...reportColumns.map(([name]) => name), 'ext asked', 'granted', 'denied', 'returned'];
  const cells = (label: string, row: Omit<TYearFigures, 'year'>) => [
    label,
    ...columns.map(([, read]) => String(read(row))),
    ...levels.map((level) => String(row.escalations[level] ?? 0)),
    ...reportColumns.map(([, key]) => String(row.reports[key])),
    String(row.extensions.requested),
    String(row.extensions.approved),
    String(row.extensions.denied),
    String(row.returned),
  ];
  const table = [header, ...summary.years.map((row) => cells(String(row.year), row)), cells('total', summary.total)];
  const widths = header.map((_, index) => Math.max(...table.map((row) => row[index]!.length)));
  const lines = table.map((row) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  '));
  const output = [
    `${title}: ${summary.from} to ${summary.until}, ${summary.workflows} assignment workflows started.`,
    'Assignments and their reports count in the year of their original deadline; notices, extensions and returns in the year they happened.',
    '',
    ...lines,
  ];
  if (summary.assignmentsDueLater) output.push('', `${summary.assignmentsDueLater} assignment periods running at the end are due after ${summary.until.slice(0, 4)}: in no row.`);
  if (summary.total.reports.cancelled) output.push('', `Cancelled: ${summary.total.reports.cancelled}.`);
  if (summary.consolidations.length) {
    output.push('', 'Consolidated reports (sums of the units that had reported when the consolidation was sent):');
    for (const figures of summary.consolidations) {
      const values = figures.indicators.map((value) => `${value.code} ${value.count}${value.total === undefined ? '' : `/${value.total}`}`).join(', ');
      output.push(
        `  ${figures.taskRef} ${figures.period}: sent ${localDayOf(new Date(figures.submittedAt))} (${figures.onTime ? 'on time' : 'late'}), ` +
          `${figures.unitsReporting} of ${figures.unitsExpected} units${values ? `; ${values}` : ''}`,
      );
    }
  }
  return output.join('\n');
}
