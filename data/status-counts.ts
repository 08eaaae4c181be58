// The figures of the status per agency, counted by the database: what needs only the instant
// of the count (cancelled, lapsed, awaiting review, completed on time or late, overdue, requests
// not yet received, no due day yet) per agency, and the open work that is not yet late grouped by what decides its
// status (its due instant and when its period opens), so that the working-day calendar is
// applied once per group instead of once per assignment.
import { Prisma } from '../prisma/generated/client';
import { periodTimingColumns, startsAtFromColumns } from './assignment-rows';
import type { TReadClient } from './read-model';

export interface TAgencyCounts {
  agency: string;
  /** From the registry, Vietnamese. */
  name: string | null;
  cancelled: number;
  lapsed: number;
  /** State submitted: a result waits for the monitoring agency. */
  awaitingReview: number;
  /** Counted work (not cancelled or lapsed) without a due day: not yet due. */
  noDueDay: number;
  completedOnTime: number;
  completedLate: number;
  /** Ordered work open past its due instant. */
  overdue: number;
  /** Requested work (đề nghị) open past its due instant: not overdue, the body was only asked. */
  notYetReceived: number;
  /** The earliest due instant of the overdue work. */
  oldestOverdueDueAt: Date | null;
}

/** Open work not late at the instant of the count, due soon or not, with one period start. */
export interface TOpenGroup {
  agency: string;
  /** Due at or before `dueSoonUntil`. */
  dueSoon: boolean;
  startsAt: Date | null;
  count: number;
}

export interface TStatusCounts {
  agencies: TAgencyCounts[];
  open: TOpenGroup[];
}

const agencyFilter = (agency: string | undefined) => (agency ? Prisma.sql`AND a."responsibleAgencyCode" = ${agency}` : Prisma.empty);

/** Open obstacles (vướng mắc) of one reporting agency, and how many wait past their step's deadline. */
export interface TOpenObstacleCount {
  agency: string;
  open: number;
  overdue: number;
}

/** What the status of the agencies is made of, read in one statement (see readStatusFigures). */
export interface TStatusFigures extends TStatusCounts {
  closing: TClosingRecordOfAgency[];
  obstacles: TOpenObstacleCount[];
}

/**
 * The counts per agency, the open groups, the closing records and the open obstacles per
 * reporting agency in one SQL statement: one
 * snapshot by itself, so a PostgreSQL server needs no transaction (and none of its round trips).
 * `dueSoonUntil`: the last instant of the last day whose open work counts as due soon at `at`
 * (the caller counts the working days: see dueSoonUntil in client/read-model/agency-status.ts).
 */
