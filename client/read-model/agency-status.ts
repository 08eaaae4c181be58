// What officials report per agency: completed on time, completed late, in term (due soon
// included), overdue, not yet due; the overdue share (the headline figure) and the age of the
// oldest overdue assignment. Pure: rows and an instant in, figures out.
import { addDays, countWorkingDays, endOfLocalDay, localDayOf, VIETNAM_CALENDAR, type TCalendar } from '../../domain/calendar';
import { classifyAssignment, type TAssignmentClassification } from '../../domain/policy';
import type { TAssignmentRow } from '../../data/assignment-rows';
import type { TClosedPeriod } from '../../data/closed-periods';
import type { TStatusCounts } from '../../data/status-counts';
import { STATUS_COLOURS } from '../../domain/policy/assignment-status';

/** The same working week the workflow's status query calls "due soon" (domain/assignment/status.ts). */
export const DUE_SOON_WORKING_DAYS = 5;

export interface TClassifiedRow extends TAssignmentRow {
  /** Null for cancelled and lapsed work, which is not counted. */
  classification: TAssignmentClassification | null;
}

export function classifyRows(rows: TAssignmentRow[], at: Date, calendar: TCalendar = VIETNAM_CALENDAR): TClassifiedRow[] {
  return rows.map((row) => ({ ...row, classification: classifyRow(row, at, calendar) }));
}

function classifyRow(row: TAssignmentRow, at: Date, calendar: TCalendar): TAssignmentClassification | null {
  if (row.state === 'cancelled' || row.state === 'lapsed') return null;
  // Work without a deadline yet cannot be late: it counts as not yet due.
  if (!row.dueAt) return { status: 'not_yet_due', colour: 'grey' };
  return classifyAssignment({ dueAt: row.dueAt, completedAt: row.completedAt, startsAt: row.startsAt, at, dueSoonWorkingDays: DUE_SOON_WORKING_DAYS, calendar, mandate: row.mandate });
}

export interface TAgencyStatus {
  agency: string;
  name: string | null;
  /** Assignments counted: everything but cancelled and lapsed. */
  total: number;
  completedOnTime: number;
  completedLate: number;
  /** Open and not late, due soon included. */
  inTerm: number;
  dueSoon: number;
  /** Ordered work past its due day. */
  overdue: number;
  /**
   * Requested work (đề nghị, section III.4) past its due day: the People's Committee can only ask
   * these bodies, so their late results are "not yet received", apart from the overdue share.
   */
  notYetReceived: number;
  notYetDue: number;
  /** Overdue / total, 0 when nothing is counted: requests not yet received never raise it. */
  overdueShare: number;
  oldestOverdueDays: number | null;
  /** Submitted results the monitoring agency has not yet accepted or returned (counted in their status above). */
  awaitingReview: number;
  cancelled: number;
  lapsed: number;
}

function emptyStatus(agency: string, name: string | null): TAgencyStatus {
  return {
    agency,
    name,
    total: 0,
    completedOnTime: 0,
    completedLate: 0,
    inTerm: 0,
    dueSoon: 0,
    overdue: 0,
    notYetReceived: 0,
    notYetDue: 0,
    overdueShare: 0,
    oldestOverdueDays: null,
    awaitingReview: 0,
    cancelled: 0,
    lapsed: 0,
  };
}

/** What counting a row reads of it. */
export type TCountedRow = Pick<TClassifiedRow, 'responsibleAgency' | 'state' | 'classification'> & { mandate?: TClassifiedRow['mandate'] };

