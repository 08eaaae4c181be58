// The read model's queries as the API runs them, against classifying every assignment by hand:
// the list (filtered, counted and paged in the database: the same rows in the same order) and
// the status per agency (counted in the database: the same figures, closed periods included).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppActor } from '../../../client/actor';
import { createAppContext, type TAppContext } from '../../../client/app-context';
import { listAssignmentPage, listAssignments, statusSummary } from '../../../client/assignments/read-assignments';
import { AppError } from '../../../client/errors';
import { loadPlan } from '../../../client/plans/read-plan-file';
import { classifyClosedPeriods, classifyRows, selectForAttention, summariseByAgency, type TClassifiedRow } from '../../../client/read-model/agency-status';
import { appendAuditEntries } from '../../../data/audit-log';
import { closedPeriodsOf, closingActions, type TClosingRecord } from '../../../data/closed-periods';
import { loadConfig, seedPlanFile } from '../../../config/config';
import { projectPath } from '../../../config/project-root';
import { readAssignmentRows } from '../../../data/assignment-rows';
import { upsertPlanRecords } from '../../../data/plan-records';
import { localDayOf } from '../../../domain/calendar/local-time';
import { periodStartsAt } from '../../../domain/reporting/period-start';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';

const reader: TAppActor = { agency: null, user: 'auditor', role: 'auditor' };
const DAY = 86_400_000;
/** A Tuesday morning, Vietnam time: working days and weekends both lie within a week of it. */
const at = new Date('2026-03-10T02:00:00Z');

let database: TestDatabase;
let context: TAppContext;
let everything: TClassifiedRow[];
let groupOf: Map<string, string | null>;
let plan: Awaited<ReturnType<typeof loadPlan>>;
let recurrenceOf: Map<string, string | null>;
/** An agency with work, and the task group with the most work due soon in the seed plan: chosen from the data. */
let agency: string;
let busyGroup: string;

beforeAll(async () => {
  database = await createTestDatabase();
  plan = await loadPlan(seedPlanFile);
  await upsertPlanRecords(database.prisma, 'seed', plan);
  await upsertPlanRecords(database.prisma, 'other', plan);
  const agencies = plan.agencies.filter((agency) => !agency.validTo).map((agency) => agency.code).slice(0, 5);
  const tasks = await database.prisma.task.findMany({ select: { id: true, planId: true, ref: true, groupTitle: true, recurrence: true }, orderBy: { id: 'asc' } });
  recurrenceOf = new Map(tasks.map((task) => [`${task.planId}|${task.ref}`, task.recurrence]));
  groupOf = new Map(tasks.map((task) => [`${task.planId}|${task.ref}`, task.groupTitle]));
  const states = ['assigned', 'in_progress', 'submitted', 'returned', 'completed_on_time', 'completed_late', 'cancelled', 'lapsed'] as const;
  // 640 assignments due from 40 days before `at` to 40 days after, some at the same instant (the
  // id breaks the tie), some with no due day; completed ones before, on and after their due day.
  await database.prisma.assignment.createMany({
    data: Array.from({ length: 640 }, (_, n) => {
      const state = states[n % states.length]!;
      const dueAt = n % 37 === 0 ? null : new Date(at.getTime() + (((n * 7) % 81) - 40) * DAY + (n % 3) * 3_600_000);
      const completed = state.startsWith('completed') || (state === 'submitted' && n % 3 === 0);
      const completedAt = completed && dueAt ? new Date(dueAt.getTime() + ((n % 5) - 2) * DAY) : null;
      const answering = agencies[n % agencies.length]!;
      // Every fifth a request (đề nghị): late, it is not yet received rather than overdue.
      const mandate = n % 5 === 4 ? ('request' as const) : ('order' as const);
      return { id: `list/${String(n).padStart(4, '0')}`, taskId: tasks[n % tasks.length]!.id, period: '2026', assigneeAsWrittenCode: answering, responsibleAgencyCode: answering, state, dueAt, completedAt, mandate };
    }),
  });
  // How earlier periods closed, in the audit log: on time, late (the last submission counts),
  // lapsed, and records of the current period, which the row itself counts.
  const closing = (n: number, action: string, period: string, payload: Record<string, unknown> = {}) => ({
    idempotencyKey: `${action}:${n}:${period}:${Math.random()}`,
    occurredAt: new Date(at.getTime() - (400 - n) * DAY),
    actorAgency: null,
    actorUser: null,
    action,
    subjectType: 'assignment',
    subjectId: `list/${String(n).padStart(4, '0')}`,
    payload: { period, ...payload },
  });
  await database.prisma.$transaction((tx) =>
    appendAuditEntries(tx, [
      closing(1, 'result-submitted', '2025', { onTime: true }),
      closing(1, 'result-accepted', '2025'),
      closing(2, 'result-submitted', '2025', { onTime: true }),
      closing(2, 'result-submitted', '2025', { onTime: false }),
      closing(2, 'result-accepted-at-period-close', '2025'),
      closing(3, 'period-lapsed', '2024'),
      closing(9, 'result-accepted', '2025', { onTime: false }),
      closing(10, 'result-accepted', '2026'),
      closing(11, 'task-cancelled', '2025'),
    ]),
  );
  context = createAppContext({ ...loadConfig({}), databaseUrl: database.connectionString });
  everything = classifyRows(await context.read((db) => readAssignmentRows(db)), at);
  agency = agencies[1]!;
  const dueSoonGroups = everything.filter((row) => row.planId === 'seed' && row.classification?.colour === 'yellow').map((row) => groupOf.get(`${row.planId}|${row.taskRef}`)!);
  busyGroup = [...new Set(dueSoonGroups)].sort((a, b) => dueSoonGroups.filter((group) => group === b).length - dueSoonGroups.filter((group) => group === a).length)[0]!;
}, 120_000);

