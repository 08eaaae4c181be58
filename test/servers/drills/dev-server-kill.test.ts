// Drill: the Temporal dev server SIGKILLed while notices wait on their timers, and started again
// on the same SQLite file while those timers are overdue. Every workflow goes on, no timer is
// lost, and each notice is mailed exactly once after the outage. (`dondoc up` does the restart
// by itself: test/servers/e2e/up-supervision.test.ts; here the test restarts the server so that
// the outage covers the timers for certain.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import { createNoticeSender } from '../../../activities/notices';
import { findFreePort } from '../../../embedded/ports';
import { startDevServer, type DevServer, type DevServerOptions } from '../../../embedded/temporal-dev-server';
import { locateTemporalServer } from '../../../embedded/temporal-binaries';
import { buildTestDelivery } from '../../fixtures/notification-workflows/notice-builder';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { quietLogger } from '../../helpers/quiet-logger';
import { seedContacts } from '../notifications/seed';
import { startTestSmtpServer, type TestSmtpServer } from '../notifications/test-smtp-server';

const workflowsPath = fileURLToPath(new URL('../../fixtures/drill-workflows/index.ts', import.meta.url));
const NOTICES = 20;
/** Each notice's timer: long enough to kill the server before it fires, short enough for a test. */
const TIMER_MS = 6_000;
const timing = { startToCloseMs: 5_000, initialIntervalMs: 200, maximumIntervalMs: 1_000 };

let dataDirectory: string;
let database: TestDatabase;
let smtp: TestSmtpServer;
let server: DevServer | undefined;

beforeAll(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'dondoc-drill-dev-server-'));
  [database, smtp] = await Promise.all([createTestDatabase(), startTestSmtpServer()]);
  await seedContacts(database.prisma);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
  await database?.drop();
  await rm(dataDirectory, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('a timer due while the dev server is down fires once it is back: every notice mailed once, after the outage', async () => {
  const executable = await locateTemporalServer('cli');
  if (executable.type !== 'existing-path') throw new Error('the Temporal CLI was not found: run `dondoc servers install`');
  const options: DevServerOptions = { executable: executable.path, dataDirectory, port: await findFreePort(), uiPort: await findFreePort(), namespace: 'default' };
  server = await startDevServer(options);
  const started = Date.now();
  const [bundle, nativeConnection, connection] = await Promise.all([
    bundleWorkflowCode({ workflowsPath, logger: quietLogger }),
    NativeConnection.connect({ address: server.address }),
    Connection.connect({ address: server.address }),
  ]);
  const client = new Client({ connection });
  const taskQueue = 'drill-dev-server-kill';
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: createActivities({
      prisma: database.prisma,
      sendNotice: createNoticeSender({ prisma: database.prisma, transport: smtp.url, from: { name: 'dondoc', address: 'dondoc@tinh.example' }, claimLeaseMs: timing.startToCloseMs }),
    }),
  });
  const notices = Array.from({ length: NOTICES }, (_, index) => buildTestDelivery({ kind: 'reminder', step: '1', assignmentId: `II.2.4:SO_GDDT:drill-${index}` }));

  const outage = { stoppedAt: 0, restartedAt: 0, backAt: 0 };
  const handles = await worker.runUntil(async () => {
    const handles = await Promise.all(
      notices.map((notice, index) => client.workflow.start('deliverNoticeAfter', { taskQueue, workflowId: `drill-timer-${index}`, args: [TIMER_MS, notice, timing] })),
    );
    // Every timer is running on the server before it is killed.
    await waitUntil(async () => {
      const histories = await Promise.all(handles.map((handle) => handle.fetchHistory()));
      return histories.every((history) => history.events!.some((event) => event.timerStartedEventAttributes));
    }, 'every workflow has started its timer');

    process.kill(server!.pid, 'SIGKILL');
    expect(await server!.exited).toBe('killed by SIGKILL');
    outage.stoppedAt = Date.now();
    // Down until every timer is overdue, and a little more.
    await sleep(Math.max(0, started + TIMER_MS + 3_000 - Date.now()));
    expect(smtp.received).toHaveLength(0);

    // The restarted server fires the overdue timers as soon as it runs, before startDevServer has
    // seen it answer: "after the outage" counts from the restart, not from when the test noticed it.
    outage.restartedAt = Date.now();
    server = await startDevServer(options);
    outage.backAt = Date.now();
    const outcomes = await Promise.all(handles.map((handle) => handle.result()));
    expect(outcomes.every((outcome) => outcome.delivered)).toBe(true);
    return handles;
  });

  // Each notice once, in the mail and in the ledger.
  const keys = smtp.received.map((mail) => mail.parsed.headers.get('x-dondoc-notice-key'));
  expect(keys).toHaveLength(NOTICES);
  expect(new Set(keys)).toEqual(new Set(notices.map((notice) => notice.idempotencyKey)));
  const rows = await database.prisma.notification.findMany();
  expect(rows).toHaveLength(NOTICES);
  expect(rows.every((row) => row.state === 'sent')).toBe(true);
  // Each timer fired once, after the server was back (none lost in the outage, none doubled).
  for (const handle of handles) {
    const events = (await handle.fetchHistory()).events!;
    const fired = events.filter((event) => event.timerFiredEventAttributes);
    expect(fired).toHaveLength(1);
    const firedAt = Number(fired[0]!.eventTime!.seconds) * 1000;
    expect(firedAt).toBeGreaterThanOrEqual(Math.floor(outage.restartedAt / 1000) * 1000);
    expect(events.filter((event) => event.activityTaskScheduledEventAttributes)).toHaveLength(1);
  }
  await connection.close();
  await nativeConnection.close();
  console.log(
    `DRILL dev-server-kill: PASS — ${NOTICES} timers due during a ${((outage.backAt - outage.stoppedAt) / 1000).toFixed(1)} s outage, ` +
      `each fired once after the restart; ${NOTICES} notices, each mailed and recorded once`,
  );
}, 120_000);

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(200);
  }
}