function add(status: TAgencyStatus, row: TCountedRow): void {
  if (row.state === 'cancelled') status.cancelled += 1;
  if (row.state === 'lapsed') status.lapsed += 1;
  if (row.state === 'submitted') status.awaitingReview += 1;
  const classification = row.classification;
  if (!classification) return;
  status.total += 1;
  switch (classification.status) {
    case 'completed_on_time':
      status.completedOnTime += 1;
      break;
    case 'completed_late':
      status.completedLate += 1;
      break;
    case 'due_soon':
      status.dueSoon += 1;
      status.inTerm += 1;
      break;
    case 'in_term':
      status.inTerm += 1;
      break;
    case 'not_yet_received':
      status.notYetReceived += 1;
      break;
    case 'overdue':
      // Rows classified without their mandate (a closed period's outcome is never overdue).
      if (row.mandate === 'request') {
        status.notYetReceived += 1;
        break;
      }
      status.overdue += 1;
      status.oldestOverdueDays = Math.max(status.oldestOverdueDays ?? 0, classification.daysOverdue ?? 1);
      break;
    case 'not_yet_due':
      status.notYetDue += 1;
      break;
  }
}

function withShare(status: TAgencyStatus): TAgencyStatus {
  // Four decimals: a share of a few hundred assignments, printed as a percentage with one.
  return { ...status, overdueShare: status.total ? Math.round((status.overdue / status.total) * 10_000) / 10_000 : 0 };
}

export interface TStatusSummary {
  agencies: TAgencyStatus[];
  totals: TAgencyStatus;
}

/** Per agency answering for the work today, the highest overdue share first. */
export function summariseByAgency(rows: TClassifiedRow[], names: ReadonlyMap<string, string> = new Map()): TStatusSummary {
  const byAgency = new Map<string, TAgencyStatus>();
  const totals = emptyStatus('TOTAL', null);
  for (const row of rows) {
    const code = row.responsibleAgency;
    if (!byAgency.has(code)) byAgency.set(code, emptyStatus(code, names.get(code) ?? null));
    add(byAgency.get(code)!, row);
    add(totals, row);
  }
  return summaryOf(byAgency, totals);
}

function summaryOf(byAgency: Map<string, TAgencyStatus>, totals: TAgencyStatus): TStatusSummary {
  const agencies = [...byAgency.values()]
    .map(withShare)
    .sort((left, right) => right.overdueShare - left.overdueShare || right.overdue - left.overdue || left.agency.localeCompare(right.agency));
  return { agencies, totals: withShare(totals) };
}

/**
 * The last instant of the last local day whose open work is due soon at `at`: the days up to
 * which at most DUE_SOON_WORKING_DAYS working days are left (the count grows with the day).
 */
export function dueSoonUntil(at: Date, calendar: TCalendar = VIETNAM_CALENDAR): Date {
  const today = localDayOf(at);
  let last = today;
  while (countWorkingDays(today, addDays(last, 1), calendar) <= DUE_SOON_WORKING_DAYS) last = addDays(last, 1);
  return endOfLocalDay(last);
}

/**
 * The same summary from the database's counts (data/status-counts.ts) and the rows of closed
 * periods, as classifyRows and summariseByAgency would give from every row.
 */
