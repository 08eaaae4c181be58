import { WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssignmentSpec } from '../../../domain/assignment';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { agencySuccessionWorkflow } from '../../../workflows/agency-succession';
import { assignmentWorkflow } from '../../../workflows/assignment';
import * as messages from '../../../contracts';
import { loadSeedPlan } from '../../helpers/assignment-fixtures';
import { runDondoc } from '../../helpers/cli-process';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
const taskQueue = 'succession-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'dev', taskQueue });
  ({ env, database } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

describe('the 2025 reorganisation: DOLISA hands children’s work to the Department of Health', () => {
  it('moves every open DOLISA assignment to SO_YT with its deadline and history, and leaves finished work alone', async () => {
    // The seed plan as loaded in 2024, before the reorganisation: DOLISA answers for its own tasks.
    const plan = loadSeedPlan();
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: plan.metadata.startDate, reportGrouping: 'per_task' });
    const dolisaSpecs = specs.filter((spec) => spec.responsibleAgency === 'SO_LDTBXH').map((spec) => ZAssignmentSpec.parse({ ...spec, dueAt: '2027-12-15T16:59:59.999Z', recurrence: null }));
    expect(dolisaSpecs.length).toBeGreaterThan(5);
    const handles = await Promise.all(dolisaSpecs.map((spec) => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] })));
    // Another agency's work that DOLISA monitors, with the People's Committee as the leadership.
    const monitored = ZAssignmentSpec.parse({ ...specs.find((spec) => spec.responsibleAgency === 'SO_GDDT' && spec.kind === 'task')!, dueAt: '2027-12-15T16:59:59.999Z', recurrence: null });
    expect(monitored.monitoringAgency).toBe('SO_LDTBXH');
    const monitoredHandle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: monitored.assignmentId, args: [{ spec: monitored }] });

    // One of them is already finished: submitted and accepted.
    const finished = handles[0]!;
    const dolisa = { agency: 'SO_LDTBXH', user: 'chuyen-vien@soldtbxh.kontum.example' };
    const indicators = dolisaSpecs[0]!.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 3, ...(indicator.needsTotal ? { total: 10 } : {}) }));
    await finished.executeUpdate(messages.submitResultUpdate, { args: [{ actor: dolisa, narrative: 'Hoàn thành', indicators }] });
    await finished.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: dolisa, decision: 'accept' }] });

    // The read model knows every assignment before the reorganisation runs.
    for (let waited = 0; waited < 30_000; waited += 200) {
      const rows = await database.prisma.assignment.findMany({ where: { id: { in: dolisaSpecs.map((spec) => spec.assignmentId) } } });
      if (rows.length === dolisaSpecs.length && rows.some((row) => row.state === 'completed_on_time')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const input = { from: 'SO_LDTBXH', to: 'SO_YT', effectiveDay: '2025-03-01', functions: ['children'], actor: { agency: 'SO_YT', user: 'test' }, reason: 'Quyết định tổ chức lại bộ máy (2025)' };
    const result = await env.client.workflow.execute(agencySuccessionWorkflow, { taskQueue, workflowId: `succession-${Date.now()}`, args: [input] });
    expect(result.moved.sort()).toEqual(dolisaSpecs.slice(1).map((spec) => spec.assignmentId).sort());
    // DOLISA monitored its own open work and SO_GDDT's: the Department of Health does now.
    expect(result.oversightMoved.sort()).toEqual([...dolisaSpecs.slice(1).map((spec) => spec.assignmentId), monitored.assignmentId].sort());

    for (const handle of handles.slice(1)) {
      const status = await handle.query(messages.statusQuery);
      expect(status).toMatchObject({ responsibleAgency: 'SO_YT', assigneeAsWritten: 'SO_LDTBXH', monitoringAgency: 'SO_YT', leadershipAgency: 'UBND_TINH', dueAt: '2027-12-15T16:59:59.999Z', phase: 'open' });
      expect(status.lastEvents.map((event) => event.action)).toEqual(['assigned', 'reassigned', 'oversight-transferred']);
    }
    const monitoredStatus = await monitoredHandle.query(messages.statusQuery);
    expect(monitoredStatus).toMatchObject({ responsibleAgency: 'SO_GDDT', monitoringAgency: 'SO_YT', leadershipAgency: 'UBND_TINH' });
    expect(monitoredStatus.lastEvents.at(-1)).toMatchObject({ action: 'oversight-transferred', details: { roles: ['monitoringAgency'], from: 'SO_LDTBXH', to: 'SO_YT' } });
    // The monitor's decisions are the successor's now: DOLISA is refused, Health accepted.
    await monitoredHandle.executeUpdate(messages.requestExtensionUpdate, { args: [{ actor: { agency: 'SO_GDDT', user: 'gddt' }, reason: 'Chờ số liệu', newDueDay: '2028-01-14' }] });
    const refused = await monitoredHandle.executeUpdate(messages.decideExtensionUpdate, { args: [{ actor: dolisa, approve: true }] }).catch((error: Error) => error);
    expect(String((refused as { cause?: Error }).cause?.message)).toContain('SO_LDTBXH may not decide-extension');
    expect(await monitoredHandle.executeUpdate(messages.decideExtensionUpdate, { args: [{ actor: { agency: 'SO_YT', user: 'yt' }, approve: true }] })).toMatchObject({
      dueAt: '2028-01-14T16:59:59.999Z',
    });
    expect((await finished.query(messages.statusQuery)).responsibleAgency).toBe('SO_LDTBXH');
    const succession = await database.prisma.agencySuccession.findFirstOrThrow({ where: { predecessorCode: 'SO_LDTBXH', successorCode: 'SO_YT' } });
    expect(succession.functions).toEqual(['children']);

    // Running it again finds nothing left with DOLISA once the read model has caught up.
    for (let waited = 0; waited < 30_000; waited += 200) {
      if ((await database.prisma.assignment.count({ where: { responsibleAgencyCode: 'SO_LDTBXH', state: 'assigned' } })) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const again = await env.client.workflow.execute(agencySuccessionWorkflow, { taskQueue, workflowId: `succession-again-${Date.now()}`, args: [input] });
    expect(again).toMatchObject({ moved: [], oversightMoved: [] });
  });

  it('refuses an agency that is not in the registry, without retrying', async () => {
    const failure = await env.client.workflow
      .execute(agencySuccessionWorkflow, {
        taskQueue,
        workflowId: `succession-unknown-${Date.now()}`,
        args: [{ from: 'SO_LDTBXH', to: 'SO_KHONG_CO', effectiveDay: '2025-03-01', functions: ['all'], actor: { agency: 'SO_YT', user: 'test' }, reason: 'x' }],
      })
      .catch((error) => error);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect(String(failure.cause?.cause?.message)).toContain('Agency SO_KHONG_CO is not in the registry');
  });

  it('checks its command-line input before connecting anywhere', async () => {
    const badDay = await runDondoc(['agency', 'succeed', 'SO_LDTBXH', 'SO_YT', '--from', '1/3/2025']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--from must be a day written YYYY-MM-DD');
    const badCode = await runDondoc(['agency', 'succeed', 'So Lao dong', 'SO_YT', '--from', '2025-03-01']);
    expect(badCode.code).toBe(2);
    expect(badCode.stderr).toContain('<old> must be an agency code');
  });
});
