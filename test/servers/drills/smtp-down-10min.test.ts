// Drill: the mail server down for ten minutes of simulated time, then back. On the time-skipping
// server with the PRODUCTION retry policy (NOTICE_ACTIVITY_OPTIONS: first retry after 10 s,
// doubling, at most 30 min apart), so the retries are the ones a real outage would see: at
// 10 s, 30 s, 70 s, 150 s, 310 s, then 630 s — after the server is back. Nothing listens on the
// mail port during the outage (connection refused); then a real SMTP server listens there, which
// refuses one agency's address for good (550). Every notice is delivered exactly once (ledger and
// mail received), the refused ones are recorded as failed after one attempt once the server is
// back, the assignment is flagged and the monitoring agency is told.
// (test/servers/notifications/smtp-outage.test.ts is the compressed real-time version.)
import { fileURLToPath } from 'node:url';
import { Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import { createNoticeSender } from '../../../activities/notices';
import { findFreePort } from '../../../embedded/ports';
import { MONITOR, buildTestDelivery } from '../../fixtures/notification-workflows/notice-builder';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { quietLogger } from '../../helpers/quiet-logger';
import { startTimeSkippingServer } from '../../helpers/temporal';
import { seedAssignment, seedContacts } from '../notifications/seed';
import { startTestSmtpServer, type TestSmtpServer } from '../notifications/test-smtp-server';

const workflowsPath = fileURLToPath(new URL('../../fixtures/notification-workflows/index.ts', import.meta.url));
const NOTICES = 40;
/** An agency whose only address the mail server refuses for good once it is back. */
const REFUSED = { agencyCode: 'SO_YTE', name: 'Lê Văn Sai Địa Chỉ', email: 'khong-ton-tai@so-yte.example' };
const REFUSED_NOTICES = 2;
const OUTAGE_MS = 10 * 60_000;
/** Simulated time moves in steps well under the activity's one-minute startToClose timeout. */
const STEP_MS = 20_000;

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let bundle: WorkflowBundle;
let smtp: TestSmtpServer | undefined;

beforeAll(async () => {
  [env, database, bundle] = await Promise.all([startTimeSkippingServer(), createTestDatabase(), bundleWorkflowCode({ workflowsPath, logger: quietLogger })]);
  await seedContacts(database.prisma);
  await database.prisma.agency.create({ data: { code: REFUSED.agencyCode, nameVi: 'Sở Y tế', kind: 'department' } });
  await database.prisma.agencyContact.create({ data: { agencyCode: REFUSED.agencyCode, name: REFUSED.name, email: REFUSED.email, role: 'focal_point' } });
});

afterAll(async () => {
  await smtp?.stop();
  await env?.teardown();
  await database?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many deliverNotice attempts are running now: the production activity, counted on its way in and out. */
let attemptsInFlight = 0;
function countingAttempts(activities: ReturnType<typeof createActivities>): ReturnType<typeof createActivities> {
  const { deliverNotice } = activities;
  return {
    ...activities,
    deliverNotice: async (...args: Parameters<typeof deliverNotice>) => {
      attemptsInFlight += 1;
      try {
        return await deliverNotice(...args);
      } finally {
        attemptsInFlight -= 1;
      }
    },
  };
}

it(`delivers every notice once after the mail server was down for ten minutes of simulated time, with the production retry policy`, async () => {
  const started = Date.now();
  const port = await findFreePort();
  const taskQueue = 'drill-smtp-down';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: countingAttempts(
      createActivities({
        prisma: database.prisma,
        sendNotice: createNoticeSender({ prisma: database.prisma, transport: `smtp://127.0.0.1:${port}`, from: { name: 'dondoc', address: 'dondoc@tinh.example' } }),
      }),
    ),
  });
  const notices = Array.from({ length: NOTICES }, (_, index) => {
    const refused = index < REFUSED_NOTICES;
    return buildTestDelivery({ kind: 'reminder', step: '5', assignmentId: `II.2.4:${refused ? REFUSED.agencyCode : 'SO_GDDT'}:drill-${index}`, ...(refused ? { agency: REFUSED.agencyCode } : {}) });
  });
  for (const notice of notices.slice(0, REFUSED_NOTICES)) await seedAssignment(database.prisma, notice.assignment.assignmentId);

  const { outcomes, outageStart, outageEnd, settledAt, attemptsInOutage } = await worker.runUntil(async () => {
    const outageStart = await env.currentTimeMs();
    const handles = await Promise.all(notices.map((notice, index) => env.client.workflow.start('deliverNotice', { taskQueue, workflowId: `drill-smtp-down-${index}`, args: [notice] })));
    // Every notice claimed and refused by the closed port, before any simulated time passes.
    for (;;) {
      const rows = await database.prisma.notification.findMany();
      if (rows.length === NOTICES && rows.every((row) => /ECONNREFUSED/.test(row.error ?? ''))) break;
      if (Date.now() - started > 30_000) throw new Error(`the first attempts did not all fail within 30 s: ${JSON.stringify(rows.map((row) => row.error))}`);
      await sleep(100);
    }
    const handlesDone = () => Promise.all(handles.map(async (handle) => (await handle.describe()).status.name !== 'RUNNING'));
    /**
     * Moves simulated time on by `ms` in steps of STEP_MS, and after each step lets every attempt
     * in flight finish in real time. The time-skipping server also skips while an activity runs:
     * one jump of a whole minute would time an attempt out (startToClose is 1 min) instead of
     * letting the mail server answer it.
     */
    const advance = async (ms: number) => {
      for (let done = 0; done < ms; done += STEP_MS) {
        await env.sleep(Math.min(STEP_MS, ms - done));
        while (attemptsInFlight > 0) await sleep(20);
      }
    };
    await advance(OUTAGE_MS);
    const outageEnd = await env.currentTimeMs();

    const rows = await database.prisma.notification.findMany();
    expect(rows.map((row) => row.state)).toEqual(Array(NOTICES).fill('claimed'));
    const pending = (await handles[NOTICES - 1]!.describe()).raw.pendingActivities?.[0];
    // 10 s, 30 s, 70 s, 150 s and 310 s after the first: six attempts inside the ten minutes.
    const attemptsInOutage = Number(pending?.attempt) - 1;
    expect(attemptsInOutage).toBeGreaterThanOrEqual(6);
    expect(pending?.lastFailure?.message).toMatch(/ECONNREFUSED/);

    smtp = await startTestSmtpServer(port);
    smtp.refuse.add(REFUSED.email);
    // Past the next retry (630 s after the first attempt), then until every workflow has ended.
    while ((await handlesDone()).includes(false)) await advance(STEP_MS);
    const settledAt = await env.currentTimeMs();
    const outcomes = await Promise.all(handles.map((handle) => handle.result()));
    return { outcomes, outageStart, outageEnd, settledAt, attemptsInOutage };
  });

  expect(outageEnd - outageStart).toBeGreaterThanOrEqual(OUTAGE_MS);
  expect(outcomes.slice(REFUSED_NOTICES)).toEqual(Array(NOTICES - REFUSED_NOTICES).fill({ delivered: true }));
  expect(outcomes.slice(0, REFUSED_NOTICES)).toEqual(
    Array(REFUSED_NOTICES).fill({ delivered: false, failureType: 'PermanentDeliveryFailure', nonRetryable: true, monitorNotified: true }),
  );

  // Mail received: each delivered notice once, to the focal point; each refused one told to the monitor once.
  const received = smtp!.received;
  const keys = received.map((mail) => mail.parsed.headers.get('x-dondoc-notice-key'));
  expect(keys).toHaveLength(new Set(keys).size);
  const deliveredKeys = notices.slice(REFUSED_NOTICES).map((notice) => notice.idempotencyKey);
  expect(keys.filter((key) => deliveredKeys.includes(key as string)).sort()).toEqual([...deliveredKeys].sort());
  const toMonitor = received.filter((mail) => mail.envelopeTo.includes(MONITOR.email) && /Không gửi được thông báo/.test(mail.parsed.subject ?? ''));
  expect(toMonitor).toHaveLength(REFUSED_NOTICES);
  expect(received).toHaveLength(NOTICES);
  expect(smtp!.recipientAttempts.get(REFUSED.email)).toBe(REFUSED_NOTICES);

  // The ledger: sent once each, the refused ones failed with the server's answer, their assignments flagged.
  const ledger = await database.prisma.notification.findMany();
  const byKey = new Map(ledger.map((row) => [row.idempotencyKey, row]));
  for (const key of deliveredKeys) expect(byKey.get(key)).toMatchObject({ state: 'sent', error: null });
  for (const notice of notices.slice(0, REFUSED_NOTICES)) {
    expect(byKey.get(notice.idempotencyKey)?.state).toBe('failed');
    expect(byKey.get(notice.idempotencyKey)?.error).toMatch(/550 5\.1\.1/);
    expect(await database.prisma.assignment.findUniqueOrThrow({ where: { id: notice.assignment.assignmentId } })).toMatchObject({ deliveryProblem: true });
  }
  expect(ledger.filter((row) => row.state === 'sent')).toHaveLength(NOTICES);

  const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
  console.log(
    `DRILL smtp-down-10min: PASS — ${NOTICES} notices, mail server down ${minutes(outageEnd - outageStart)} of simulated time (production retry policy, ` +
      `${attemptsInOutage} failed attempts each), all settled ${minutes(settledAt - outageStart)} after the first attempt: ${NOTICES - REFUSED_NOTICES} delivered once each, ` +
      `${REFUSED_NOTICES} permanent failures recorded after one attempt against the live server, assignments flagged, the monitor told once each ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
});