export function summariseCounts(counts: TStatusCounts, closedPeriods: TCountedRow[], at: Date, names: ReadonlyMap<string, string> = new Map(), only: ReadonlySet<string> | null = null, calendar: TCalendar = VIETNAM_CALENDAR): TStatusSummary {
  const byAgency = new Map<string, TAgencyStatus>();
  const totals = emptyStatus('TOTAL', null);
  const statusOf = (code: string) => {
    if (!byAgency.has(code)) byAgency.set(code, emptyStatus(code, names.get(code) ?? null));
    return byAgency.get(code)!;
  };
  const kept = (code: string) => !only || only.has(code);
  for (const counted of counts.agencies.filter((each) => kept(each.agency))) {
    const oldestOverdueDays = counted.oldestOverdueDueAt ? classifyAssignment({ dueAt: counted.oldestOverdueDueAt, at, dueSoonWorkingDays: DUE_SOON_WORKING_DAYS, calendar }).daysOverdue ?? 1 : null;
    for (const status of [statusOf(counted.agency), totals]) {
      status.cancelled += counted.cancelled;
      status.lapsed += counted.lapsed;
      status.awaitingReview += counted.awaitingReview;
      status.notYetDue += counted.noDueDay;
      status.completedOnTime += counted.completedOnTime;
      status.completedLate += counted.completedLate;
      status.overdue += counted.overdue;
      status.notYetReceived += counted.notYetReceived;
      status.total += counted.noDueDay + counted.completedOnTime + counted.completedLate + counted.overdue + counted.notYetReceived;
      if (oldestOverdueDays !== null) status.oldestOverdueDays = Math.max(status.oldestOverdueDays ?? 0, oldestOverdueDays);
    }
  }
  for (const group of counts.open.filter((each) => kept(each.agency))) {
    // As classifyAssignment decides for open work not yet late: its period first, then its due day.
    const classified = group.startsAt && at.getTime() < group.startsAt.getTime() ? 'not_yet_due' : group.dueSoon ? 'due_soon' : 'in_term';
    for (const status of [statusOf(group.agency), totals]) {
      status.total += group.count;
      if (classified === 'not_yet_due') status.notYetDue += group.count;
      else status.inTerm += group.count;
      if (classified === 'due_soon') status.dueSoon += group.count;
    }
  }
  for (const row of closedPeriods.filter((each) => kept(each.responsibleAgency))) {
    add(statusOf(row.responsibleAgency), row);
    add(totals, row);
  }
  return summaryOf(byAgency, totals);
}

export interface TAttentionFilter {
  overdue?: boolean;
  /** Open work due within this many calendar days from `at` (not yet late). */
  dueWithinDays?: number;
}

/** The assignments a filter asks about: overdue ones oldest first, then those falling due soonest. */
export function selectForAttention(rows: TClassifiedRow[], filter: TAttentionFilter, at: Date): TClassifiedRow[] {
  const overdue = filter.overdue
    ? rows.filter((row) => row.classification?.status === 'overdue').sort((left, right) => (right.classification!.daysOverdue ?? 0) - (left.classification!.daysOverdue ?? 0))
    : [];
  if (filter.dueWithinDays === undefined) return overdue;
  const horizon = at.getTime() + filter.dueWithinDays * 86_400_000;
  const open = new Set(['in_term', 'due_soon', 'not_yet_due']);
  const dueSoon = rows
    .filter((row) => open.has(row.classification?.status ?? '') && row.dueAt !== null && row.dueAt.getTime() <= horizon)
    .sort((left, right) => left.dueAt!.getTime() - right.dueAt!.getTime());
  return [...overdue, ...dueSoon];
}

/** How each earlier period closed, counted for the agency answering today: from the records joined with their assignment (data/status-counts.ts). */
export function countClosedPeriods(closed: TClosedPeriod[], current: ReadonlyMap<string, { agency: string; period: string }>): TCountedRow[] {
  return closed.flatMap((period) => {
    const row = current.get(period.assignmentId);
    if (!row || row.period === period.period) return [];
    return [{ responsibleAgency: row.agency, state: period.outcome, classification: period.outcome === 'lapsed' ? null : { status: period.outcome, colour: STATUS_COLOURS[period.outcome] } }];
  });
}

/** Rows for the periods that closed before each assignment's current one, classified by how they closed. */
export function classifyClosedPeriods(current: TAssignmentRow[], closed: TClosedPeriod[]): TClassifiedRow[] {
  const rows = new Map(current.map((row) => [row.id, row]));
  return closed.flatMap((period) => {
    const row = rows.get(period.assignmentId);
    if (!row || row.period === period.period) return [];
    const classification = period.outcome === 'lapsed' ? null : { status: period.outcome, colour: STATUS_COLOURS[period.outcome] };
    return [{ ...row, period: period.period, state: period.outcome, dueAt: null, completedAt: period.outcome === 'lapsed' ? null : period.closedAt, startsAt: null, classification }];
  });
}
