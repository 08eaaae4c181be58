// Reading assignments from the read model: the list, and the status per agency that officials
// report (on time, late, in term, overdue). Only the database: no Temporal client is loaded.
import { z } from 'zod';
import { ASSIGNMENT_STATES, ROW_SORT_DIRECTIONS, ROW_SORT_KEYS, readAssignmentRowPage, readAssignmentRows, readCurrentSuccessors, type TAssignmentRowFilter } from '../../data/assignment-rows';
import { addDays, ZIsoDay } from '../../domain/calendar/iso-day';
import { instantAt } from '../../domain/calendar/local-time';
import { ZStatusColour, type TStatusColour } from '../../domain/policy/assignment-status';
import { closedPeriodsOf, closingActions } from '../../data/closed-periods';
import { readStatusFigures } from '../../data/status-counts';
import type { TReadClient } from '../../data/read-model';
import { ZAgencyCode, type TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { classifyRows, countClosedPeriods, dueSoonUntil, selectForAttention, summariseCounts, type TClassifiedRow, type TStatusSummary } from '../read-model/agency-status';

export const ZListAssignmentsInput = z
  .object({
    agency: ZAgencyCode.optional(),
    state: z.enum(ASSIGNMENT_STATES).optional(),
    /** Only overdue work: the same as colour red. */
    overdue: z.boolean().default(false),
    /** How the work stands now: grey not yet due, blue in term, yellow due soon, red overdue, green/orange completed on time/late. */
    colour: ZStatusColour.optional(),
    /** Due on or after this local day (Vietnam time). */
    dueFrom: ZIsoDay.optional(),
    /** Due on or before this local day. */
    dueTo: ZIsoDay.optional(),
    plan: z.string().min(1).max(200).optional(),
    /** The task group's heading, as the plan writes it (see the plan's tasks). */
    group: z.string().min(1).max(1_000).optional(),
  })
  .refine((input) => !(input.overdue && input.colour && input.colour !== 'red'), { message: 'overdue work is red: ask for overdue or for another colour, not both', path: ['colour'] })
  .refine((input) => !(input.dueFrom && input.dueTo && input.dueFrom > input.dueTo), { message: 'dueFrom comes after dueTo: the due window is empty', path: ['dueTo'] });

export const ZPageInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

/** The order of the list, sorted by the database: soonest due first unless asked otherwise. */
export const ZSortInput = z.object({
  sort: z.enum(ROW_SORT_KEYS).default('due'),
  dir: z.enum(ROW_SORT_DIRECTIONS).default('asc'),
});

export interface TAssignmentPage {
  items: TClassifiedRow[];
  /** Assignments the filter selects, on every page. */
  total: number;
  page: number;
  pageSize: number;
}

/** What the database can select for a colour; blue, yellow and grey need the working-day calendar too. */
const STANDING_OF_COLOUR: Record<TStatusColour, NonNullable<TAssignmentRowFilter['standing']>['is']> = {
  red: 'overdue',
  purple: 'overdue',
  green: 'completed-on-time',
  orange: 'completed-late',
  blue: 'open-in-time',
  yellow: 'open-in-time',
  grey: 'open-in-time',
};

function rowFilterOf(input: z.output<typeof ZListAssignmentsInput>, at: Date): { filter: TAssignmentRowFilter; colour: TStatusColour | null; exact: boolean } {
  const colour = input.overdue ? 'red' : (input.colour ?? null);
  const filter: TAssignmentRowFilter = {
    agency: input.agency,
    states: input.state ? [input.state] : undefined,
    planId: input.plan,
    groupTitle: input.group,
    dueFrom: input.dueFrom ? instantAt(input.dueFrom, '00:00') : undefined,
    dueBefore: input.dueTo ? instantAt(addDays(input.dueTo, 1), '00:00') : undefined,
    standing: colour ? { at, is: STANDING_OF_COLOUR[colour] } : undefined,
    // Past its due day, ordered work is red (overdue) and requested work purple (not yet received).
    mandate: colour === 'red' ? 'order' : colour === 'purple' ? 'request' : undefined,
  };
  // Grey includes work without a due day, which a due window leaves out anyway.
  return { filter, colour, exact: colour === null || STANDING_OF_COLOUR[colour] !== 'open-in-time' };
}

/** Soonest deadline first, each with its status now. */
export async function listAssignments(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZListAssignmentsInput>, at = new Date()): Promise<TClassifiedRow[]> {
  const { filter, colour } = rowFilterOf(parseInput(ZListAssignmentsInput, input, 'filter'), at);
  const rows = classifyRows(await context.read((db) => readAssignmentRows(db, filter)), at);
  return colour ? rows.filter((row) => row.classification?.colour === colour) : rows;
}

/**
 * One page of the list. The database filters, counts and pages; only where the colour needs the
 * working-day calendar (blue, yellow, grey) are the open rows of the filter classified first.
 */
export async function listAssignmentPage(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZListAssignmentsInput> & z.input<typeof ZPageInput> & z.input<typeof ZSortInput>, at = new Date()): Promise<TAssignmentPage> {
  const { page, pageSize } = parseInput(ZPageInput, { page: input.page, pageSize: input.pageSize }, 'page');
  const { sort, dir } = parseInput(ZSortInput, { sort: input.sort, dir: input.dir }, 'sort');
  const order = { by: sort, dir, at };
  const { filter, colour, exact } = rowFilterOf(parseInput(ZListAssignmentsInput, input, 'filter'), at);
  if (exact) {
    // One statement (the total is counted in it), so no transaction is needed for one snapshot.
    const { rows, total } = await context.readStatement((db) => readAssignmentRowPage(db, filter, { skip: (page - 1) * pageSize, take: pageSize }, order));
    return { items: classifyRows(rows, at), total, page, pageSize };
  }
  const rows = classifyRows(await context.read((db) => readAssignmentRows(db, filter, undefined, order)), at).filter((row) => row.classification?.colour === colour);
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
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
  /** Open obstacles (vướng mắc) per reporting agency, and how many wait past their step's deadline. */
  obstacles: TOpenObstacles[];
}

export interface TOpenObstacles {
  agency: string;
  open: number;
  overdue: number;
}

/**
 * Per agency answering for the work: the current period of every assignment, and the earlier
 * periods of recurring work as they closed (from the audit log), classified at `at`.
 */
export async function statusSummary(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZStatusInput>, at = new Date()): Promise<TStatusView> {
  const { agency, overdue, dueWithinDays } = parseInput(ZStatusInput, input, 'filter');
  const filtering = overdue || dueWithinDays !== undefined;
  // The database counts, in one statement; only the work a filter asks to see is read row by row
  // (then in one snapshot with the counts).
  const figures = (db: TReadClient) => readStatusFigures(db, { agency, at, dueSoonUntil: dueSoonUntil(at), closingActions });
  const { counts, closing, obstacles, attentionRows } = await (filtering
    ? context.read(async (db) => {
        const { closing, obstacles, ...counts } = await figures(db);
        const attentionRows = [
          ...(overdue ? await readAssignmentRows(db, { agency, standing: { at, is: 'overdue' } }) : []),
          ...(dueWithinDays !== undefined ? await readAssignmentRows(db, { agency, standing: { at, is: 'open-in-time' }, dueBefore: new Date(at.getTime() + dueWithinDays * 86_400_000 + 1) }) : []),
        ];
        return { counts, closing, obstacles, attentionRows };
      })
    : context.readStatement(async (db) => {
        const { closing, obstacles, ...counts } = await figures(db);
        return { counts, closing, obstacles, attentionRows: [] as Awaited<ReturnType<typeof readAssignmentRows>> };
      }));
  if (agency && counts.agencies.length === 0) {
    // An agency with no work today: most often a code from before the 2025 reorganisation.
    const successors = await context.read((db) => readCurrentSuccessors(db, agency));
    const hint = successors.length
      ? `its work passed to ${successors.join(', ')} in the reorganisation: try --agency ${successors[0]}`
      : '`dondoc status` lists the agencies that answer for work today';
    throw new AppError(`no assignments are answered for by ${agency}; ${hint}.`, 'not_found');
  }
  const attention = filtering ? selectForAttention(classifyRows(attentionRows, at), { overdue, dueWithinDays }, at) : null;
  const agencies = attention ? new Set(attention.map((row) => row.responsibleAgency)) : null;
  const current = new Map(closing.map((record) => [record.subjectId, { agency: record.agency, period: record.currentPeriod }]));
  const closed = countClosedPeriods(closedPeriodsOf(closing), current);
  const names = new Map(counts.agencies.flatMap((each) => (each.name ? [[each.agency, each.name] as const] : [])));
  return { at, summary: summariseCounts(counts, closed, at, names, agencies), attention, obstacles };
}
