// The assignment read model as the status views need it: one row per assignment workflow, with
// its task, the agency answering for it today, and when its period's work opens.
import { z } from 'zod';
import { AssignmentState } from '../prisma/generated/enums';
import type { Prisma } from '../prisma/generated/client';
import { ZDataPeriod } from '../domain/plan/cycles';
import type { TReadClient } from './read-model';
import { periodStartsAt, type TDataPeriod } from '../domain/reporting/period-start';

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
  updatedAt: Date;
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
}

export interface TRowPage {
  skip: number;
  take: number;
}

const countedStates = ASSIGNMENT_STATES.filter((state) => state !== 'cancelled' && state !== 'lapsed');

function whereOf(db: TReadClient, filter: TAssignmentRowFilter): Prisma.AssignmentWhereInput {
  const and: Prisma.AssignmentWhereInput[] = [];
  if (filter.ids) and.push({ id: { in: filter.ids } });
  if (filter.agency) and.push({ responsibleAgencyCode: filter.agency });
  if (filter.states?.length) and.push({ state: { in: filter.states } });
  if (filter.planId || filter.groupTitle) and.push({ task: { ...(filter.planId ? { planId: filter.planId } : {}), ...(filter.groupTitle ? { groupTitle: filter.groupTitle } : {}) } });
  if (filter.dueFrom) and.push({ dueAt: { gte: filter.dueFrom } });
  if (filter.dueBefore) and.push({ dueAt: { lt: filter.dueBefore } });
  if (filter.standing) {
    const { at, is } = filter.standing;
    const openAt: Prisma.AssignmentWhereInput = { OR: [{ completedAt: null }, { completedAt: { gt: at } }] };
    const completedBy: Prisma.AssignmentWhereInput = { completedAt: { lte: at } };
    and.push({ state: { in: countedStates } });
    if (is === 'overdue') and.push(openAt, { dueAt: { lt: at } });
    if (is === 'open-in-time') and.push(openAt, { OR: [{ dueAt: null }, { dueAt: { gte: at } }] });
    if (is === 'completed-on-time') and.push(completedBy, { completedAt: { lte: db.assignment.fields.dueAt } });
    if (is === 'completed-late') and.push(completedBy, { completedAt: { gt: db.assignment.fields.dueAt } });
  }
  return and.length ? { AND: and } : {};
}

/** How many assignments a filter selects. */
export async function countAssignmentRows(db: TReadClient, filter: TAssignmentRowFilter = {}): Promise<number> {
  return db.assignment.count({ where: whereOf(db, filter) });
}

/** Only the part of a stored plan document this needs; the rest is not checked here. */
const ZStoredPlan = z.looseObject({
  reportingCycles: z.array(z.looseObject({ id: z.string(), dataPeriod: ZDataPeriod.optional() })).default([]),
});

/** Soonest due first (work without a due day last), then by id; one page of them when `page` is given. */
export async function readAssignmentRows(db: TReadClient, filter: TAssignmentRowFilter = {}, page?: TRowPage): Promise<TAssignmentRow[]> {
  const rows = await db.assignment.findMany({
    where: whereOf(db, filter),
    ...(page ? { skip: page.skip, take: page.take } : {}),
    select: {
      id: true,
      period: true,
      assigneeAsWrittenCode: true,
      responsibleAgencyCode: true,
      state: true,
      dueAt: true,
      completedAt: true,
      escalationLevel: true,
      deliveryProblem: true,
      updatedAt: true,
      task: { select: { planId: true, ref: true, recurrence: true } },
    },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  });
  const plans = await readPlanTimings(db, [...new Set(rows.map((row) => row.task.planId))]);
  return rows.map((row) => {
    return {
      id: row.id,
      planId: row.task.planId,
      taskRef: row.task.ref,
      period: row.period,
      assigneeAsWritten: row.assigneeAsWrittenCode,
      responsibleAgency: row.responsibleAgencyCode,
      state: row.state,
      dueAt: row.dueAt,
      completedAt: row.completedAt,
      startsAt: startsAtOf(plans, { planId: row.task.planId, taskRef: row.task.ref, recurrence: row.task.recurrence, period: row.period }),
      escalationLevel: row.escalationLevel,
      deliveryProblem: row.deliveryProblem,
      updatedAt: row.updatedAt,
    };
  });
}

/** Per plan: its first day, and the data period of each reporting cycle. */
export type TPlanTimings = Map<string, { startDay: string | null; dataPeriods: Map<string, TDataPeriod> }>;

/** When the work of one task's period opens (see period-start.ts). */
export function startsAtOf(plans: TPlanTimings, work: { planId: string; taskRef: string; recurrence: string | null; period: string }): Date | null {
  const plan = plans.get(work.planId);
  // A reporting cycle is a task under its own id; a task reported in a cycle names it.
  const dataPeriod = plan?.dataPeriods.get(work.taskRef) ?? plan?.dataPeriods.get(work.recurrence ?? '') ?? null;
  return periodStartsAt({ period: work.period, dataPeriod, planStartDay: plan?.startDay });
}

export async function readPlanTimings(db: TReadClient, planIds: string[]): Promise<TPlanTimings> {
  if (!planIds.length) return new Map();
  // Only the reporting cycles of each stored document: the whole plan is large and not needed here.
  const plans = await db.$queryRaw<{ id: string; startsOn: Date | null; reportingCycles: unknown }[]>`
    SELECT id, "startsOn", document -> 'reportingCycles' AS "reportingCycles" FROM "Plan" WHERE id = ANY(${planIds})`;
  return new Map(
    plans.map((plan) => {
      const parsed = ZStoredPlan.safeParse({ reportingCycles: plan.reportingCycles ?? undefined });
      const cycles = parsed.success ? parsed.data.reportingCycles : [];
      const dataPeriods = new Map<string, TDataPeriod>(cycles.flatMap((cycle) => (cycle.dataPeriod ? [[cycle.id, cycle.dataPeriod] as const] : [])));
      return [plan.id, { startDay: plan.startsOn?.toISOString().slice(0, 10) ?? null, dataPeriods }];
    }),
  );
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
