// The seed plan from its start (15/5/2024) to 31/12/2030 on the time-skipping server, with the
// scripted cast beside this file: the real assignment workflows, worker, activities and
// database; simulated agencies acting through the same updates officials send.
//
// Six agencies keep it to about two minutes of wall time on 2 cores (60 workflows, ~320
// periods, ~2,400 notices); the whole plan (218 workflows) runs in bench/simulate-seed.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSimulation, type TSimulationResult } from '../../../simulation/run-simulation';
import type { TAssignmentSpecInput } from '../../../domain/assignment';
import type { TAssignmentStatus } from '../../../domain/assignment/status';
import { effectiveDeadline, isWorkingDay, localDayOf, VIETNAM_CALENDAR } from '../../../domain/calendar';
import { resolveSuccessors } from '../../../domain/plan-assignments';
import { periodClose } from '../../../domain/reporting/period-close';
import { parseCast } from '../../../domain/simulation';
import * as messages from '../../../contracts';
import { loadSeedPlan } from '../../helpers/assignment-fixtures';

const only = ['SO_LDTBXH', 'HUYEN_VI_DU_B', 'MTTQ_TINH', 'HOI_LHPN', 'TINH_DOAN', 'HOI_BVQTE'];
const until = '2030-12-31';
const castFile = fileURLToPath(new URL('./seed-cast.yaml', import.meta.url));

let result: TSimulationResult;
let wallSeconds: number;
const statusAtEnd = new Map<string, TAssignmentStatus>();
const readModel = new Map<string, string>();
let consolidatedInDatabase: { submittedAt: Date; values: Record<string, { count: number; total: number | null }> };
let unitsInDatabase: { assignmentId: string; values: Record<string, { count: number; total: number | null }> }[];