afterAll(async () => {
  await context?.close();
  await database?.drop();
});

/** Every page of a filter, in order. */
async function allPages(filter: Parameters<typeof listAssignmentPage>[2], pageSize: number) {
  const first = await listAssignmentPage(context, reader, { ...filter, pageSize }, at);
  const pages = [first];
  for (let page = 2; page <= Math.ceil(first.total / pageSize); page += 1) pages.push(await listAssignmentPage(context, reader, { ...filter, page, pageSize }, at));
  return { total: first.total, ids: pages.flatMap((each) => each.items.map((row) => row.id)), pages };
}

describe('the assignment list, filtered and paged in the database', () => {
  it('derives when each period opens from the plan document as the plan model does (the cycle the task is, else the one it is reported in)', () => {
    const dataPeriods = new Map(plan.reportingCycles.flatMap((cycle) => (cycle.dataPeriod ? [[cycle.id, cycle.dataPeriod] as const] : [])));
    const expected = (row: TClassifiedRow) =>
      periodStartsAt({ period: row.period, dataPeriod: dataPeriods.get(row.taskRef) ?? dataPeriods.get(recurrenceOf.get(`${row.planId}|${row.taskRef}`) ?? '') ?? null, planStartDay: plan.metadata.startDate });
    expect(everything.filter((row) => dataPeriods.has(row.taskRef) || dataPeriods.has(recurrenceOf.get(`${row.planId}|${row.taskRef}`) ?? '')).length, 'some rows are reported in a cycle with a data period').toBeGreaterThan(0);
    for (const row of everything) expect(row.startsAt?.toISOString() ?? null, row.id).toBe(expected(row)?.toISOString() ?? null);
  });

  type TFilter = Parameters<typeof listAssignmentPage>[2];
  // Filters are functions: the agency and the group are chosen from the data, after it is written.
  const cases: [string, () => TFilter, (row: TClassifiedRow) => boolean][] = [
    ['nothing', () => ({}), () => true],
    ['one agency', () => ({ agency }), (row) => row.responsibleAgency === agency],
    ['one state', () => ({ state: 'returned' }), (row) => row.state === 'returned'],
    ['overdue', () => ({ overdue: true }), (row) => row.classification?.status === 'overdue'],
    ...(['grey', 'blue', 'yellow', 'red', 'purple', 'green', 'orange'] as const).map((colour): (typeof cases)[number] => [`colour ${colour}`, () => ({ colour }), (row) => row.classification?.colour === colour]),
    ['a due window', () => ({ dueFrom: '2026-03-01', dueTo: '2026-03-15' }), (row) => row.dueAt !== null && localDayOf(row.dueAt) >= '2026-03-01' && localDayOf(row.dueAt) <= '2026-03-15'],
    ['one plan', () => ({ plan: 'other' }), (row) => row.planId === 'other'],
    ['one group of one plan, due soon', () => ({ plan: 'seed', group: busyGroup, colour: 'yellow' }), (row) => row.planId === 'seed' && groupOf.get(`${row.planId}|${row.taskRef}`) === busyGroup && row.classification?.colour === 'yellow'],
    ['an agency’s blue work due from a day', () => ({ agency, colour: 'blue', dueFrom: '2026-03-12' }), (row) => row.responsibleAgency === agency && row.classification?.colour === 'blue' && localDayOf(row.dueAt!) >= '2026-03-12'],
  ];

  it.each(cases)('selects the same rows in the same order as filtering every row by hand: %s', async (_name, filterOf, keep) => {
    const filter = filterOf();
    const expected = everything.filter(keep).map((row) => row.id);
    expect(expected.length, 'the data gives this filter something to select').toBeGreaterThan(0);
    const paged = await allPages(filter, 17);
    expect(paged.total).toBe(expected.length);
    expect(paged.ids).toEqual(expected);
    expect(paged.pages.every((page) => page.items.length <= 17)).toBe(true);
    expect((await listAssignments(context, reader, filter, at)).map((row) => row.id)).toEqual(expected);
  });

  it('answers a page past the end with no rows and the total', async () => {
    const answer = await listAssignmentPage(context, reader, { agency, page: 999, pageSize: 50 }, at);
    expect(answer.items).toEqual([]);
    expect(answer.total).toBe(everything.filter((row) => row.responsibleAgency === agency).length);
  });

  it('refuses a filter that can select nothing, saying why', async () => {
    for (const [filter, field] of [
      [{ dueFrom: '2026-03-20', dueTo: '2026-03-01' }, 'dueTo'],
      [{ overdue: true, colour: 'blue' }, 'colour'],
      [{ dueFrom: '2026-02-30' }, 'dueFrom'],
      [{ colour: 'pink' }, 'colour'],
      [{ pageSize: 0 }, 'pageSize'],
    ] as const) {
      const error = await listAssignmentPage(context, reader, filter as never, at).then(() => null, (thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('bad_input');
      expect(JSON.stringify((error as AppError).fieldErrors)).toContain(field);
    }
  });
});

describe('the status per agency, counted in the database', () => {
  /** The status as defined row by row: every assignment classified, closed periods from every record. */
  async function byHand(filter: { agency?: string; overdue?: boolean; dueWithinDays?: number }) {
    const records = await database.prisma.auditEvent.findMany({ where: { subjectType: 'assignment', action: { in: closingActions } }, orderBy: { sequence: 'asc' } });
    const rows = everything.filter((row) => !filter.agency || row.responsibleAgency === filter.agency);
    const closed = classifyClosedPeriods(rows, closedPeriodsOf(records as TClosingRecord[]));
    const filtering = Boolean(filter.overdue) || filter.dueWithinDays !== undefined;
    const attention = filtering ? selectForAttention(rows, filter, at) : null;
    const agencies = attention ? new Set(attention.map((row) => row.responsibleAgency)) : null;
    const names = new Map((await database.prisma.agency.findMany()).map((each) => [each.code, each.nameVi]));
    return { summary: summariseByAgency([...rows, ...closed].filter((row) => !agencies || agencies.has(row.responsibleAgency)), names), attention: attention?.map((row) => row.id) ?? null };
  }

  it.each([
    ['every agency', {}],
    ['one agency', { agency: 'pick' }],
    ['agencies with overdue work', { overdue: true }],
    ['agencies with work due within 7 days', { dueWithinDays: 7 }],
    ['both filters for one agency', { agency: 'pick', overdue: true, dueWithinDays: 3 }],
  ] as const)('gives the same figures as classifying every row: %s', async (_name, filter) => {
    const asked = { ...filter, agency: 'agency' in filter ? agency : undefined };
    const expected = await byHand(asked);
    const view = await statusSummary(context, reader, asked, at);
    expect(view.summary).toEqual(expected.summary);
    expect(view.attention?.map((row) => row.id) ?? null).toEqual(expected.attention);
    expect(view.summary.totals.total, 'the data gives the status something to count').toBeGreaterThan(0);
  });

  it('counts late requests (đề nghị) apart as not yet received, outside the overdue share', async () => {
    const view = await statusSummary(context, reader, {}, at);
    const open = everything.filter((row) => row.classification && row.dueAt && row.dueAt < at && (!row.completedAt || row.completedAt > at));
    const { totals } = view.summary;
    // Past its day, a request is purple "not yet received" in the list too, never red.
    expect(open.filter((row) => row.mandate === 'request').every((row) => row.classification!.status === 'not_yet_received' && row.classification!.colour === 'purple')).toBe(true);
    expect(open.filter((row) => row.mandate === 'order').every((row) => row.classification!.status === 'overdue' && row.classification!.colour === 'red')).toBe(true);
    expect(totals.notYetReceived).toBe(open.filter((row) => row.mandate === 'request').length);
    expect(totals.notYetReceived, 'the data has late requests').toBeGreaterThan(0);
    expect(totals.overdue).toBe(open.filter((row) => row.mandate === 'order').length);
    expect(totals.overdueShare).toBe(Math.round((totals.overdue / totals.total) * 10_000) / 10_000);
    const red = await listAssignments(context, reader, { overdue: true }, at);
    expect(red.length).toBe(totals.overdue);
    expect(red.every((row) => row.mandate === 'order')).toBe(true);
    expect((await listAssignments(context, reader, { colour: 'purple' }, at)).map((row) => row.id).sort()).toEqual(open.filter((row) => row.mandate === 'request').map((row) => row.id).sort());
  });

  it('counts the closed periods of recurring work: on time, late by the last submission, lapsed, and not the current period', async () => {
    const view = await statusSummary(context, reader, {}, at);
    const current = everything.filter((row) => row.state !== 'cancelled' && row.state !== 'lapsed').length;
    // Three earlier periods closed (1 on time, 2 late, 3 lapsed) and 9's accepted 2025 late; 10's record is of its current period.
    expect(view.summary.totals.total).toBe(current + 3);
    expect(view.summary.totals.lapsed).toBe(everything.filter((row) => row.state === 'lapsed').length + 1);
  });
});

describe('the migration that keeps data periods on tasks', () => {
  it('gives plans loaded before it the data periods plan loading now writes', async () => {
    const before = await database.prisma.task.findMany({ select: { planId: true, ref: true, dataPeriod: true }, orderBy: [{ planId: 'asc' }, { ref: 'asc' }] });
    expect(before.filter((task) => task.dataPeriod !== null).length).toBeGreaterThan(0);
    const migration = await readFile(projectPath('prisma', 'migrations', '20261130092838_task_data_period', 'migration.sql'), 'utf8');
    const backfill = migration.slice(migration.indexOf('UPDATE "Task"'), migration.lastIndexOf('COMMIT;'));
    await database.prisma.$transaction([database.prisma.$executeRawUnsafe('UPDATE "Task" SET "dataPeriod" = NULL'), database.prisma.$executeRawUnsafe(backfill)]);
    expect(await database.prisma.task.findMany({ select: { planId: true, ref: true, dataPeriod: true }, orderBy: [{ planId: 'asc' }, { ref: 'asc' }] })).toEqual(before);
  });
});

describe('the migration that keeps the mandate on assignments', () => {
  it('marks as requests the assignments of tasks the stored plan document marks `mandate: request`, and nothing else', async () => {
    const migration = await readFile(projectPath('prisma', 'migrations', '20261130095000_assignment_mandate', 'migration.sql'), 'utf8');
    const backfill = migration.slice(migration.indexOf('UPDATE "Assignment"'), migration.lastIndexOf('COMMIT;'));
    const saved = await database.prisma.assignment.findMany({ select: { id: true, mandate: true } });
    await database.prisma.$transaction([database.prisma.$executeRawUnsafe(`UPDATE "Assignment" SET mandate = 'order'`), database.prisma.$executeRawUnsafe(backfill)]);
    const requested = new Set(plan.tasks.filter((task) => task.mandate === 'request').map((task) => task.ref));
    const after = await database.prisma.assignment.findMany({ select: { id: true, mandate: true, task: { select: { ref: true } } } });
    expect(after.filter((row) => row.mandate === 'request').length, 'the data has assignments of request tasks').toBeGreaterThan(0);
    for (const row of after) expect(row.mandate, row.id).toBe(requested.has(row.task.ref) ? 'request' : 'order');
    for (const row of saved) await database.prisma.assignment.update({ where: { id: row.id }, data: { mandate: row.mandate } });
  });
});
