import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidatePeriod } from '../../../data/consolidate-period';
import { readConsolidatedView } from '../../../client/reports/consolidated-report';
import { listOutbox, readOutboxMessage } from '../../../data/outbox';
import { assignmentWorkflow } from '../../../workflows/assignment';
import { reportingPeriodCloseWorkflow } from '../../../workflows/period-close';
import * as messages from '../../../contracts';
import { ZAssignmentSpec } from '../../../domain/assignment';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { periodClose } from '../../../domain/reporting/period-close';
import { loadSeedPlan, seedAssignmentSpec, settle, sleepUntil, waitUntil, terminateSettled } from '../../helpers/assignment-fixtures';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
const taskQueue = 'consolidation-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, database } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

describe('consolidating an annual report period', () => {
  it('sums the units’ indicators and says who reported on time, late or not at all', async () => {
    const due = '2027-12-15T16:59:59.999Z';
    // The districts as the plan names them: the level that supplies the six figures in 2024.
    const units = ['HUYEN_VI_DU_A', 'HUYEN_VI_DU_B', 'THANH_PHO_VI_DU'] as const;
    const specs = units.map((agency) => seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', agency, due, { period: '2027', recurrence: null, assignmentId: `kh135/ANNUAL_CHILDREN_REPORT/${agency}` }));
    const handles = await Promise.all(specs.map((spec) => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] })));
    const values = (count: number) =>
      specs[0]!.requiredIndicators.map((indicator) => ({ code: indicator.code, count, ...(indicator.needsTotal ? { total: 20 } : {}) }));
    const monitor = { agency: 'SO_LDTBXH', user: 'tong-hop@soldtbxh.kontum.example' };

    await sleepUntil(env, '2027-12-10T03:00:00Z');
    await handles[0]!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'HUYEN_VI_DU_A', user: 'a' }, narrative: 'Báo cáo năm 2027', indicators: values(12) }] });
    await handles[0]!.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] });
    await sleepUntil(env, '2027-12-21T03:00:00Z');
    await handles[1]!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'HUYEN_VI_DU_B', user: 'b' }, narrative: 'Báo cáo muộn', indicators: values(3) }] });
    await Promise.all(handles.map((handle) => settle(handle)));

    const result = await consolidatePeriod(database.prisma, { planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2027' });
    expect(result.dueAt).toBe(due);
    expect(result.units).toEqual([
      { agency: 'HUYEN_VI_DU_A', timeliness: 'on_time', submittedAt: expect.stringMatching(/^2027-12-10T03:00/) },
      { agency: 'HUYEN_VI_DU_B', timeliness: 'late', submittedAt: expect.stringMatching(/^2027-12-21T03:00/) },
      { agency: 'THANH_PHO_VI_DU', timeliness: 'missing', submittedAt: null },
    ]);
    const first = specs[0]!.requiredIndicators[0]!;
    expect(result.indicators[0]).toEqual({ code: first.code, count: 15, total: 40, percent: 37.5, reportingUnits: 2, missingUnits: ['THANH_PHO_VI_DU'], problems: [] });
    await terminateSettled(handles.slice(1)); // the first one completed
  });

  it('closes a period after its grace: the snapshot in the audit log, the figures to the agency that consolidates', async () => {
    // 2028: the units are due on Friday 15/12; three working days of grace end on Wednesday 20/12;
    // the period closes on Thursday 21/12 at 08:00, Vietnam time.
    const due = '2028-12-15T16:59:59.999Z';
    // The same units (and workflow ids) as above, a year later.
    const units = ['HUYEN_VI_DU_A', 'HUYEN_VI_DU_B', 'THANH_PHO_VI_DU'] as const;
    const specs = units.map((agency) => seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', agency, due, { period: '2028', recurrence: null, assignmentId: `kh135/ANNUAL_CHILDREN_REPORT/${agency}` }));
    const consolidation = seedAssignmentSpec('CONSOLIDATED_REPORT', 'SO_LDTBXH', '2028-12-25T16:59:59.999Z', { period: '2028', recurrence: null, assignmentId: 'kh135/CONSOLIDATED_REPORT/SO_LDTBXH' });
    const handles = await Promise.all(
      [...specs, consolidation].map((spec) => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] })),
    );
    const values = specs[0]!.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 30, ...(indicator.needsTotal ? { total: 60 } : {}) }));

    await sleepUntil(env, '2028-12-14T03:00:00Z');
    await handles[0]!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'HUYEN_VI_DU_A', user: 'a' }, narrative: 'Báo cáo năm 2028', indicators: values }] });
    await settle(handles[0]!);
    // Started before the close (as its schedule would, on the due day): it waits out the grace.
    const close = await env.client.workflow.start(reportingPeriodCloseWorkflow, { taskQueue, workflowId: 'kh135/close/ANNUAL_CHILDREN_REPORT/2028', args: [{ planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2028' }] });
    await sleepUntil(env, '2028-12-20T10:00:00Z');
    expect((await close.describe()).status.name).toBe('RUNNING');
    expect(await database.prisma.auditEvent.count({ where: { action: 'period-closed' } })).toBe(0);

    await sleepUntil(env, '2028-12-21T02:00:00Z');
    await waitUntil('the period to close', async () => (await close.describe()).status.name === 'COMPLETED');
    const result = (await close.result())!;
    expect(result).toMatchObject({ period: '2028', dueAt: due, graceEndsAt: '2028-12-20T16:59:59.999Z', closesAt: '2028-12-21T01:00:00.000Z', onTime: 1, late: 0, missing: 2 });
    expect(result.told).toEqual([{ assignmentId: consolidation.assignmentId, agency: 'SO_LDTBXH', recipients: expect.arrayContaining([expect.stringContaining('@')]) }]);

    const snapshot = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'period-closed', subjectId: 'kh135/ANNUAL_CHILDREN_REPORT/2028' } });
    expect(snapshot.occurredAt.toISOString()).toMatch(/^2028-12-21T01:00:0/);
    expect(snapshot.payload).toMatchObject({
      onTime: 1,
      missing: 2,
      units: [{ agency: 'HUYEN_VI_DU_A', timeliness: 'on_time' }, { agency: 'HUYEN_VI_DU_B', timeliness: 'missing' }, { agency: 'THANH_PHO_VI_DU', timeliness: 'missing' }],
    });

    // The consolidating agency's mail carries the figures and names the unit that did not report.
    const mails = await listOutbox({ directory: bed.capture.directory });
    const closed = mails.filter((mail) => mail.subject.includes('Khóa kỳ báo cáo'));
    expect(closed).toHaveLength(1);
    const mail = (await readOutboxMessage(bed.capture.directory, closed[0]!.id))!;
    expect(mail.text).toContain('Kỳ 2028: 1/3 đơn vị gửi đúng hạn, 0 trễ hạn, 2 chưa gửi');
    expect(mail.text).toContain(`${values[0]!.code}: 30`);
    expect(mail.text).toContain('HUYEN_VI_DU_B (chưa gửi), THANH_PHO_VI_DU (chưa gửi)');
    expect(mail.text).toContain(`${values[0]!.code}: thiếu số liệu của / not in the sum: HUYEN_VI_DU_B, THANH_PHO_VI_DU`);

    // The operator's view shows the period as closed, with the same figures.
    const view = await database.prisma.$transaction((db) => readConsolidatedView(db, { cycle: 'ANNUAL_CHILDREN_REPORT', period: '2028', today: '2028-12-22' }));
    expect(view).toMatchObject({ onTime: 1, missing: 2, closedAt: expect.stringMatching(/^2028-12-21T01:00:0/) });

    // Closing again changes nothing: one snapshot, one mail.
    const again = await env.client.workflow.start(reportingPeriodCloseWorkflow, { taskQueue, workflowId: 'kh135/close/ANNUAL_CHILDREN_REPORT/2028-again', args: [{ planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2028' }] });
    await waitUntil('the second close', async () => (await again.describe()).status.name === 'COMPLETED');
    expect(await database.prisma.auditEvent.count({ where: { action: 'period-closed' } })).toBe(1);
    expect((await listOutbox({ directory: bed.capture.directory })).filter((mail) => mail.subject.includes('Khóa kỳ báo cáo'))).toHaveLength(1);

    // The first unit's report still waits for review: left running, its review reminders would
    // keep firing through the later tests' years.
    await terminateSettled(handles);
  });

  it('closes a review (sơ kết) once: each unit’s review report on time, late or missing, told to the lead’s successor', async () => {
    const specs = (['SO_GDDT', 'SO_TTTT'] as const).map((agency) =>
      seedAssignmentSpec('PRELIMINARY_REVIEW_2027', agency, '2029-01-31T16:59:59.999Z', { period: 'once', recurrence: null, assignmentId: `kh135/PRELIMINARY_REVIEW_2027/${agency}` }),
    );
    const handles = await Promise.all(specs.map((spec) => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] })));
    await handles[0]!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'SO_GDDT', user: 'a' }, narrative: 'Báo cáo sơ kết', indicators: [] }] });
    await Promise.all(handles.map((handle) => settle(handle)));

    // Its close was due in November 2027: it runs at once.
    const close = await env.client.workflow.start(reportingPeriodCloseWorkflow, { taskQueue, workflowId: 'kh135/close/PRELIMINARY_REVIEW_2027/once', args: [{ planId: 'kh135', cycle: 'PRELIMINARY_REVIEW_2027', period: 'once' }] });
    await waitUntil('the review to close', async () => (await close.describe()).status.name === 'COMPLETED');
    const result = (await close.result())!;
    // SO_GDDT reported after the review's deadline (1/11/2027); SO_TTTT not at all.
    expect(result).toMatchObject({ kind: 'review', period: 'once', dueAt: '2027-11-01T16:59:59.999Z', onTime: 0, late: 1, missing: 1 });
    // DOLISA leads the review in the plan; in 2028 its successor for children's work answers.
    expect(result.told).toEqual([{ assignmentId: 'kh135/PRELIMINARY_REVIEW_2027/once', agency: 'QNG_SO_YT', recipients: expect.arrayContaining([expect.stringContaining('@')]) }]);
    const mails = (await listOutbox({ directory: bed.capture.directory })).filter((mail) => mail.subject.includes('Khóa kỳ báo cáo') && mail.agencies.includes('QNG_SO_YT'));
    expect(mails).toHaveLength(1);
    const mail = (await readOutboxMessage(bed.capture.directory, mails[0]!.id))!;
    expect(mail.text).toContain('PRELIMINARY_REVIEW_2027: 0/2 đơn vị gửi đúng hạn, 1 trễ hạn, 1 chưa gửi');

    await terminateSettled(handles);
  });

  it('gives the province’s figures on the seed as the sums of its communes’ figures: no department, no abolished district added', async () => {
    // After 1/7/2025 the annual report is written to the districts and answered by the communes
    // and wards that took them over; the departments report in words (they supply no figure).
    const plan = loadSeedPlan();
    const close = periodClose(plan, 'ANNUAL_CHILDREN_REPORT', '2029');
    const built = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: '2025-07-01', reportGrouping: 'per_task' }).specs.filter((spec) => spec.taskRef === 'ANNUAL_CHILDREN_REPORT');
    const communes = built.filter((spec) => plan.agencies.find((agency) => agency.code === spec.responsibleAgency)?.kind === 'commune');
    expect(communes.map((spec) => spec.responsibleAgency).sort()).toEqual(['PHUONG_VI_DU_1', 'PHUONG_VI_DU_2', 'XA_VI_DU_A1', 'XA_VI_DU_A2', 'XA_VI_DU_B1']);
    const department = built.find((spec) => spec.responsibleAgency === 'QNG_SO_GDDT')!;
    expect(department.requiredIndicators).toEqual([]);
    const specs = [...communes, department].map((spec) =>
      ZAssignmentSpec.parse({ ...spec, assignmentId: `kh135/ANNUAL_CHILDREN_REPORT/2029/${spec.responsibleAgency}`, period: '2029', dueAt: close.dueAt, recurrence: null }),
    );
    const handles = await Promise.all(specs.map((spec) => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] })));

    // Each commune's own figures (one commune, so its communes-meeting-a-standard figure is 0 or 1
    // of 1); PHUONG_VI_DU_2 sends nothing.
    const reporting = specs.slice(0, communes.length).filter((spec) => spec.responsibleAgency !== 'PHUONG_VI_DU_2');
    const figuresOf = (index: number) =>
      plan.indicators.map((indicator, position) =>
        indicator.wholeVi?.startsWith('tổng số xã')
          ? { code: indicator.code, count: (index + position) % 2, total: 1 }
          : { code: indicator.code, count: 5 + index * 3 + position, total: 20 + index * 7 + position },
      );
    await sleepUntil(env, '2029-12-10T03:00:00Z');
    for (const [index, spec] of reporting.entries()) {
      const handle = handles[specs.indexOf(spec)]!;
      await handle.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: spec.responsibleAgency, user: 'x' }, narrative: 'Báo cáo năm 2029', indicators: figuresOf(index) }] });
    }
    // The department sends figures nobody asked it for (it may: it is asked for none); they stay out of the sums.
    const departmentFigures = plan.indicators.map((indicator) => ({ code: indicator.code, count: 400, total: 500 }));
    await handles.at(-1)!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'QNG_SO_GDDT', user: 'y' }, narrative: 'Báo cáo năm 2029', indicators: departmentFigures }] });
    await Promise.all(handles.map((handle) => settle(handle)));

    const result = await consolidatePeriod(database.prisma, { planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2029' });
    for (const [position, indicator] of plan.indicators.entries()) {
      const parts = reporting.map((_, index) => figuresOf(index)[position]!);
      const count = parts.reduce((sum, part) => sum + part.count, 0);
      const total = parts.reduce((sum, part) => sum + part.total, 0);
      expect(result.indicators[position], indicator.code).toMatchObject({ code: indicator.code, count, total, reportingUnits: reporting.length, missingUnits: ['PHUONG_VI_DU_2'] });
      expect(result.indicators[position]!.problems, indicator.code).toEqual(['QNG_SO_GDDT gave a figure its level (department) does not supply: left out of the sum']);
    }
    // Each commune counts itself once in the whole of the communes' indicators: the 4 that reported.
    expect(result.indicators[0]!.total).toBe(4);

    await terminateSettled(handles);
  });
});