beforeAll(async () => {
  const parsed = parseCast(readFileSync(castFile, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const started = Date.now();
  // The per-task model this test's timelines were written for; bench/simulate-seed.ts runs the
  // seed as it is (one report per unit) to 2030.
  const seed = loadSeedPlan();
  result = await runSimulation({
    plan: { ...seed, policy: { ...seed.policy, reportGrouping: 'per_task' } },
    planId: 'kh135',
    cast: parsed.cast,
    until,
    only,
    measureHistories: true,
    inspect: async ({ env, prisma }) => {
      for (const id of ['kh135/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_B', 'kh135/II.1.1/HUYEN_VI_DU_B']) {
        statusAtEnd.set(id, await env.client.workflow.getHandle(id).query(messages.statusQuery));
      }
      for (const row of await prisma.assignment.findMany({ select: { id: true, state: true, period: true } })) readModel.set(row.id, `${row.period} ${row.state}`);
      // What the records activity stored: the consolidated report and the unit reports before it.
      const valuesOf = (values: { indicatorCode: string; count: number; total: number | null }[]) =>
        Object.fromEntries(values.map((value) => [value.indicatorCode, { count: value.count, total: value.total }]));
      const consolidated = await prisma.report.findFirstOrThrow({ where: { assignmentId: 'kh135/CONSOLIDATED_REPORT/SO_LDTBXH', period: '2024' }, include: { values: true } });
      consolidatedInDatabase = { submittedAt: consolidated.submittedAt, values: valuesOf(consolidated.values) };
      const units = await prisma.report.findMany({
        where: { period: '2024', assignment: { task: { ref: 'ANNUAL_CHILDREN_REPORT' } }, submittedAt: { lt: consolidated.submittedAt } },
        orderBy: { submittedAt: 'asc' },
        include: { values: true },
      });
      const latest = new Map(units.map((unit) => [unit.assignmentId, valuesOf(unit.values)]));
      unitsInDatabase = [...latest].map(([assignmentId, values]) => ({ assignmentId, values }));
    },
  });
  wallSeconds = (Date.now() - started) / 1000;
  console.error(`[simulation] seed, ${only.length} agencies, ${result.specs.length} workflows, to ${until}: ${wallSeconds.toFixed(0)} s wall, ${result.notices.length} notices`);
}, 600_000);

const local = (at: string) => `${localDayOf(new Date(at))} ${new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString().slice(11, 16)}`;
// The plan's first-day assignment notices go out while the simulation starts its workflows, in
// real time (the server's clock runs while it waits): 07:00 plus however long the starts take on
// the machine. They read "at the start"; the first test bounds that time.
const atTheStart = (notice: { kind: string; at: string }) => notice.kind === 'assignment' && local(notice.at).startsWith('2024-05-15 07:');
const noticesOf = (assignmentId: string, period: string) =>
  result.notices
    .filter((notice) => notice.assignmentId === assignmentId && notice.period === period)
    .map((notice) => `${notice.kind} ${notice.step} ${atTheStart(notice) ? '2024-05-15 at the start' : local(notice.at)}`);

describe('the seed plan simulated from its start to 2030 (time-skipping server)', () => {
  it('ran every period of the chosen agencies with no update refused', () => {
    expect(result.specs.length).toBe(60);
    expect(result.refusals).toEqual([]);
    expect(result.summary.total.notices).toBe(result.notices.length);
    // Every workflow told its agency on the plan's first day, from 07:00 and within minutes.
    const first = result.notices.filter((notice) => notice.kind === 'assignment' && localDayOf(new Date(notice.at)) === '2024-05-15');
    expect(new Set(first.map((notice) => notice.assignmentId)).size).toBeGreaterThanOrEqual(only.length);
    expect(first.every(atTheStart)).toBe(true);
  });

  it('reminds, then escalates a district that never reports, up to the People\'s Committee, to the right people', () => {
    const id = 'kh135/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_B';
    // Due Sunday 15/12/2024, rolled to Monday 16/12; the ladder at 1, 3, 5 and 10 working days.
    expect(noticesOf(id, '2024')).toEqual([
      'assignment assigned 2024-05-15 at the start',
      'reminder 7 2024-12-05 08:00',
      'reminder 3 2024-12-11 08:00',
      'reminder 1 2024-12-13 08:00',
      'due-today 0 2024-12-16 08:00',
      'escalation 1.1 2024-12-17 08:00',
      'escalation 2.1 2024-12-19 08:00',
      'escalation 3.1 2024-12-23 08:00',
      'escalation 4.1 2024-12-30 08:00',
    ]);
    const recipients = result.notices
      .filter((notice) => notice.assignmentId === id && notice.period === '2024' && notice.kind === 'escalation')
      .map((notice) => ({ to: notice.to, cc: notice.cc }));
    expect(recipients).toEqual([
      { to: ['dau-moi@huyen-vi-du-b.kontum.example'], cc: [] },
      { to: ['chu-tich@huyen-vi-du-b.kontum.example'], cc: ['dau-moi@huyen-vi-du-b.kontum.example'] },
      { to: ['dau-moi@soldtbxh.kontum.example'], cc: ['chu-tich@huyen-vi-du-b.kontum.example'] },
      { to: ['theo-doi@vpubnd.kontum.example'], cc: ['dau-moi@soldtbxh.kontum.example', 'chu-tich@huyen-vi-du-b.kontum.example'] },
    ]);
    // Half a year after the deadline the period lapses and 2025 starts: same chase, a year on.
    expect(noticesOf(id, '2025')).toEqual([
      'assignment assigned 2025-06-15 00:00',
      'reminder 7 2025-12-04 08:00',
      'reminder 3 2025-12-10 08:00',
      'reminder 1 2025-12-12 08:00',
      'due-today 0 2025-12-15 08:00',
      'escalation 1.1 2025-12-16 08:00',
      'escalation 2.1 2025-12-18 08:00',
      'escalation 3.1 2025-12-22 08:00',
      'escalation 4.1 2025-12-29 08:00',
    ]);
  });

  it('moves the deadline of an approved extension, and reminds again before the new one', () => {
    expect(noticesOf('kh135/ANNUAL_CHILDREN_REPORT/HOI_LHPN', '2024')).toEqual([
      'assignment assigned 2024-05-15 at the start',
      'reminder 7 2024-12-05 08:00',
      'reminder 3 2024-12-11 08:00',
      'reminder 1 2024-12-13 08:00',
      // Asked on Thu 12/12 for 14 more days; the monitor approved on Fri 13/12 at 09:00: due Mon 30/12.
      'extension-decided approved-6 2024-12-13 09:00',
      'reminder 7 2024-12-19 08:00',
      'reminder 3 2024-12-25 08:00',
      'reminder 1 2024-12-27 08:00',
      // Sent Fri 27/12 at 10:00, accepted on the next working day.
      'report-accepted 1 2024-12-30 09:00',
    ]);
    expect(result.notices.find((notice) => notice.assignmentId === 'kh135/ANNUAL_CHILDREN_REPORT/HOI_LHPN' && notice.kind === 'extension-decided')).toMatchObject({
      dueAt: '2024-12-30T16:59:59.999Z',
      to: ['dau-moi@hoilhpn.kontum.example'],
    });
  });

  it('returns a report once and chases the revision; a denied extension keeps the deadline', () => {
    expect(noticesOf('kh135/ANNUAL_CHILDREN_REPORT/HOI_BVQTE', '2024')).toEqual([
      'assignment assigned 2024-05-15 at the start',
      'reminder 7 2024-12-05 08:00',
      'reminder 3 2024-12-11 08:00',
      'reminder 1 2024-12-13 08:00',
      // Sent Fri 13/12, returned Mon 16/12 with 7 days to revise (due Mon 23/12).
      'report-returned 1 2024-12-16 09:00',
      'reminder 3 2024-12-18 08:00',
      'reminder 1 2024-12-20 08:00',
      'report-accepted 2 2024-12-23 09:00',
    ]);
    expect(noticesOf('kh135/ANNUAL_CHILDREN_REPORT/TINH_DOAN', '2024')).toEqual([
      'assignment assigned 2024-05-15 at the start',
      'reminder 7 2024-12-05 08:00',
      'reminder 3 2024-12-11 08:00',
      'reminder 1 2024-12-13 08:00',
      'extension-decided denied-6 2024-12-13 09:00',
      'report-accepted 1 2024-12-16 09:00',
    ]);
  });

  it('closes each year of the units’ report after its grace and tells the consolidating agency, once a year', () => {
    const plan = loadSeedPlan();
    const closed = result.notices.filter((notice) => notice.kind === 'period-closed' && notice.taskRef === 'CONSOLIDATED_REPORT');
    const years = ['2024', '2025', '2026', '2027', '2028', '2029', '2030'];
    expect(closed.map((notice) => [notice.step, notice.assignmentId, notice.agency, local(notice.at)])).toEqual(
      years.map((period) => [period, 'kh135/CONSOLIDATED_REPORT/SO_LDTBXH', 'SO_LDTBXH', local(periodClose(plan, 'ANNUAL_CHILDREN_REPORT', period).closesAt)]),
    );
    // 2024: due Monday 16/12 (15/12 is a Sunday), three working days of grace, closed Friday 20/12 at 08:00.
    expect(local(closed[0]!.at)).toBe('2024-12-20 08:00');

    // Each review's reports are consolidated for its lead (DOLISA's successor by then), once.
    const reviews = result.notices.filter((notice) => notice.kind === 'period-closed' && notice.taskRef !== 'CONSOLIDATED_REPORT');
    expect(reviews.map((notice) => [notice.taskRef, notice.agency, local(notice.at)])).toEqual(
      plan.reviews.map((review) => [review.id, resolveSuccessors(review.lead, localDayOf(new Date(periodClose(plan, review.id, 'once').closesAt)), plan.agencies, plan.metadata.functions)[0], local(periodClose(plan, review.id, 'once').closesAt)]),
    );
    expect(reviews.map((notice) => notice.agency)).toEqual(['QNG_SO_YT', 'QNG_SO_YT']);
  });

  it('sends no reminder, due-day notice or escalation on a weekend or holiday, and all at 08:00', () => {
    const chases = result.notices.filter((notice) => ['reminder', 'due-today', 'escalation'].includes(notice.kind));
    const { reminders, dueToday, escalations } = result.summary.total;
    expect(chases.length).toBe(reminders + dueToday + Object.values(escalations).reduce((sum, count) => sum + count, 0));
    const offDays = chases.filter((notice) => !isWorkingDay(localDayOf(new Date(notice.at)), VIETNAM_CALENDAR).working);
    expect(offDays).toEqual([]);
    expect(new Set(chases.map((notice) => local(notice.at).slice(11)))).toEqual(new Set(['08:00']));
  });

  it('counts each year what the cast implies', () => {
    const end = new Date('2030-12-31T16:59:59.999Z').getTime();
    const specs = result.specs;
    const periodsDueIn = (year: number, agency?: string) => periodsOf(specs, year).filter((period) => !agency || period.spec.assigneeAsWritten === agency);
    for (const row of result.summary.years) {
      const periods = periodsDueIn(row.year);
      const never = periodsDueIn(row.year, 'HUYEN_VI_DU_B');
      const late = periodsDueIn(row.year, 'MTTQ_TINH');
      const lapsed = never.filter((period) => period.spec.recurrence && period.dueAt.getTime() + 180 * 86_400_000 < end);
      const escalating = (list: typeof periods) => list.filter((period) => period.spec.escalate !== false).length;
      expect(row, String(row.year)).toMatchObject({
        assignments: periods.length,
        // Three reminders a period; three more for a new deadline, two for a revision due a week later.
        reminders: 3 * periods.length + 3 * periodsDueIn(row.year, 'HOI_LHPN').length + 2 * periodsDueIn(row.year, 'HOI_BVQTE').length,
        dueToday: never.length + late.length,
        // Four working days late: the focal point and the head have been told, not yet the monitor.
        escalations: { '1': escalating(never) + escalating(late), '2': escalating(never) + escalating(late), '3': escalating(never), '4': escalating(never) },
        reports: { onTime: periods.length - never.length - late.length, late: late.length, missing: lapsed.length, overdue: never.length - lapsed.length, pending: 0, cancelled: 0 },
        extensions: {
          requested: periodsDueIn(row.year, 'HOI_LHPN').length + periodsDueIn(row.year, 'TINH_DOAN').length,
          approved: periodsDueIn(row.year, 'HOI_LHPN').length,
          denied: periodsDueIn(row.year, 'TINH_DOAN').length,
        },
        returned: periodsDueIn(row.year, 'HOI_BVQTE').length,
      });
    }
    expect(result.summary.years.map((row) => row.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(result.summary.total).toMatchObject({ assignments: 322, reminders: 1_060, escalations: { '1': 123, '2': 123, '3': 123, '4': 123 } });
  });

  it('consolidates the units that had reported by the consolidation, as the database recorded them', () => {
    const figures = result.summary.consolidations.find((each) => each.period === '2024')!;
    // On time: SO_LDTBXH, TINH_DOAN (extension denied), HOI_BVQTE (revised 20/12); late but before
    // 24/12: MTTQ_TINH. Not yet: HOI_LHPN (extended to 30/12); never: HUYEN_VI_DU_B.
    expect(figures).toMatchObject({ onTime: true, unitsExpected: 6, unitsReporting: 4 });
    expect(local(figures.submittedAt)).toBe('2024-12-24 10:00');
    expect(unitsInDatabase.map((unit) => unit.assignmentId).sort()).toEqual(
      ['HOI_BVQTE', 'MTTQ_TINH', 'SO_LDTBXH', 'TINH_DOAN'].map((agency) => `kh135/ANNUAL_CHILDREN_REPORT/${agency}`),
    );
    // The four that reported are a department and organisations: they hold none of the six figures,
    // are asked for none and send none. The only unit chosen that supplies them (HUYEN_VI_DU_B, a
    // district) never reports, so the province's sums are zero: no figure of another level is added.
    expect(unitsInDatabase.map((unit) => Object.keys(unit.values))).toEqual([[], [], [], []]);
    const summed = Object.fromEntries(
      figures.indicators.map((indicator) => [
        indicator.code,
        {
          count: unitsInDatabase.reduce((sum, unit) => sum + (unit.values[indicator.code]?.count ?? 0), 0),
          total: unitsInDatabase.reduce((sum, unit) => sum + (unit.values[indicator.code]?.total ?? 0), 0),
        },
      ]),
    );
    expect(consolidatedInDatabase.values).toEqual(summed);
    expect(figures.indicators).toEqual(Object.entries(summed).map(([code, value]) => ({ code, ...value })));
    expect(result.summary.consolidations.map((each) => [each.period, each.unitsReporting, each.onTime])).toEqual(
      ['2024', '2025', '2026', '2027', '2028', '2029', '2030'].map((period) => [period, 4, true]),
    );
  });

  it('leaves each assignment in the status its agency earned', () => {
    expect(statusAtEnd.get('kh135/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_B')).toMatchObject({
      period: '2030',
      phase: 'open',
      escalationLevel: 4,
      classification: { status: 'overdue', colour: 'red' },
      nextNoticeAt: null,
    });
    expect(statusAtEnd.get('kh135/II.1.1/HUYEN_VI_DU_B')).toMatchObject({ period: 'once', phase: 'open', escalationLevel: 4, classification: { status: 'overdue' } });
    expect(readModel.get('kh135/ANNUAL_CHILDREN_REPORT/MTTQ_TINH')).toBe('2030 completed_late');
    expect(readModel.get('kh135/ANNUAL_CHILDREN_REPORT/HOI_LHPN')).toBe('2030 completed_on_time');
    expect(readModel.get('kh135/ANNUAL_CHILDREN_REPORT/HOI_BVQTE')).toBe('2030 completed_on_time');
    expect(readModel.get('kh135/CONSOLIDATED_REPORT/SO_LDTBXH')).toBe('2030 completed_on_time');
    expect(readModel.get('kh135/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_B')).toBe('2030 assigned');
  });

  it('keeps every run\'s history far below the 4,096 events at which the server suggests continuing as new', () => {
    const histories = result.histories!;
    console.error(`[simulation] ${histories.runs} runs; largest history ${histories.largestByEvents.events} events (${histories.largestByEvents.workflowId}), ` +
      `${histories.largestByBytes.bytes} bytes (${histories.largestByBytes.workflowId})`);
    expect(histories.runs).toBe(322);
    expect(histories.largestByEvents.events).toBeLessThan(400);
    expect(histories.largestByBytes.bytes).toBeLessThan(1_000_000);
  });
});

/** The periods due in `year`, with their original deadline (a recurring spec has one a year, by the plan's rule). */
function periodsOf(specs: readonly TAssignmentSpecInput[], year: number): { spec: TAssignmentSpecInput; dueAt: Date }[] {
  return specs.flatMap((spec) => {
    const first = new Date(spec.dueAt);
    if (!spec.recurrence) return localDayOf(first).startsWith(String(year)) ? [{ spec, dueAt: first }] : [];
    if (year < Number(spec.period) || year > spec.recurrence.lastPeriod) return [];
    return [{ spec, dueAt: effectiveDeadline(`${year}-${spec.recurrence.dueMonthDay}`, spec.calendar).dueAt }];
  });
}
