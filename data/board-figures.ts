// The deadline board's figures, counted by the database in one statement: reporting timeliness
// per unit and period (the heat map), deadlines per quarter (the timeline), the on-time rate of
// the last closed period, and the plans and task groups the board's filters offer.
import { Prisma } from '../prisma/generated/client';
import type { TReadClient } from './read-model';

export interface TBoardFigureFilter {
  planId?: string;
  groupTitle?: string;
  agency?: string;
  at: Date;
}

/** How the work of one unit in one period stands at `at`. Cancelled work is left out. */
export interface TTimelinessCell {
  agency: string;
  period: string;
  /** Completed by `at`, at or before its due instant. */
  onTime: number;
  /** Completed by `at`, after its due instant. */
  late: number;
  /** Lapsed (the period closed without a result), or open past its due instant. */
  missing: number;
  /** Open and not yet past its due instant (or without one). */
  notYetDue: number;
}

export interface TDeadlineQuarter {
  /** "2026-Q3": the quarter of the due day in Vietnam time. */
  quarter: string;
  count: number;
}

export interface TLastClosedPeriod {
  period: string;
  /** Counted assignments of the period (cancelled left out). */
  total: number;
  onTime: number;
}

export interface TBoardFigures {
  cells: TTimelinessCell[];
  quarters: TDeadlineQuarter[];
  /** The latest period (one-off work aside) whose due instants have all passed; null if none has. */
  lastClosedPeriod: TLastClosedPeriod | null;
  plans: { id: string; title: string }[];
  groups: { planId: string; title: string }[];
}

/** The filter on "Assignment" a, and on its "Task" t (joined only when the plan or the group is asked for). */
function conditionsOf(filter: TBoardFigureFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`a.state <> 'cancelled'`];
  if (filter.planId) and.push(Prisma.sql`t."planId" = ${filter.planId}`);
  if (filter.groupTitle) and.push(Prisma.sql`t."groupTitle" = ${filter.groupTitle}`);
  if (filter.agency) and.push(Prisma.sql`a."responsibleAgencyCode" = ${filter.agency}`);
  return Prisma.join(and, ' AND ');
}

/**
 * One statement, grouped in SQL: at 10,000 assignments a few hundred cells and a dozen quarters
 * come back, never the rows.
 */
export async function readBoardFigures(db: TReadClient, filter: TBoardFigureFilter): Promise<TBoardFigures> {
  const { at } = filter;
  const completedBy = Prisma.sql`a."completedAt" IS NOT NULL AND a."completedAt" <= ${at}`;
  const [row] = await db.$queryRaw<{ cells: TTimelinessCell[]; quarters: TDeadlineQuarter[]; last: TLastClosedPeriod | null; plans: TBoardFigures['plans']; groups: TBoardFigures['groups'] }[]>`
    WITH work AS (
      -- One pass over the assignments, grouped at once: every figure below is summed from these
      -- few thousand groups. The quarter is that of the due day in Vietnam, a fixed UTC+7 (no
      -- daylight saving since 1975): a fixed offset is cheaper per row than a named time zone.
      SELECT a."responsibleAgencyCode" AS agency, a.period,
        CASE WHEN ${completedBy} AND a."completedAt" <= a."dueAt" THEN 'onTime'
          WHEN ${completedBy} THEN 'late'
          WHEN a.state = 'lapsed' OR a."dueAt" < ${at} THEN 'missing'
          ELSE 'notYetDue' END AS standing,
        date_trunc('quarter', a."dueAt" AT TIME ZONE 'UTC' + interval '7 hours') AS quarter,
        count(*)::int AS n, count(a."dueAt")::int AS dated, max(a."dueAt") AS "lastDue"
      FROM "Assignment" a ${filter.planId || filter.groupTitle ? Prisma.sql`JOIN "Task" t ON t.id = a."taskId"` : Prisma.empty}
      WHERE ${conditionsOf(filter)}
      GROUP BY 1, 2, 3, 4),
    cells AS (
      SELECT agency, period,
        coalesce(sum(n) FILTER (WHERE standing = 'onTime'), 0)::int AS "onTime",
        coalesce(sum(n) FILTER (WHERE standing = 'late'), 0)::int AS late,
        coalesce(sum(n) FILTER (WHERE standing = 'missing'), 0)::int AS missing,
        coalesce(sum(n) FILTER (WHERE standing = 'notYetDue'), 0)::int AS "notYetDue"
      FROM work GROUP BY agency, period),
    quarters AS (
      SELECT to_char(w.quarter, 'YYYY-"Q"Q') AS quarter, sum(w.n)::int AS count
      FROM work w WHERE w.quarter IS NOT NULL GROUP BY 1),
    periods AS (
      SELECT period, sum(n)::int AS total, coalesce(sum(n) FILTER (WHERE standing = 'onTime'), 0)::int AS "onTime", max("lastDue") AS "lastDue"
      FROM work WHERE period <> 'once' GROUP BY period
      HAVING sum(n) = sum(dated) AND max("lastDue") < ${at})
    SELECT
      (SELECT coalesce(json_agg(c ORDER BY c.agency, c.period), '[]') FROM cells c) AS cells,
      (SELECT coalesce(json_agg(q ORDER BY q.quarter), '[]') FROM quarters q) AS quarters,
      (SELECT json_build_object('period', p.period, 'total', p.total, 'onTime', p."onTime") FROM periods p ORDER BY p."lastDue" DESC LIMIT 1) AS last,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p.id), '[]') FROM "Plan" p) AS plans,
      (SELECT coalesce(json_agg(g ORDER BY g."planId", g.title), '[]') FROM (SELECT DISTINCT t."planId", t."groupTitle" AS title FROM "Task" t WHERE t."groupTitle" IS NOT NULL) g) AS groups`;
  return { cells: row!.cells, quarters: row!.quarters, lastClosedPeriod: row!.last, plans: row!.plans, groups: row!.groups };
}
