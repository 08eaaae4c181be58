// Requests are not orders (issue 12): what the plan-file documentation says of "đề nghị" work,
// held against what the seed plan's request tasks do on the time-skipping server.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import * as messages from '../../../contracts';
import { projectPath } from '../../../config/project-root';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { assignmentWorkflow } from '../../../workflows/assignment';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { loadSeedPlan, seedAssignmentSpec, settle, sleepUntil, type SentNotice, terminateSettled } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let sent: SentNotice[];
const taskQueue = 'request-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, database, sent } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

const planFileDocs = readFileSync(projectPath('docs', 'plan-file.md'), 'utf8');
const dolisa = { agency: 'SO_LDTBXH', user: 'chuyen-vien@soldtbxh.kontum.example' };

describe('requests (đề nghị), as the plan-file documentation states them', () => {
  it('the documentation says requests never escalate and cannot be asked for an explanation', () => {
    expect(planFileDocs).toContain('requests ("đề nghị") never escalate');
    expect(planFileDocs).toMatch(/never escalated and never asked for a written explanation/);
  });

  it('every request task of the seed gives specs that never escalate', () => {
    const plan = loadSeedPlan();
    const requested = plan.tasks.filter((task) => task.mandate === 'request').map((task) => task.ref);
    expect(requested).toEqual(['III.4.1', 'III.4.2', 'III.4.3']);
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: plan.metadata.startDate, reportGrouping: 'per_task' });
    const ofRequests = specs.filter((spec) => requested.includes(spec.taskRef));
    expect(ofRequests.length).toBeGreaterThanOrEqual(requested.length);
    for (const spec of ofRequests) expect([spec.taskRef, spec.assigneeAsWritten, spec.mandate, spec.escalate]).toEqual([spec.taskRef, spec.assigneeAsWritten, 'request', false]);
  });

  it('reminds a requested body courteously, never escalates, and refuses an explanation request, saying why', async () => {
    // III.4.1 to the Fatherland Front, due Monday 15/3/2027; DOLISA monitors.
    const spec = seedAssignmentSpec('III.4.1', 'MTTQ_TINH', '2027-03-15T16:59:59.999Z', { period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    await sleepUntil(env, '2027-04-20T00:00:00Z');
    const status = await handle.query(messages.statusQuery);
    expect(status).toMatchObject({ phase: 'open', escalationLevel: 0 });
    const notices = sent.filter((notice) => notice.key.startsWith(`${spec.assignmentId}|`));
    expect(notices.map((notice) => `${notice.kind} ${notice.step}`)).toEqual(['assignment assigned', 'reminder 7', 'reminder 3', 'reminder 1', 'due-today 0']);

    const failure = await handle.executeUpdate(messages.requestExplanationUpdate, { args: [{ actor: dolisa, note: 'Đề nghị giải trình' }] }).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((failure as WorkflowUpdateFailedError).cause?.message)).toContain('III.4.1 is a request (đề nghị) to MTTQ_TINH, not an order');
    expect(await database.prisma.auditEvent.count({ where: { subjectId: spec.assignmentId, action: 'explanation-requested' } })).toBe(0);

    // The read model knows it is a request: its late work is not yet received, not overdue.
    await settle(handle);
    const row = await database.prisma.assignment.findUniqueOrThrow({ where: { id: spec.assignmentId }, select: { mandate: true } });
    expect(row.mandate).toBe('request');
    await terminateSettled([handle]);
  });
});
