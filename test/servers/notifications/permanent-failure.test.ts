// A permanently refused address, through a real Temporal worker (time-skipping server) with
// the production activities and activity options: one attempt, recorded, the assignment
// flagged, and the workflow tells the monitoring agency with a delivery-failure notice.
import { fileURLToPath } from 'node:url';
import { Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import { createNoticeSender } from '../../../activities/notices';
import { FOCAL_POINT, MONITOR, buildTestDelivery } from '../../fixtures/notification-workflows/notice-builder';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { startTimeSkippingServer } from '../../helpers/temporal';
import { ASSIGNMENT_ID, seedAssignment } from './seed';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';
import { quietLogger } from '../../helpers/quiet-logger';

const workflowsPath = fileURLToPath(new URL('../../fixtures/notification-workflows/index.ts', import.meta.url));
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let smtp: TestSmtpServer;
let bundle: WorkflowBundle;

beforeAll(async () => {
  [env, database, smtp, bundle] = await Promise.all([
    startTimeSkippingServer(),
    createTestDatabase(),
    startTestSmtpServer(),
    bundleWorkflowCode({ workflowsPath, logger: quietLogger }),
  ]);
  await seedAssignment(database.prisma);
});

afterAll(async () => {
  await env?.teardown();
  await smtp?.stop();
  await database?.drop();
});

it('records a refused address after one attempt, flags the assignment and lets the workflow tell the monitor', async () => {
  smtp.refuse.add(FOCAL_POINT.email);
  const input = buildTestDelivery({ kind: 'reminder', step: '5' });
  const taskQueue = 'notifications-permanent';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: createActivities({
      prisma: database.prisma,
      sendNotice: createNoticeSender({ prisma: database.prisma, transport: smtp.url, from: { name: 'dondoc', address: 'dondoc@tinh.example' } }),
    }),
  });
  const handle = await env.client.workflow.start('deliverNotice', { taskQueue, workflowId: 'permanent-failure', args: [input] });
  const outcome = await worker.runUntil(handle.result());

  expect(outcome).toEqual({ delivered: false, failureType: 'PermanentDeliveryFailure', nonRetryable: true, monitorNotified: true });

  const events = (await handle.fetchHistory()).events ?? [];
  const EventType = temporal.api.enums.v1.EventType;
  const started = events.filter((event) => event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED);
  const failed = events.filter((event) => event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED);
  expect(started.map((event) => event.activityTaskStartedEventAttributes?.attempt)).toEqual([1, 1]);
  expect(failed).toHaveLength(1);
  const failure = failed[0]!.activityTaskFailedEventAttributes!;
  expect(failure.retryState).toBe(temporal.api.enums.v1.RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE);
  expect(failure.failure?.applicationFailureInfo).toMatchObject({ type: 'PermanentDeliveryFailure', nonRetryable: true });
  expect(smtp.recipientAttempts.get(FOCAL_POINT.email)).toBe(1);

  const row = await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
  expect(row.state).toBe('failed');
  expect(row.error).toMatch(/550 5\.1\.1 <dau-moi@so-gddt\.example>: mailbox unavailable/);
  expect(await database.prisma.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT_ID } })).toMatchObject({ deliveryProblem: true });

  expect(smtp.received).toHaveLength(1);
  const [toMonitor] = smtp.received;
  expect(toMonitor!.envelopeTo).toEqual([MONITOR.email]);
  expect(toMonitor!.parsed.subject).toMatch(/^\[dondoc\] Không gửi được thông báo: II\.2\.4/);
  expect(toMonitor!.parsed.text).toContain(`Hệ thống không gửi được thông báo "Nhắc hạn" tới ${FOCAL_POINT.email}`);
  expect(toMonitor!.parsed.text).toContain('550 5.1.1');
});
