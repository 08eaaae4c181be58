// Work started after its deadline, as a plan loaded late starts it: overdue since the real
// deadline, one catch-up notice, then the ladder on its own clock; and work declared done at load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { addWorkingDays, effectiveDeadline, localDayOf, VIETNAM_CALENDAR } from '../../../domain/calendar';
import { verifyAuditChain } from '../../../data/audit-log';
import { assignmentWorkflow } from '../../../workflows/assignment';
import * as messages from '../../../contracts';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { seedAssignmentSpec, settle, waitUntil, type SentNotice } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let sent: SentNotice[];
const taskQueue = 'late-start-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, database, sent } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

const noticesOf = (assignmentId: string) => sent.filter((notice) => notice.key.startsWith(`${assignmentId}|`));
const operator = { agency: 'SO_LDTBXH', user: 'van-hanh', role: 'system' as const };

describe('work started after its deadline (time-skipping server)', () => {
  it('is overdue since its real deadline: the assignment notice and the step it stands on at once, then the ladder from the deadline, no burst', async () => {
    // Seven working days before the server's today: on step 3 (from 5 working days), step 4 at 10.
    const today = localDayOf(new Date(Number(await env.currentTimeMs())));
    const dueDay = addWorkingDays(today, -7, VIETNAM_CALENDAR);
    const dueAt = effectiveDeadline(dueDay, VIETNAM_CALENDAR).dueAt.toISOString();
    const spec = seedAssignmentSpec('II.2.2', 'SO_GDDT', dueAt, { assignmentId: 'late/II.2.2/SO_GDDT', period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    await waitUntil('the catch-up notice', () => noticesOf(spec.assignmentId).length >= 2);

    const status = await handle.query(messages.statusQuery);
    expect(status).toMatchObject({ phase: 'open', dueAt, escalationLevel: 3, classification: { status: 'overdue', colour: 'red' } });
    expect(status.classification?.daysOverdue).toBeGreaterThanOrEqual(7);
    const stepFour = addWorkingDays(dueDay, 10, VIETNAM_CALENDAR);
    expect(localDayOf(new Date(status.nextNoticeAt!))).toBe(stepFour);

    // A month later: step 4 went out on its day (counted from the real deadline), once, and nothing else.
    await env.sleep(30 * 86_400_000);
    const notices = noticesOf(spec.assignmentId);
    expect(notices.map((notice) => `${notice.kind} ${notice.step}`)).toEqual(['assignment assigned', 'escalation 3.1', 'escalation 4.1']);
    expect(localDayOf(notices[2]!.at)).toBe(stepFour);

    const row = await database.prisma.assignment.findUniqueOrThrow({ where: { id: spec.assignmentId } });
    expect(row).toMatchObject({ state: 'assigned', escalationLevel: 4 });
    expect(row.dueAt?.toISOString()).toBe(dueAt);
    await settle(handle);
    await handle.terminate('test over');
  });

  it('work declared done at load is completed at once, sends nothing, and says who declared it in the audit log', async () => {
    const spec = seedAssignmentSpec('II.2.3', 'SO_GDDT', '2024-06-14T16:59:59.999Z', { assignmentId: 'late/II.2.3/SO_GDDT', period: 'once', recurrence: null });
    const handle = await env.client.workflow.start(assignmentWorkflow, {
      taskQueue,
      workflowId: spec.assignmentId,
      args: [{ spec, declaredDone: { actor: operator, planVersion: '0123456789abcdef' } }],
    });
    await waitUntil('the workflow to complete', async () => (await handle.describe()).status.name === 'COMPLETED');
    expect(noticesOf(spec.assignmentId)).toEqual([]);

    const row = await database.prisma.assignment.findUniqueOrThrow({ where: { id: spec.assignmentId } });
    expect(row.state).toBe('completed_on_time');
    expect(row.completedAt?.toISOString()).toBe(spec.dueAt);
    const events = await database.prisma.auditEvent.findMany({ where: { subjectId: spec.assignmentId }, orderBy: { sequence: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['assigned', 'declared-done-at-load']);
    expect(events[1]).toMatchObject({ actorAgency: 'SO_LDTBXH', actorUser: 'van-hanh', payload: expect.objectContaining({ planVersion: '0123456789abcdef' }) });
    expect((await verifyAuditChain(database.prisma)).firstBroken).toBeNull();
  });
});
