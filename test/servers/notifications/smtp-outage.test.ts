// The mail server is down (connection refused), then greylisting (451), then back: Temporal's
// retry policy keeps trying, the ledger and the workflow show the delay meanwhile, and after
// recovery every notice arrives exactly once.
import { fileURLToPath } from 'node:url';
import { Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import { createNoticeSender } from '../../../activities/notices';
import { buildTestDelivery } from '../../fixtures/notification-workflows/notice-builder';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { startDevServer } from '../../helpers/temporal';
import { findFreePort } from '../../../embedded/ports';
import { quietLogger } from '../../helpers/quiet-logger';
import { seedContacts } from './seed';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

const workflowsPath = fileURLToPath(new URL('../../fixtures/notification-workflows/index.ts', import.meta.url));
const NOTICES = 20;
/** Production waits 10 s to 30 min between attempts; the test compresses that to 200 ms – 1 s. */
const timing = { startToCloseMs: 5_000, initialIntervalMs: 200, maximumIntervalMs: 1_000 };

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let bundle: WorkflowBundle;
let smtp: TestSmtpServer | undefined;

beforeAll(async () => {
  [env, database, bundle] = await Promise.all([startDevServer(), createTestDatabase(), bundleWorkflowCode({ workflowsPath, logger: quietLogger })]);
  await seedContacts(database.prisma);
});

afterAll(async () => {
  await smtp?.stop();
  await env?.teardown();
  await database?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(100);
  }
}

it('delivers every notice exactly once after the mail server comes back', async () => {
  const port = await findFreePort();
  const taskQueue = 'notifications-outage';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: createActivities({
      prisma: database.prisma,
      sendNotice: createNoticeSender({
        prisma: database.prisma,
        transport: `smtp://127.0.0.1:${port}`,
        from: { name: 'dondoc', address: 'dondoc@tinh.example' },
        claimLeaseMs: timing.startToCloseMs,
      }),
    }),
  });
  const notices = Array.from({ length: NOTICES }, (_, index) => buildTestDelivery({ kind: 'reminder', step: '5', assignmentId: `II.2.4:SO_GDDT:outage-${index}` }));

  await worker.runUntil(async () => {
    const handles = await Promise.all(
      notices.map((notice, index) => env.client.workflow.start('deliverNotice', { taskQueue, workflowId: `outage-${index}-${Date.now()}`, args: [notice, timing] })),
    );

    // Down: nothing listens on the port. Every notice is claimed and shows why it is late.
    const temporaryRefusal = /^temporary \(attempt \d+\) at .*ECONNREFUSED/;
    await waitUntil(async () => {
      const rows = await database.prisma.notification.findMany();
      return rows.length === NOTICES && rows.every((row) => row.state === 'claimed' && temporaryRefusal.test(row.error ?? ''));
    }, 'every notice shows a temporary failure');
    const pending = (await handles[0]!.describe()).raw.pendingActivities?.[0];
    expect(Number(pending?.attempt)).toBeGreaterThan(1);
    expect(pending?.lastFailure?.message).toMatch(/could not take the notice now, it will be retried: .*ECONNREFUSED/);

    // Up, but greylisting every recipient for a while.
    smtp = await startTestSmtpServer(port);
    smtp.deferring = true;
    await waitUntil(
      async () => (await database.prisma.notification.findMany()).filter((row) => /451 4\.7\.1 Greylisted/.test(row.error ?? '')).length >= NOTICES / 2,
      'half the notices were greylisted',
    );
    expect(smtp.received).toHaveLength(0);

    // Back.
    smtp.deferring = false;
    const outcomes = await Promise.all(handles.map((handle) => handle.result()));
    expect(outcomes.every((outcome) => outcome.delivered)).toBe(true);
  });

  const keys = smtp!.received.map((mail) => mail.parsed.headers.get('x-dondoc-notice-key'));
  expect(keys).toHaveLength(NOTICES);
  expect(new Set(keys)).toEqual(new Set(notices.map((notice) => notice.idempotencyKey)));
  const rows = await database.prisma.notification.findMany();
  expect(rows.every((row) => row.state === 'sent' && row.error === null)).toBe(true);
});
