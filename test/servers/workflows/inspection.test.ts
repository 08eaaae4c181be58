import type { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAssignmentSpec } from '../../../domain/assignment';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { assignmentWorkflow } from '../../../workflows/assignment';
import * as messages from '../../../contracts';
import { loadSeedPlan, settle, sleepUntil, waitUntil, type SentNotice } from '../../helpers/assignment-fixtures';
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
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: '2026-11-29' });
    const seedRound = specs.find((spec) => spec.kind === 'inspection' && spec.taskRef === 'SEMI_ANNUAL_INSPECTION.1');
    expect(seedRound).toBeDefined();
    const round = ZAssignmentSpec.parse({ ...seedRound, period: '2027', recurrence: null, dueAt: '2027-06-30T16:59:59.999Z' });
    // Districts were abolished in 2025: the inspected units today are the communes and the merged province's departments.
    expect(round.inspectedUnits).toContain('XA_VI_DU_A1');
    expect(round.inspectedUnits).toContain('QNG_SO_GDDT');
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

    await remediation.terminate('test over');
    await handle.terminate('test over');
  });
});
