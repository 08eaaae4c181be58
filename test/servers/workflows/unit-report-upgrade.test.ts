// One report per unit (issue 12) on the time-skipping server: the seed plan loaded under the old
// model (a chased assignment per task and unit), a result submitted on one of a commune's per-task
// assignments, the plan loaded again with one report per unit. The commune then owes one annual
// report with that section filled in, its per-task runs are closed with the reason in the audit
// log, the submitted result is still in the read model, and the reminders come once per step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import * as messages from '../../../contracts';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { localDayOf } from '../../../domain/calendar/local-time';
import type { TReconcilePlanResult } from '../../../contracts';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { loadSeedPlan, sleepUntil, waitUntil, type SentNotice } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let sent: SentNotice[];
const taskQueue = 'unit-report-upgrade';
const system = { agency: 'SO_LDTBXH', user: 'he-thong@dondoc.invalid' };
const commune = 'XA_VI_DU_A1';
const commmuneOfficer = { agency: commune, user: 'can-bo@xavidua1.example' };

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, database, sent } = bed);
}, 60_000);
afterAll(async () => {
  await bed?.stop();
});

const seed = loadSeedPlan();
const load = (reportGrouping: 'per_task' | 'one_report_per_unit', name: string): Promise<TReconcilePlanResult> =>
  env.client.workflow.execute(messages.loadPlanWorkflow, {
    taskQueue,
    workflowId: `unit-report-upgrade/${name}`,
    args: [{ planId: 'kh135', plan: { ...seed, policy: { ...seed.policy, reportGrouping } }, taskQueue, actor: system, reason: 'Nạp kế hoạch', schedules: false }],
  });
/** The workflow a notice key belongs to, and whether it is the commune's. */
const ofCommune = (notice: SentNotice) => notice.key.split('|')[0]!.split('/').includes(commune);

describe('moving the seed plan to one report per unit', () => {
  it('keeps every submitted result, closes the per-task runs with the reason, and chases one report once per step', async () => {
    const today = localDayOf(new Date(Number(await env.currentTimeMs())));
    const old = buildAssignmentSpecs(seed, { planId: 'kh135', asOfDay: today, reportGrouping: 'per_task' }).specs;
    const perTask = old.filter((spec) => spec.responsibleAgency === commune && spec.recurrence);
    const chosen = perTask.find((spec) => spec.taskRef === 'II.2.1')!;
    expect(chosen).toBeDefined();

    // Under the old model the commune is sent one assignment mail per item, all at once.
    const first = await load('per_task', 'old');
    expect(first.started).toBe(old.length);
    const assignedBefore = () => sent.filter((notice) => ofCommune(notice) && notice.step === 'assigned').length;
    await waitUntil(`the commune is sent an assignment mail per item (${assignedBefore()} so far)`, () => assignedBefore() >= perTask.length, 90_000);

    const oldHandle = env.client.workflow.getHandle(chosen.assignmentId);
    await oldHandle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: commmuneOfficer, narrative: 'Đã tổ chức 3 buổi truyền thông về quyền trẻ em', indicators: [] }] });
    await waitUntil('the result is in the read model', async () => (await database.prisma.report.count({ where: { assignmentId: chosen.assignmentId } })) === 1);

    // Upgrade: the same plan, one report per unit.
    const second = await load('one_report_per_unit', 'new');
    const reportId = `kh135/ANNUAL_CHILDREN_REPORT/HUYEN_VI_DU_A/${commune}/report`;
    expect(second.superseded).toBeGreaterThanOrEqual(perTask.length);
    expect(second.cancelled).toBe(0);

    const report = env.client.workflow.getHandle(reportId);
    const status = await report.query(messages.statusQuery);
    expect(status.phase).toBe('open');
    expect(status.period).toBe(chosen.period);
    expect(status.sections!.map((section) => section.taskRef).sort()).toEqual(perTask.filter((spec) => spec.kind === 'task').map((spec) => spec.taskRef).sort());
    expect(status.sections!.filter((section) => section.carriedOver).map((section) => section.taskRef)).toEqual(['II.2.1']);

    // Every per-task run of the commune's recurring work is closed, the reason in the audit log.
    for (const spec of perTask) {
      const description = await env.client.workflow.getHandle(spec.assignmentId).describe();
      expect([spec.assignmentId, description.status.name]).toEqual([spec.assignmentId, 'COMPLETED']);
      const cancelled = await database.prisma.auditEvent.findFirst({ where: { subjectId: spec.assignmentId, action: 'cancelled' }, select: { payload: true } });
      expect(JSON.stringify(cancelled?.payload)).toContain(`superseded by the unit's annual report (${reportId})`);
    }
    // The result submitted on the old run is still there.
    const kept = await database.prisma.report.findMany({ where: { assignmentId: chosen.assignmentId }, select: { narrative: true, period: true } });
    expect(kept).toEqual([{ narrative: 'Đã tổ chức 3 buổi truyền thông về quyền trẻ em', period: chosen.period }]);
    // Loading the new model again changes nothing.
    const third = await load('one_report_per_unit', 'again');
    expect([third.started, third.superseded, third.cancelled]).toEqual([0, 0, 0]);

    // Reminders: one mail per step for the commune's report, none from the closed runs.
    await sleepUntil(env, '2026-12-05T00:00:00Z');
    const oldIds = new Set(perTask.map((spec) => spec.assignmentId));
    const reminders = sent.filter((notice) => ofCommune(notice) && notice.kind === 'reminder');
    expect(reminders.filter((notice) => oldIds.has(notice.key.split('|')[0]!))).toEqual([]);
    expect(reminders.filter((notice) => notice.key.startsWith(`${reportId}|`)).map((notice) => notice.step)).toEqual(['7']);

    // The commune answers the other sections; II.2.1 comes from its earlier result.
    const sections = status.sections!.filter((section) => !section.carriedOver).map((section, index) => (index === 0 ? { taskRef: section.taskRef, nothingToReport: true as const } : { taskRef: section.taskRef, narrative: `Đã thực hiện ${section.taskRef}` }));
    const required = buildAssignmentSpecs(seed, { planId: 'kh135', asOfDay: today, reportGrouping: 'one_report_per_unit' }).specs.find((spec) => spec.assignmentId === reportId)!.requiredIndicators!;
    const indicators = required.map((indicator) => ({ code: indicator.code, count: 1, ...(indicator.needsTotal ? { total: 3 } : {}) }));
    await report.executeUpdate(messages.submitResultUpdate, { args: [{ actor: commmuneOfficer, narrative: 'Báo cáo công tác trẻ em năm', indicators, sections }] });
    await waitUntil('the report is in the read model', async () => (await database.prisma.report.count({ where: { assignmentId: reportId } })) === 1);
    const submitted = await database.prisma.report.findFirstOrThrow({ where: { assignmentId: reportId }, select: { narrative: true } });
    expect(submitted.narrative).toContain('[II.2.1] Đã tổ chức 3 buổi truyền thông về quyền trẻ em');
    expect(submitted.narrative).toContain(`[${sections[0]!.taskRef}] Không có gì để báo cáo`);
  }, 240_000);
});
