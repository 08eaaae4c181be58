// `dondoc status` as text: the per-agency table officials report, colour-coded, with the
// assignments a filter asked about underneath.
import type { TAgencyStatus, TStatusSummary } from '../../client/read-model/agency-status';
import type { TAssignmentRowJson } from '../../client/read-model/assignment-row-json';
import type { TAssignmentClassification } from '../../domain/policy/assignment-status';
import { paintClassification } from './classification';
import type { TPalette } from './colour';
import { renderTable, truncate, type TColumn } from './table';
import { localDate, localDateTime } from '../../domain/calendar/local-instant-text';

export interface TStatusView {
  at: Date;
  summary: TStatusSummary;
  /** Overdue / falling-due assignments the filters asked for, if any were asked for (as the API and --json write them). */
  attention: TAssignmentRowJson[] | null;
  attentionTitle: string | null;
  /** Open obstacles (vướng mắc) per reporting agency; absent from an API that predates them. */
  obstacles?: { agency: string; open: number; overdue: number }[];
}

const columns: TColumn[] = [
  { header: 'Agency' },
  { header: 'Name' },
  { header: 'On time', align: 'right' },
  { header: 'Late', align: 'right' },
  { header: 'In term', align: 'right' },
  { header: 'Due soon', align: 'right' },
  { header: 'Overdue', align: 'right' },
  { header: 'Not received', align: 'right' },
  { header: 'Not yet due', align: 'right' },
  { header: 'Total', align: 'right' },
  { header: 'Overdue %', align: 'right' },
  { header: 'Oldest overdue', align: 'right' },
];

/** Agency names are long ("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"): the code is the key, the name a hint. */
const nameWidth = 28;

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function agencyRow(status: TAgencyStatus, palette: TPalette): string[] {
  const count = (value: number, colour: Parameters<TPalette['paint']>[1]) => (value ? palette.paint(String(value), colour) : '0');
  return [
    status.agency,
    truncate(status.name ?? '', nameWidth),
    count(status.completedOnTime, 'green'),
    count(status.completedLate, 'orange'),
    count(status.inTerm, 'blue'),
    count(status.dueSoon, 'yellow'),
    count(status.overdue, 'red'),
    count(status.notYetReceived, 'purple'),
    count(status.notYetDue, 'grey'),
    String(status.total),
    status.overdue ? palette.paint(percent(status.overdueShare), 'red') : percent(status.overdueShare),
    status.oldestOverdueDays === null ? '-' : palette.paint(`${status.oldestOverdueDays} d`, 'red'),
  ];
}

export function formatStatusView(view: TStatusView, palette: TPalette): string {
  const { summary } = view;
  const lines = [
    `Status as of ${localDateTime(view.at)} (Vietnam time): ${summary.totals.total} assignment periods of ${summary.agencies.length} ${summary.agencies.length === 1 ? 'agency' : 'agencies'}, ` +
      `${summary.totals.overdue} overdue (${percent(summary.totals.overdueShare)})` +
      (summary.totals.notYetReceived ? `, ${summary.totals.notYetReceived} requested (đề nghị) not yet received.` : '.'),
    '',
  ];
  if (summary.agencies.length === 0) {
    lines.push('No assignments match.');
  } else {
    const rows = [...summary.agencies.map((status) => agencyRow(status, palette)), agencyRow(summary.totals, palette)];
    rows.at(-1)![0] = 'Total';
    lines.push(renderTable(columns, rows, { ruleBefore: [rows.length - 1] }));
  }
  const notCounted = [
    summary.totals.awaitingReview ? `${summary.totals.awaitingReview} result(s) await review (counted by their deadline)` : null,
    summary.totals.cancelled ? `${summary.totals.cancelled} cancelled` : null,
    summary.totals.lapsed ? `${summary.totals.lapsed} lapsed (period closed without a result)` : null,
  ].filter(Boolean);
  if (notCounted.length) lines.push('', `Also: ${notCounted.join('; ')}. Cancelled and lapsed work is not counted above.`);
  if (view.obstacles?.length) {
    const each = view.obstacles.map((count) => `${count.agency} ${count.open}${count.overdue ? ` (${palette.paint(`${count.overdue} past the deadline of their step`, 'red')})` : ''}`);
    lines.push('', `Open obstacles (vướng mắc) by reporting agency: ${each.join(', ')}. \`dondoc obstacle list --open\` lists them.`);
  }
  if (view.attention) {
    lines.push('', `${view.attentionTitle} (${view.attention.length}):`);
    if (view.attention.length === 0) lines.push('  none');
    else lines.push(formatAssignmentRows(view.attention, palette));
  }
  return lines.join('\n');
}

/** The assignment table of `assignment list` and of the status filters, from the rows as JSON (local and remote alike). */
export function formatAssignmentRows(rows: TAssignmentRowJson[], palette: TPalette): string {
  return renderTable(
    [{ header: 'Assignment' }, { header: 'Period' }, { header: 'Agency' }, { header: 'State' }, { header: 'Due' }, { header: 'Status' }],
    rows.map((row) => [
      row.id,
      row.period,
      row.responsibleAgency,
      row.state,
      row.dueAt ? localDate(new Date(row.dueAt)) : '-',
      paintClassification(palette, classificationOf(row), row.state),
    ]),
  );
}

/** The classification a row's JSON flattens (status, colour, days), back in one piece; null when not counted. */
function classificationOf(row: TAssignmentRowJson): TAssignmentClassification | null {
  if (!row.status || !row.colour) return null;
  const days = (value: number | null) => value ?? undefined;
  return { status: row.status, colour: row.colour, daysOverdue: days(row.daysOverdue), daysLeft: days(row.daysLeft), workingDaysLeft: days(row.workingDaysLeft) };
}
