import type { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssignmentSpec } from '../../../domain/assignment';
import { buildAssignmentSpecs, selectFacilities } from '../../../domain/plan-assignments';
import { listOutbox, readOutboxMessage } from '../../../data/outbox';
import { assignmentWorkflow } from '../../../workflows/assignment';
import * as messages from '../../../contracts';
import { loadSeedPlan, settle, sleepUntil, waitUntil, type SentNotice, terminateSettled } from '../../helpers/assignment-fixtures';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let sent: SentNotice[];
const taskQueue = 'inspection-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, sent } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

describe('inspection round (time-skipping server)', () => {
  it('tells the inspected units in advance, and turns a finding with a deadline into the unit’s own assignment', async () => {
    const plan = loadSeedPlan();
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: '2026-11-29', reportGrouping: 'per_task' });
    const seedRound = specs.find((spec) => spec.kind === 'inspection' && spec.taskRef === 'SEMI_ANNUAL_INSPECTION.1');
    expect(seedRound).toBeDefined();
    // A programme may still inspect agencies (inspectedUnits); the seed's visits facilities (next test).
    const unitRound = ZAssignmentSpec.parse(seedRound);
    delete unitRound.inspectedFacilities;
    delete unitRound.facilityRotation;
    const round = ZAssignmentSpec.parse({ ...unitRound, assignmentId: `${unitRound.assignmentId}#units`, inspectedUnits: ['XA_VI_DU_A1', 'QNG_SO_GDDT'], period: '2027', recurrence: null, dueAt: '2027-06-30T16:59:59.999Z' });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: round.assignmentId, args: [{ spec: round }] });
    const advanceNotices = () => sent.filter((notice) => notice.key.startsWith(`${round.assignmentId}|inspection-notice|`));
    await waitUntil('every inspected unit is told', () => advanceNotices().length === round.inspectedUnits.length);
    await settle(handle);
    const advance = advanceNotices();
    expect(advance.map((notice) => notice.key.split('|')[3]).sort()).toEqual([...round.inspectedUnits].sort());

    const inspector = { agency: round.responsibleAgency, user: 'thanh-tra@soyt.example' };
    const refused = await handle
      .executeUpdate(messages.recordFindingUpdate, { args: [{ actor: inspector, unit: 'SO_KHONG_CO', finding: 'x', remediationDueDay: '2027-09-30' }] })
      .catch((error: WorkflowUpdateFailedError) => error.cause?.message);
    expect(refused).toContain('SO_KHONG_CO is not inspected in this round');
    const notInspector = await handle
      .executeUpdate(messages.recordFindingUpdate, { args: [{ actor: { agency: 'XA_VI_DU_A1', user: 'x' }, unit: 'XA_VI_DU_A1', finding: 'x' }] })
      .catch((error: WorkflowUpdateFailedError) => error.cause?.message);
    expect(notInspector).toContain(`only ${round.responsibleAgency}`);

    await sleepUntil(env, '2027-05-20T02:00:00Z');
    const status = await handle.executeUpdate(messages.recordFindingUpdate, {
      args: [{ actor: inspector, unit: 'XA_VI_DU_A1', finding: 'Chưa kiện toàn Ban bảo vệ trẻ em cấp xã', remediationDueDay: '2027-08-31' }],
    });
    const finding = status.lastEvents.at(-1)!;
    expect(finding).toMatchObject({ action: 'finding-recorded', details: { unit: 'XA_VI_DU_A1', remediationDueAt: '2027-08-31T16:59:59.999Z' } });
    await settle(handle);

    const remediation = env.client.workflow.getHandle(String(finding.details.remediationAssignment));
    await waitUntil('the remediation assignment is told', () => sent.some((notice) => notice.key.startsWith(`${String(finding.details.remediationAssignment)}|assignment|`)));
    const remediationStatus = await remediation.query(messages.statusQuery);
    expect(remediationStatus).toMatchObject({ responsibleAgency: 'XA_VI_DU_A1', dueAt: '2027-08-31T16:59:59.999Z', phase: 'open' });
    await settle(remediation);
    expect(sent.some((notice) => notice.key.startsWith(`${remediationStatus.assignmentId}|assignment|`))).toBe(true);

    await terminateSettled([remediation, handle]);
  });

  it('visits facilities: tells each facility’s agency in advance by mail, and gives a finding at a facility to that agency', async () => {
    const plan = loadSeedPlan();
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: '2026-11-29', reportGrouping: 'per_task' });
    const seedRound = ZAssignmentSpec.parse(specs.find((spec) => spec.kind === 'inspection' && spec.taskRef === 'SEMI_ANNUAL_INSPECTION.2'));
    // The seed's rounds inspect facilities only; this one visits all of them (select: all), so that
    // several agencies are told: the province's two centres are the Department of Health's.
    expect(seedRound.inspectedUnits).toEqual([]);
    const pool = seedRound.facilityRotation!.pool;
    const everyFacility = selectFacilities(pool, { ...seedRound.facilityRotation!, sharePerYear: null }, '2027-11-30').map(({ code, nameVi, responsibleAgency }) => ({ code, nameVi, responsibleAgency }));
    const round = ZAssignmentSpec.parse({
      ...seedRound,
      assignmentId: `${seedRound.assignmentId}#facilities`,
      period: '2027',
      recurrence: null,
      dueAt: '2027-11-30T16:59:59.999Z',
      inspectedFacilities: everyFacility,
    });
    const agencies = [...new Set(everyFacility.map((facility) => facility.responsibleAgency))].sort();
    expect(agencies).toEqual(['QNG_SO_YT', 'XA_VI_DU_A1', 'XA_VI_DU_B1']);

    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: round.assignmentId, args: [{ spec: round }] });
    const advanceNotices = () => sent.filter((notice) => notice.key.startsWith(`${round.assignmentId}|inspection-notice|`));
    await waitUntil('every facility’s agency is told', () => advanceNotices().length === agencies.length);
    await settle(handle);
    expect(advanceNotices().map((notice) => notice.key.split('|')[3]).sort()).toEqual(agencies);
    // What the agencies find in their mail (the SMTP capture server's outbox): the Department of
    // Health is told of both its centres, the commune of its own facility only.
    const mailOf = async (agency: string) => {
      const entries = (await listOutbox({ directory: bed.capture.directory, agency })).filter((entry) => entry.noticeKey?.startsWith(`${round.assignmentId}|inspection-notice|`));
      expect(entries).toHaveLength(1);
      return (await readOutboxMessage(bed.capture.directory, entries[0]!.id))!.text;
    };
    const health = await mailOf('QNG_SO_YT');
    expect(health).toContain('Trung tâm Bảo trợ xã hội tỉnh (ví dụ)');
    expect(health).toContain('Trung tâm Công tác xã hội tỉnh (ví dụ)');
    const commune = await mailOf('XA_VI_DU_B1');
    expect(commune).toContain('Cơ sở nuôi dưỡng trẻ em ngoài công lập Ví Dụ B (ví dụ)');
    expect(commune).not.toContain('Trung tâm Bảo trợ xã hội tỉnh');

    const inspector = { agency: round.responsibleAgency, user: 'thanh-tra@soyt.example' };
    const notAFacility = await handle
      .executeUpdate(messages.recordFindingUpdate, { args: [{ actor: inspector, unit: 'XA_VI_DU_B1', finding: 'x' }] })
      .catch((error: WorkflowUpdateFailedError) => error.cause?.message);
    expect(notAFacility).toContain('XA_VI_DU_B1 is not inspected in this round');

    await sleepUntil(env, '2027-11-10T02:00:00Z');
    const status = await handle.executeUpdate(messages.recordFindingUpdate, {
      args: [{ actor: inspector, unit: 'CS_NUOI_DUONG_TRE_EM_B_VI_DU', finding: 'Chưa lập hồ sơ theo dõi từng trẻ', remediationDueDay: '2028-02-29' }],
    });
    const finding = status.lastEvents.at(-1)!;
    expect(finding).toMatchObject({ action: 'finding-recorded', details: { unit: 'CS_NUOI_DUONG_TRE_EM_B_VI_DU', responsibleAgency: 'XA_VI_DU_B1' } });
    await settle(handle);

    const remediationId = String(finding.details.remediationAssignment);
    const remediation = env.client.workflow.getHandle(remediationId);
    await waitUntil('the commune is given the remediation', () => sent.some((notice) => notice.key.startsWith(`${remediationId}|assignment|`)));
    const remediationStatus = await remediation.query(messages.statusQuery);
    expect(remediationStatus).toMatchObject({ responsibleAgency: 'XA_VI_DU_B1', dueAt: '2028-02-29T16:59:59.999Z', phase: 'open' });
    await settle(remediation);
    const remediationMail = (await listOutbox({ directory: bed.capture.directory, agency: 'XA_VI_DU_B1' })).filter((entry) => entry.noticeKey?.startsWith(`${remediationId}|assignment|`));
    expect(remediationMail).toHaveLength(1);
    expect((await readOutboxMessage(bed.capture.directory, remediationMail[0]!.id))!.text).toContain('Cơ sở nuôi dưỡng trẻ em ngoài công lập Ví Dụ B (ví dụ)');

    await terminateSettled([remediation, handle]);
  });
});
