import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidatePeriod } from '../../../activities/reporting/consolidate-period';
import { assignmentWorkflow } from '../../../workflows/assignment';
import * as messages from '../../../workflows/messages';
import { seedAssignmentSpec, settle, sleepUntil } from '../../helpers/assignment-fixtures';
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
    const units = ['SO_GDDT', 'SO_VHTTDL', 'SO_TTTT'] as const;
    const specs = units.map((agency) => seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', agency, due, { period: '2027', recurrence: null, assignmentId: `kh135/ANNUAL_CHILDREN_REPORT/${agency}` }));
    const handles = await Promise.all(specs.map((spec) => env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] })));
    const values = (count: number) =>
      specs[0]!.requiredIndicators.map((indicator) => ({ code: indicator.code, count, ...(indicator.needsTotal ? { total: 20 } : {}) }));
    const monitor = { agency: 'SO_LDTBXH', user: 'tong-hop@soldtbxh.kontum.example' };

    await sleepUntil(env, '2027-12-10T03:00:00Z');
    await handles[0]!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'SO_GDDT', user: 'a' }, narrative: 'Báo cáo năm 2027', indicators: values(12) }] });
    await handles[0]!.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] });
    await sleepUntil(env, '2027-12-21T03:00:00Z');
    await handles[1]!.executeUpdate(messages.submitResultUpdate, { args: [{ actor: { agency: 'SO_VHTTDL', user: 'b' }, narrative: 'Báo cáo muộn', indicators: values(3) }] });
    await Promise.all(handles.map((handle) => settle(handle)));

    const result = await consolidatePeriod(database.prisma, { planId: 'kh135', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2027' });
    expect(result.dueAt).toBe(due);
    expect(result.units).toEqual([
      { agency: 'SO_GDDT', timeliness: 'on_time', submittedAt: expect.stringMatching(/^2027-12-10T03:00/) },
      { agency: 'SO_TTTT', timeliness: 'missing', submittedAt: null },
      { agency: 'SO_VHTTDL', timeliness: 'late', submittedAt: expect.stringMatching(/^2027-12-21T03:00/) },
    ]);
    const first = specs[0]!.requiredIndicators[0]!;
    expect(result.indicators[0]).toEqual({ code: first.code, count: 15, total: first.needsTotal ? 40 : null, percent: first.needsTotal ? 37.5 : null, reportingUnits: 2 });
    for (const handle of handles.slice(1)) await handle.terminate('test over'); // the first one completed
  });
});
