// The assignment read model as the status views need it: one row per assignment workflow, with
// its task, the agency answering for it today, and when its period's work opens.
import { AssignmentState } from '../prisma/generated/enums';
import { Prisma } from '../prisma/generated/client';
import { ZDataPeriod } from '../domain/plan/cycles';
import type { TReadClient } from './read-model';
import { periodStartsAt } from '../domain/reporting/period-start';

export const ASSIGNMENT_STATES = Object.values(AssignmentState);
export type TReadModelState = AssignmentState;

export interface TAssignmentRow {
  id: string;
  planId: string;
  taskRef: string;
  period: string;
  assigneeAsWritten: string;
  responsibleAgency: string;
  state: TReadModelState;
  dueAt: Date | null;
  completedAt: Date | null;
  /** When the period's work opens (derived, see period-start.ts). */
  startsAt: Date | null;
  escalationLevel: number;
  deliveryProblem: boolean;
  /** A request (đề nghị) past its due day is "not yet received", not overdue. */
  mandate: 'order' | 'request';
  updatedAt: Date;
  /** The task's group heading, as the plan writes it (read by the list; absent where rows are built otherwise). */
  groupTitle?: string | null;
}

export interface TAssignmentRowFilter {
  /** Only these assignments. */
  ids?: string[];
  agency?: string;
  states?: TReadModelState[];
  planId?: string;
  /** The task's group heading, as the plan writes it. */
  groupTitle?: string;
  /** Due at or after this instant (work without a due day is left out). */
  dueFrom?: Date;
  /** Due before this instant. */
  dueBefore?: Date;
  /**
   * How the work stands at `standing.at`, as far as the database can tell: `overdue` (open and
   * past its due instant), `completed-on-time` / `completed-late` (completed by then), or
   * `open-in-time` (open and not past due: in term, due soon or not yet due, which need the
   * working-day calendar to tell apart). Cancelled and lapsed work is in none of them.
   */
  standing?: { at: Date; is: 'overdue' | 'completed-on-time' | 'completed-late' | 'open-in-time' };
  /** Ordered work only, or requested work (đề nghị) only. */
  mandate?: 'order' | 'request';
}

export interface TRowPage {
  skip: number;
  take: number;
}

export const ROW_SORT_KEYS = ['due', 'agency', 'status', 'task'] as const;
export const ROW_SORT_DIRECTIONS = ['asc', 'desc'] as const;

/** The order of a list: by due instant (the default, soonest first), agency, status or task, each then by due instant and id. */
export interface TRowOrder {
  by: (typeof ROW_SORT_KEYS)[number];
  dir: (typeof ROW_SORT_DIRECTIONS)[number];
  /** The instant the status order is taken at (overdue work first, ascending). */
  at: Date;
}

/**
 * ORDER BY for a row order. Only the fixed keys and directions above reach the SQL (never text
 * from a request). The status rank is what the database can tell without the working-day
 * calendar: past due and open, open in time (due soonest first, so due soon before in term),
 * without a due day, completed late, completed on time, cancelled or lapsed.
 */
function orderOf(order: TRowOrder | undefined): Prisma.Sql {
  const by = order?.by ?? 'due';
  const dir = order?.dir === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const then = Prisma.sql`a."dueAt" ASC NULLS LAST, a.id ASC`;
  if (by === 'agency') return Prisma.sql`a."responsibleAgencyCode" ${dir}, ${then}`;
  if (by === 'task') return Prisma.sql`t.ref ${dir}, a.period ${dir}, ${then}`;
  if (by === 'status') {
    const at = order!.at;
    const rank = Prisma.sql`CASE WHEN a.state IN ('cancelled', 'lapsed') THEN 6
      WHEN a."completedAt" IS NOT NULL AND a."completedAt" <= ${at} THEN (CASE WHEN a."completedAt" <= a."dueAt" THEN 5 ELSE 4 END)
      WHEN a."dueAt" IS NULL THEN 3 WHEN a."dueAt" < ${at} THEN 1 ELSE 2 END`;
    return Prisma.sql`${rank} ${dir}, ${then}`;
  }
  return order?.dir === 'desc' ? Prisma.sql`a."dueAt" DESC NULLS LAST, a.id DESC` : then;
}

/** The filter as SQL conditions on "Assignment" a joined with its "Task" t. */
function conditionsOf(filter: TAssignmentRowFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (filter.ids) and.push(Prisma.sql`a.id = ANY(${filter.ids})`);
  if (filter.agency) and.push(Prisma.sql`a."responsibleAgencyCode" = ${filter.agency}`);
  if (filter.states?.length) and.push(Prisma.sql`a.state::text = ANY(${filter.states})`);
  if (filter.planId) and.push(Prisma.sql`t."planId" = ${filter.planId}`);
  if (filter.groupTitle) and.push(Prisma.sql`t."groupTitle" = ${filter.groupTitle}`);
  if (filter.dueFrom) and.push(Prisma.sql`a."dueAt" >= ${filter.dueFrom}`);
  if (filter.dueBefore) and.push(Prisma.sql`a."dueAt" < ${filter.dueBefore}`);
  // Compared as the enum, not as text: the planner then knows how many rows match and reads a page of
  // overdue work in due order from the (dueAt, id) index instead of sorting every match (bench/status-queries.ts).
  if (filter.mandate) and.push(Prisma.sql`a.mandate = CAST(${filter.mandate} AS "Mandate")`);
  if (filter.standing) {
    const { at, is } = filter.standing;
    const openAt = Prisma.sql`(a."completedAt" IS NULL OR a."completedAt" > ${at})`;
    const completedBy = Prisma.sql`a."completedAt" <= ${at}`;
    and.push(Prisma.sql`a.state NOT IN ('cancelled', 'lapsed')`);
    if (is === 'overdue') and.push(openAt, Prisma.sql`a."dueAt" < ${at}`);
    if (is === 'open-in-time') and.push(openAt, Prisma.sql`(a."dueAt" IS NULL OR a."dueAt" >= ${at})`);
    if (is === 'completed-on-time') and.push(completedBy, Prisma.sql`a."completedAt" <= a."dueAt"`);
    if (is === 'completed-late') and.push(completedBy, Prisma.sql`a."completedAt" > a."dueAt"`);
  }
  return and.length ? Prisma.join(and, ' AND ') : Prisma.sql`true`;
}

