// Reading assignments from the read model: the list, and the status per agency that officials
// report (on time, late, in term, overdue). Only the database: no Temporal client is loaded.
import { z } from 'zod';
import { ASSIGNMENT_STATES, readAgencyNames, readAssignmentRows, readCurrentSuccessors } from '../../data/assignment-rows';
import { closedPeriodsOf, readClosingRecords } from '../../data/closed-periods';
import { ZAgencyCode, type TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { classifyClosedPeriods, classifyRows, selectForAttention, summariseByAgency, type TClassifiedRow, type TStatusSummary } from '../read-model/agency-status';

export const ZListAssignmentsInput = z.object({
  agency: ZAgencyCode.optional(),
  state: z.enum(ASSIGNMENT_STATES).optional(),
  overdue: z.boolean().default(false),
});

/** Soonest deadline first, each with its status now. */
export async function listAssignments(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZListAssignmentsInput>, at = new Date()): Promise<TClassifiedRow[]> {
  const { agency, state, overdue } = parseInput(ZListAssignmentsInput, input, 'filter');
  const current = await context.read((db) => readAssignmentRows(db, { agency, states: state ? [state] : undefined }));
  const rows = classifyRows(current, at);
  return overdue ? rows.filter((row) => row.classification?.status === 'overdue') : rows;
}

export const ZStatusInput = z.object({
  agency: ZAgencyCode.optional(),
  /** Only agencies with overdue work, and list it. */
  overdue: z.boolean().default(false),
  /** Only agencies with open work due within this many days, and list it. */
  dueWithinDays: z.number().int().min(0).max(9_999).optional(),
});

export interface TStatusView {
  at: Date;
  summary: TStatusSummary;
  /** The assignments a filter asked for; null without a filter. */
  attention: TClassifiedRow[] | null;
}

/**
 * Per agency answering for the work: the current period of every assignment, and the earlier
 * periods of recurring work as they closed (from the audit log), classified at `at`.
 */
export async function statusSummary(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZStatusInput>, at = new Date()): Promise<TStatusView> {
  const { agency, overdue, dueWithinDays } = parseInput(ZStatusInput, input, 'filter');
  const { current, closed, names } = await context.read(async (db) => {
    const rows = await readAssignmentRows(db, { agency });
    if (agency && rows.length === 0) {
      // An agency with no work today: most often a code from before the 2025 reorganisation.
      const successors = await readCurrentSuccessors(db, agency);
      const hint = successors.length
        ? `its work passed to ${successors.join(', ')} in the reorganisation: try --agency ${successors[0]}`
        : '`dondoc status` lists the agencies that answer for work today';
      throw new AppError(`no assignments are answered for by ${agency}; ${hint}.`, 'not_found');
    }
    const closedPeriods = closedPeriodsOf(await readClosingRecords(db, rows.map((row) => row.id)));
    const agencyNames = await readAgencyNames(db, [...new Set(rows.map((row) => row.responsibleAgency))]);
    return { current: rows, closed: closedPeriods, names: agencyNames };
  });
  const rows = classifyRows(current, at);
  const filtering = overdue || dueWithinDays !== undefined;
  const attention = filtering ? selectForAttention(rows, { overdue, dueWithinDays }, at) : null;
  const agencies = attention ? new Set(attention.map((row) => row.responsibleAgency)) : null;
  const counted = [...rows, ...classifyClosedPeriods(current, closed)].filter((row) => !agencies || agencies.has(row.responsibleAgency));
  return { at, summary: summariseByAgency(counted, names), attention };
}
