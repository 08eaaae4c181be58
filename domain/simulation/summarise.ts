// The year-by-year summary of a simulation, from what the system itself recorded: the notices
// the workflows sent and the audit events they wrote. Pure, so the CLI, the tests and the bench
// read the same figures.
//
// Years are local (Asia/Ho_Chi_Minh). Notices, extensions and returns count in the year they
// happened; assignments and their outcomes count in the year of their original deadline, so a
// 2024 report sent late in January 2025 is a late report of 2024, and for every year
//   assignments = onTime + late + missing + overdue + pending + cancelled.
import { endOfLocalDay, localDayOf } from '../calendar';
import type { TIndicatorValue, TNoticeRequest } from '../assignment';

export interface TSimulatedNotice {
  at: string;
  assignmentId: string;
  period: string;
  taskRef: string;
  kind: TNoticeRequest['kind'];
  step: string;
  level: number;
  audience: TNoticeRequest['audience'];
  /** The agency the notice is about (the one answering for the work). */
  agency: string;
  dueAt: string;
  to: string[];
  cc: string[];
}

/** An audit event of an assignment, as the records activity wrote it. */
export interface TRecordedEvent {
  assignmentId: string;
  period: string;
  action: string;
  at: string;
  details: Record<string, unknown>;
}

export interface TConsolidatedFigures {
  taskRef: string;
  period: string;
  submittedAt: string;
  onTime: boolean;
  unitsExpected: number;
  unitsReporting: number;
  indicators: TIndicatorValue[];
}

export interface TYearFigures {
  year: number;
  /** Assignment periods whose original deadline falls in the year. */
  assignments: number;
  /** Every notice sent in the year: the mail load. */
  notices: number;
  reminders: number;
  dueToday: number;
  /** Escalation notices by ladder level ("1" focal point … "4" leadership). */
  escalations: Record<string, number>;
  reports: { onTime: number; late: number; missing: number; overdue: number; pending: number; cancelled: number };
  extensions: { requested: number; approved: number; denied: number };
  returned: number;
}

export interface TSimulationSummary {
  from: string;
  until: string;
  workflows: number;
  years: TYearFigures[];
  /** Assignment periods already running at the end whose deadline lies in a year after `until`'s: in no row. */
  assignmentsDueLater: number;
  total: TFigures;
  consolidations: TConsolidatedFigures[];
}

export interface TSummariseOptions {
  from: string;
  until: string;
  workflows: number;
  escalationLevels: number;
  notices: readonly TSimulatedNotice[];
  events: readonly TRecordedEvent[];
  consolidations: readonly TConsolidatedFigures[];
}

const yearOfInstant = (at: string) => Number(localDayOf(new Date(at)).slice(0, 4));

export function summariseSimulation(options: TSummariseOptions): TSimulationSummary {
  const levels = Array.from({ length: options.escalationLevels }, (_, index) => String(index + 1));
  const years = new Map<number, TYearFigures>();
  const yearRow = (year: number) => {
    let row = years.get(year);
    if (!row) {
      row = { year, ...emptyFigures(levels) };
      years.set(year, row);
    }
    return row;
  };
  const lastYear = Number(options.until.slice(0, 4));
  for (let year = Number(options.from.slice(0, 4)); year <= lastYear; year += 1) yearRow(year);
  let assignmentsDueLater = 0;

  for (const notice of options.notices) {
    const row = yearRow(yearOfInstant(notice.at));
    row.notices += 1;
    if (notice.kind === 'reminder') row.reminders += 1;
    if (notice.kind === 'due-today') row.dueToday += 1;
    if (notice.kind === 'escalation') row.escalations[String(notice.level)] = (row.escalations[String(notice.level)] ?? 0) + 1;
  }

  const endOfSimulation = endOfLocalDay(options.until).getTime();
  for (const events of groupByPeriod(options.events).values()) {
    for (const event of events) {
      const row = yearRow(yearOfInstant(event.at));
      if (event.action === 'extension-requested') row.extensions.requested += 1;
      if (event.action === 'extension-approved') row.extensions.approved += 1;
      if (event.action === 'extension-denied') row.extensions.denied += 1;
      if (event.action === 'result-returned') row.returned += 1;
    }
    const assigned = events.find((event) => event.action === 'assigned');
    if (!assigned) continue;
    const deadlineYear = yearOfInstant(String(assigned.details.dueAt));
    if (deadlineYear > lastYear) {
      assignmentsDueLater += 1;
      continue;
    }
    const row = yearRow(deadlineYear);
    row.assignments += 1;
    row.reports[outcomeOf(events, endOfSimulation)] += 1;
  }

  const rows = [...years.values()].sort((left, right) => left.year - right.year);
  const total = rows.reduce(addFigures, emptyFigures(levels));
  return { from: options.from, until: options.until, workflows: options.workflows, years: rows, assignmentsDueLater, total, consolidations: [...options.consolidations] };
}

type TOutcome = keyof TYearFigures['reports'];

function outcomeOf(events: readonly TRecordedEvent[], endOfSimulation: number): TOutcome {
  let dueAt = '';
  let lastSubmittedOnTime = false;
  let outcome: TOutcome | null = null;
  for (const event of events) {
    const details = event.details;
    if (event.action === 'assigned') dueAt = String(details.dueAt);
    if (event.action === 'extension-approved' || event.action === 'deadline-changed') dueAt = String(details.to);
    if (event.action === 'result-returned') dueAt = String(details.newDueAt);
    if (event.action === 'result-submitted') lastSubmittedOnTime = details.onTime === true;
    if (event.action === 'result-accepted') outcome = details.onTime === true ? 'onTime' : 'late';
    if (event.action === 'result-accepted-at-period-close') outcome = lastSubmittedOnTime ? 'onTime' : 'late';
    if (event.action === 'period-lapsed') outcome = 'missing';
    if (event.action === 'cancelled') outcome = 'cancelled';
  }
  if (outcome) return outcome;
  return new Date(dueAt).getTime() < endOfSimulation ? 'overdue' : 'pending';
}

function groupByPeriod(events: readonly TRecordedEvent[]): Map<string, TRecordedEvent[]> {
  const groups = new Map<string, TRecordedEvent[]>();
  for (const event of events) {
    const key = `${event.assignmentId}|${event.period}`;
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  return groups;
}

type TFigures = Omit<TYearFigures, 'year'>;

function emptyFigures(levels: readonly string[]): TFigures {
  return {
    assignments: 0,
    notices: 0,
    reminders: 0,
    dueToday: 0,
    escalations: Object.fromEntries(levels.map((level) => [level, 0])),
    reports: { onTime: 0, late: 0, missing: 0, overdue: 0, pending: 0, cancelled: 0 },
    extensions: { requested: 0, approved: 0, denied: 0 },
    returned: 0,
  };
}

function addFigures(sum: TFigures, row: TFigures): TFigures {
  const add = <T extends Record<string, number>>(left: T, right: T) =>
    Object.fromEntries([...new Set([...Object.keys(left), ...Object.keys(right)])].map((key) => [key, (left[key] ?? 0) + (right[key] ?? 0)])) as T;
  return {
    assignments: sum.assignments + row.assignments,
    notices: sum.notices + row.notices,
    reminders: sum.reminders + row.reminders,
    dueToday: sum.dueToday + row.dueToday,
    escalations: add(sum.escalations, row.escalations),
    reports: add(sum.reports, row.reports),
    extensions: add(sum.extensions, row.extensions),
    returned: sum.returned + row.returned,
  };
}