/** Soonest due first (work without a due day last), then by id, unless `order` says otherwise; one page of them when `page` is given. */
export async function readAssignmentRows(db: TReadClient, filter: TAssignmentRowFilter = {}, page?: TRowPage, order?: TRowOrder): Promise<TAssignmentRow[]> {
  return (await readAssignmentRowPage(db, filter, page, order)).rows;
}

/**
 * When a row's period opens needs the plan's first day and the data period of the reporting
 * cycle its task is or is reported in, which plan loading keeps on the task: columns for a query
 * joining "Task" t and "Plan" p.
 */
export const periodTimingColumns = Prisma.sql`to_char(p."startsOn", 'YYYY-MM-DD') AS "planStartDay", t."dataPeriod"`;

/** When the work of a period opens, from the columns of periodTimingColumns. */
export function startsAtFromColumns(row: { period: string; planStartDay: string | null; dataPeriod: unknown }): Date | null {
  const dataPeriod = ZDataPeriod.safeParse(row.dataPeriod);
  return periodStartsAt({ period: row.period, dataPeriod: dataPeriod.success ? dataPeriod.data : null, planStartDay: row.planStartDay });
}

/**
 * The rows of a filter (one page of them when `page` is given) and how many the filter selects,
 * in one statement: the count in a subquery (computed once), so that a page reads only its own
 * rows, in the order of the index on (agency, due instant, id).
 */
export async function readAssignmentRowPage(db: TReadClient, filter: TAssignmentRowFilter = {}, page?: TRowPage, order?: TRowOrder): Promise<{ rows: TAssignmentRow[]; total: number }> {
  const rows = await db.$queryRaw<
    (Omit<TAssignmentRow, 'startsAt' | 'assigneeAsWritten' | 'responsibleAgency'> & { assigneeAsWrittenCode: string; responsibleAgencyCode: string; planStartDay: string | null; dataPeriod: unknown; total: number })[]
  >`
    SELECT a.id, t."planId", t.ref AS "taskRef", a.period, a."assigneeAsWrittenCode", a."responsibleAgencyCode", a.state::text AS state,
      a."dueAt", a."completedAt", a."escalationLevel", a."deliveryProblem", a.mandate::text AS mandate, a."updatedAt", t."groupTitle", ${periodTimingColumns},
      (SELECT count(*)::int FROM "Assignment" a JOIN "Task" t ON t.id = a."taskId" WHERE ${conditionsOf(filter)}) AS total
    FROM "Assignment" a JOIN "Task" t ON t.id = a."taskId" JOIN "Plan" p ON p.id = t."planId"
    WHERE ${conditionsOf(filter)}
    ORDER BY ${orderOf(order)}
    ${page ? Prisma.sql`LIMIT ${page.take} OFFSET ${page.skip}` : Prisma.empty}`;
  // A page past the end has no row to carry the total: count it alone.
  const total = rows[0]?.total ?? (page && page.skip > 0 ? (await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Assignment" a JOIN "Task" t ON t.id = a."taskId" WHERE ${conditionsOf(filter)}`)[0]!.total : 0);
  return {
    total,
    rows: rows.map(({ assigneeAsWrittenCode, responsibleAgencyCode, planStartDay, dataPeriod, total: _total, ...row }) => ({
      ...row,
      assigneeAsWritten: assigneeAsWrittenCode,
      responsibleAgency: responsibleAgencyCode,
      startsAt: startsAtFromColumns({ period: row.period, planStartDay, dataPeriod }),
    })),
  };
}

/** Agency names for the codes shown, Vietnamese first. */
export async function readAgencyNames(db: TReadClient, codes: string[]): Promise<Map<string, string>> {
  const agencies = await db.agency.findMany({ where: { code: { in: codes } }, select: { code: true, nameVi: true } });
  return new Map(agencies.map((agency) => [agency.code, agency.nameVi]));
}

/**
 * The agencies that answer today for an agency's work after the 2025 reorganisation (Resolution
 * 190/2025/QH15), following successions to their end (SO_LDTBXH -> SO_YT -> QNG_SO_YT).
 */
export async function readCurrentSuccessors(db: TReadClient, code: string): Promise<string[]> {
  const current: string[] = [];
  const seen = new Set([code]);
  let frontier = [code];
  while (frontier.length) {
    const links = await db.agencySuccession.findMany({ where: { predecessorCode: { in: frontier } }, select: { predecessorCode: true, successorCode: true } });
    const next: string[] = [];
    for (const predecessor of frontier) {
      const successors = links.filter((link) => link.predecessorCode === predecessor).map((link) => link.successorCode);
      if (!successors.length && predecessor !== code) current.push(predecessor);
      for (const successor of successors.filter((each) => !seen.has(each))) {
        seen.add(successor);
        next.push(successor);
      }
    }
    frontier = next;
  }
  return current;
}