export async function readStatusFigures(db: TReadClient, filter: { agency?: string; at: Date; dueSoonUntil: Date; closingActions: string[] }): Promise<TStatusFigures> {
  const { at } = filter;
  const counted = Prisma.sql`a.state NOT IN ('cancelled', 'lapsed')`;
  const completedBy = Prisma.sql`a."completedAt" IS NOT NULL AND a."completedAt" <= ${at}`;
  const openAt = Prisma.sql`(a."completedAt" IS NULL OR a."completedAt" > ${at})`;
  const overdueAt = Prisma.sql`${counted} AND ${openAt} AND a."dueAt" < ${at}`;
  const [row] = await db.$queryRaw<{ agencies: (Omit<TAgencyCounts, 'oldestOverdueDueAt'> & { oldestOverdueDueAt: string | null })[]; open: TOpenRow[]; closing: (Omit<TClosingRecordOfAgency, 'occurredAt'> & { occurredAt: string })[]; obstacles: TOpenObstacleCount[] }[]>`
    WITH counts AS (
      -- Counted first, named after: the registry is joined to one row per agency, not to every assignment.
      SELECT c.*, g."nameVi" AS name FROM (
        SELECT a."responsibleAgencyCode" AS agency,
          count(*) FILTER (WHERE a.state = 'cancelled')::int AS cancelled,
          count(*) FILTER (WHERE a.state = 'lapsed')::int AS lapsed,
          count(*) FILTER (WHERE a.state = 'submitted')::int AS "awaitingReview",
          count(*) FILTER (WHERE ${counted} AND a."dueAt" IS NULL)::int AS "noDueDay",
          count(*) FILTER (WHERE ${counted} AND a."dueAt" IS NOT NULL AND ${completedBy} AND a."completedAt" <= a."dueAt")::int AS "completedOnTime",
          count(*) FILTER (WHERE ${counted} AND a."dueAt" IS NOT NULL AND ${completedBy} AND a."completedAt" > a."dueAt")::int AS "completedLate",
          count(*) FILTER (WHERE ${overdueAt} AND a.mandate = 'order')::int AS overdue,
          count(*) FILTER (WHERE ${overdueAt} AND a.mandate = 'request')::int AS "notYetReceived",
          min(a."dueAt") FILTER (WHERE ${overdueAt} AND a.mandate = 'order') AS "oldestOverdueDueAt"
        FROM "Assignment" a
        WHERE true ${agencyFilter(filter.agency)}
        GROUP BY a."responsibleAgencyCode") c
      LEFT JOIN "Agency" g ON g.code = c.agency),
    open AS (
      -- Grouped by task first, the task's period columns joined after: a few hundred groups, not
      -- every open assignment, go through the join and the date formatting.
      SELECT o.agency, o."dueSoon", o.period, ${periodTimingColumns}, o.count FROM (
        SELECT a."responsibleAgencyCode" AS agency, a."dueAt" <= ${filter.dueSoonUntil} AS "dueSoon", a.period, a."taskId", count(*)::int AS count
        FROM "Assignment" a
        WHERE ${counted} AND ${openAt} AND a."dueAt" >= ${at} ${agencyFilter(filter.agency)}
        GROUP BY 1, 2, 3, 4) o
      JOIN "Task" t ON t.id = o."taskId" JOIN "Plan" p ON p.id = t."planId"),
    closing AS (
      SELECT e.sequence, e."subjectId", e.action, e."occurredAt", e.payload, a."responsibleAgencyCode" AS agency, a.period AS "currentPeriod"
      FROM "AuditEvent" e JOIN "Assignment" a ON a.id = e."subjectId"
      WHERE e."subjectType" = 'assignment' AND e.action = ANY(${filter.closingActions}) ${agencyFilter(filter.agency)}),
    obstacles AS (
      SELECT o."reportingAgency" AS agency, count(*)::int AS open, count(*) FILTER (WHERE o."dueAt" < ${at})::int AS overdue
      FROM "Obstacle" o
      WHERE NOT o.closed ${filter.agency ? Prisma.sql`AND o."reportingAgency" = ${filter.agency}` : Prisma.empty}
      GROUP BY 1)
    SELECT
      (SELECT coalesce(json_agg(c), '[]') FROM counts c) AS agencies,
      (SELECT coalesce(json_agg(o), '[]') FROM open o) AS open,
      (SELECT coalesce(json_agg(json_build_object('subjectId', e."subjectId", 'action', e.action, 'occurredAt', e."occurredAt", 'payload', e.payload, 'agency', e.agency, 'currentPeriod', e."currentPeriod") ORDER BY e.sequence), '[]') FROM closing e) AS closing,
      (SELECT coalesce(json_agg(b ORDER BY b.open DESC, b.agency), '[]') FROM obstacles b) AS obstacles`;
  return {
    agencies: row!.agencies.map((each) => ({ ...each, oldestOverdueDueAt: each.oldestOverdueDueAt === null ? null : new Date(each.oldestOverdueDueAt) })),
    open: openGroupsOf(row!.open),
    closing: row!.closing.map((record) => ({ ...record, occurredAt: new Date(record.occurredAt) })),
    obstacles: row!.obstacles,
  };
}

interface TOpenRow {
  agency: string;
  dueSoon: boolean;
  period: string;
  planStartDay: string | null;
  dataPeriod: unknown;
  count: number;
}

/** The open groups with their period's start; many groups share a task's timing, derived once. */
function openGroupsOf(rows: TOpenRow[]): TOpenGroup[] {
  const startsAt = new Map<string, Date | null>();
  return rows.map((row) => {
    const key = `${row.period}|${row.planStartDay}|${JSON.stringify(row.dataPeriod)}`;
    if (!startsAt.has(key)) startsAt.set(key, startsAtFromColumns(row));
    return { agency: row.agency, dueSoon: row.dueSoon, startsAt: startsAt.get(key)!, count: row.count };
  });
}

/** A closing record of an assignment, with the agency answering for it today and its current period. */
export interface TClosingRecordOfAgency {
  subjectId: string;
  action: string;
  occurredAt: Date;
  payload: unknown;
  agency: string;
  currentPeriod: string;
}
