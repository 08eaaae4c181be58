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

/**
 * `dueSoonUntil`: the last instant of the last day whose open work counts as due soon at `at`
 * (the caller counts the working days: see dueSoonUntil in client/read-model/agency-status.ts).
 */
export async function readStatusCounts(db: TReadClient, filter: { agency?: string; at: Date; dueSoonUntil: Date }): Promise<TStatusCounts> {
  const { at } = filter;
  const counted = Prisma.sql`a.state NOT IN ('cancelled', 'lapsed')`;
  const completedBy = Prisma.sql`a."completedAt" IS NOT NULL AND a."completedAt" <= ${at}`;
  const openAt = Prisma.sql`(a."completedAt" IS NULL OR a."completedAt" > ${at})`;
  const agencies = await db.$queryRaw<(Omit<TAgencyCounts, 'oldestOverdueDueAt'> & { oldestOverdueDueAt: Date | null })[]>`
    SELECT a."responsibleAgencyCode" AS agency, min(g."nameVi") AS name,
      count(*) FILTER (WHERE a.state = 'cancelled')::int AS cancelled,
      count(*) FILTER (WHERE a.state = 'lapsed')::int AS lapsed,
      count(*) FILTER (WHERE a.state = 'submitted')::int AS "awaitingReview",
      count(*) FILTER (WHERE ${counted} AND a."dueAt" IS NULL)::int AS "noDueDay",
      count(*) FILTER (WHERE ${counted} AND a."dueAt" IS NOT NULL AND ${completedBy} AND a."completedAt" <= a."dueAt")::int AS "completedOnTime",
      count(*) FILTER (WHERE ${counted} AND a."dueAt" IS NOT NULL AND ${completedBy} AND a."completedAt" > a."dueAt")::int AS "completedLate",
      count(*) FILTER (WHERE ${counted} AND ${openAt} AND a."dueAt" < ${at} AND a.mandate = 'order')::int AS overdue,
      count(*) FILTER (WHERE ${counted} AND ${openAt} AND a."dueAt" < ${at} AND a.mandate = 'request')::int AS "notYetReceived",
      min(a."dueAt") FILTER (WHERE ${counted} AND ${openAt} AND a."dueAt" < ${at} AND a.mandate = 'order') AS "oldestOverdueDueAt"
    FROM "Assignment" a LEFT JOIN "Agency" g ON g.code = a."responsibleAgencyCode"
    WHERE true ${agencyFilter(filter.agency)}
    GROUP BY a."responsibleAgencyCode"`;
  const groups = await db.$queryRaw<{ agency: string; dueSoon: boolean; period: string; planStartDay: string | null; dataPeriod: unknown; count: number }[]>`
    SELECT a."responsibleAgencyCode" AS agency, a."dueAt" <= ${filter.dueSoonUntil} AS "dueSoon", a.period, ${periodTimingColumns}, count(*)::int AS count
    FROM "Assignment" a JOIN "Task" t ON t.id = a."taskId" JOIN "Plan" p ON p.id = t."planId"
    WHERE ${counted} AND ${openAt} AND a."dueAt" >= ${at} ${agencyFilter(filter.agency)}
    GROUP BY 1, 2, 3, 4, 5`;
  return {
    agencies,
    open: groups.map((group) => ({ agency: group.agency, dueSoon: group.dueSoon, startsAt: startsAtFromColumns(group), count: group.count })),
  };
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

/** The audit actions that say how a period ended, and the submissions whose timeliness counts (see closed-periods.ts). */
export async function readClosingRecordsOfAgencies(db: TReadClient, filter: { agency?: string; actions: string[] }): Promise<TClosingRecordOfAgency[]> {
  return db.$queryRaw<TClosingRecordOfAgency[]>`
    SELECT e."subjectId", e.action, e."occurredAt", e.payload, a."responsibleAgencyCode" AS agency, a.period AS "currentPeriod"
    FROM "AuditEvent" e JOIN "Assignment" a ON a.id = e."subjectId"
    WHERE e."subjectType" = 'assignment' AND e.action = ANY(${filter.actions}) ${agencyFilter(filter.agency)}
    ORDER BY e.sequence ASC`;
}
