// The reminder jitter (policy.reminders.jitterMinutes) on the time-skipping server. A file of its
// own: the server's clock only moves forward, and assignment.test.ts has taken it to 2028.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { assignmentWorkflow } from '../../../workflows/assignment';
import { reminderJitterMs } from '../../../domain/policy/reminder-jitter';
import * as messages from '../../../contracts';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { seedAssignmentSpec, settle, sleepUntil, type SentNotice } from '../../helpers/assignment-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let sent: SentNotice[];
const taskQueue = 'assignment-jitter-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, sent } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

const noticesOf = (assignmentId: string) => sent.filter((notice) => notice.key.startsWith(`${assignmentId}|`));

describe('assignment workflow with a reminder jitter (time-skipping server)', () => {
  it('spreads its chases by its own jitter (policy.reminders.jitterMinutes) without skipping or repeating a step', async () => {
    const spec = seedAssignmentSpec('II.2.2', 'SO_GDDT', '2027-03-15T16:59:59.999Z', { period: 'once', recurrence: null, reminderJitterMinutes: 20 });
    const offset = reminderJitterMs(spec.assignmentId, 20);
    const handle = await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
    await sleepUntil(env, '2027-03-23T00:00:00Z');
    const notices = noticesOf(spec.assignmentId).slice(1);
    // The same steps as without a jitter, each sent between its 08:00 plus the workflow's own offset and a minute later.
    const unjittered = ['2027-03-04', '2027-03-10', '2027-03-12', '2027-03-15', '2027-03-16', '2027-03-18', '2027-03-22'].map((day) => Date.parse(`${day}T01:00:00Z`));
    expect(notices.map((notice) => `${notice.kind} ${notice.step}`)).toEqual(['reminder 7', 'reminder 3', 'reminder 1', 'due-today 0', 'escalation 1.1', 'escalation 2.1', 'escalation 3.1']);
    notices.forEach((notice, index) => {
      const late = notice.at.getTime() - unjittered[index]!;
      expect(late).toBeGreaterThanOrEqual(offset);
      expect(late).toBeLessThan(offset + 60_000);
    });
    expect((await handle.query(messages.statusQuery)).escalationLevel).toBe(3);
    await settle(handle);
    await handle.terminate('test over');
  });
});
