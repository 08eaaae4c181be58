// The assignment read model as the status views need it: one row per assignment workflow, with
// its task, the agency answering for it today, and when its period's work opens.
import { z } from 'zod';
import { AssignmentState } from '../prisma/generated/enums';
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
}

/** Only the part of a stored plan document this needs; the rest is not checked here. */
const ZStoredPlan = z.looseObject({
  reportingCycles: z.array(z.looseObject({ id: z.string(), dataPeriod: ZDataPeriod.optional() })).default([]),
});

export async function readAssignmentRows(db: TReadClient, filter: TAssignmentRowFilter = {}): Promise<TAssignmentRow[]> {
  const rows = await db.assignment.findMany({
    where: {
      ...(filter.ids ? { id: { in: filter.ids } } : {}),
      ...(filter.agency ? { responsibleAgencyCode: filter.agency } : {}),
      ...(filter.states?.length ? { state: { in: filter.states } } : {}),
    },
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
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
  });
  const plans = await readPlanTimings(db, [...new Set(rows.map((row) => row.task.planId))]);
  return rows.map((row) => {
    const plan = plans.get(row.task.planId);
    // A reporting cycle is a task under its own id; a task reported in a cycle names it.
    const dataPeriod = plan?.dataPeriods.get(row.task.ref) ?? plan?.dataPeriods.get(row.task.recurrence ?? '') ?? null;
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
      startsAt: periodStartsAt({ period: row.period, dataPeriod, planStartDay: plan?.startDay }),
      escalationLevel: row.escalationLevel,
      deliveryProblem: row.deliveryProblem,
      updatedAt: row.updatedAt,
    };
  });
}

async function readPlanTimings(db: TReadClient, planIds: string[]) {
  const plans = await db.plan.findMany({ where: { id: { in: planIds } }, select: { id: true, startsOn: true, document: true } });
  return new Map(
    plans.map((plan) => {
      const parsed = ZStoredPlan.safeParse(plan.document);
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
