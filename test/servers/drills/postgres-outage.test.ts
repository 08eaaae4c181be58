// Drill: PostgreSQL goes away while the worker's activities write records and audit events, then
// comes back. The activities fail, Temporal retries them with the assignment workflow's record
// options (1 s, doubling), and after the return nothing is lost or doubled and the audit chain
// still verifies (the check behind `dondoc audit verify`).
//
// How the database "stops": the worker reaches PostgreSQL through a TCP relay the test owns
// (test/helpers/tcp-fault-injector.ts). Cutting it resets every open connection and refuses new
// ones, which is what the worker sees when the server process stops; restoring it listens again
// on the same port. Chosen because it works the same in both CI modes — the embedded PGlite
// server of a plain run and the PostgreSQL server CI starts (TEST_DATABASE_URL) — without stopping
// a server that other test files share. What it does not show: PostgreSQL's own crash recovery.
import { fileURLToPath } from 'node:url';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import type { TRecordAssignmentInput } from '../../../activities/types';
import { verifyAuditChain } from '../../../data/audit-log';
import { createPrismaClient, type PrismaClient } from '../../../prisma/client';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { quietLogger } from '../../helpers/quiet-logger';
import { startTcpFaultInjector, type TcpFaultInjector } from '../../helpers/tcp-fault-injector';
import { startDevServer } from '../../helpers/temporal';
import { seedAssignment } from '../notifications/seed';

const workflowsPath = fileURLToPath(new URL('../../fixtures/drill-workflows/index.ts', import.meta.url));
const WORKFLOWS = 8;
const EVENTS_EACH = 8;
const PAUSE_MS = 300;
/** Long enough for two or three retries of every waiting activity (1 s, 2 s, 4 s). */
const OUTAGE_MS = 6_000;

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let relay: TcpFaultInjector;
let workerPrisma: PrismaClient;

beforeAll(async () => {
  [env, database] = await Promise.all([startDevServer(), createTestDatabase()]);
  await seedAssignment(database.prisma);
  const url = new URL(database.connectionString);
  relay = await startTcpFaultInjector({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = '127.0.0.1';
  url.port = String(relay.port);
  // One connection on the embedded server, as test/helpers/database.ts uses it (PGlite runs one session at a time).
  workerPrisma = createPrismaClient({ connectionString: url.toString(), maxConnections: database.kind === 'embedded' ? 1 : 4 });
});

afterAll(async () => {
  await workerPrisma?.$disconnect();
  await relay?.stop();
  await env?.teardown();
  await database?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('retries the activities through a PostgreSQL outage: every record and audit event written once, the audit chain verifies', async () => {
  const started = Date.now();
  const activities = createActivities({ prisma: workerPrisma, sendNotice: () => Promise.reject(new Error('no notices in this drill')) });
  let failedAttempts = 0;
  const taskQueue = 'drill-postgres-outage';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await bundleWorkflowCode({ workflowsPath, logger: quietLogger }),
    activities: {
      ...activities,
      recordAssignment: async (input: TRecordAssignmentInput) => {
        try {
          return await activities.recordAssignment(input);
        } catch (error) {
          failedAttempts += 1;
          throw error;
        }
      },
    },
  });
  const inputs = Array.from({ length: WORKFLOWS }, (_, index): TRecordAssignmentInput => ({
    assignment: {
      assignmentId: `II.2.4:SO_GDDT:pg-drill-${index}`,
      planId: 'KH_135',
      planTitle: 'Kế hoạch thực hiện Chỉ thị 28-CT/TW',
      taskRef: 'II.2.4',
      taskText: 'Tăng cường công tác truyền thông',
      period: `2026-pg-drill-${index}`,
      kind: 'task',
      assigneeAsWritten: 'SO_GDDT',
      monitoringAgency: 'SO_LDTBXH',
      leadershipAgency: 'UBND_TINH',
    },
    state: { phase: 'open', dueAt: '2026-12-31T16:59:59.999Z', responsibleAgency: 'SO_GDDT', completedAt: null, escalationLevel: 0, deliveryProblem: false, lastResult: null },
    events: [],
  }));
  const auditEvents = () => database.prisma.auditEvent.count({ where: { action: 'drill.recorded' } });

  const { results, writtenBeforeCut, writtenDuringCut } = await worker.runUntil(async () => {
    const handles = await Promise.all(
      inputs.map((input, index) => env.client.workflow.start('recordEventsOneByOne', { taskQueue, workflowId: `drill-pg-${index}`, args: [input, EVENTS_EACH, PAUSE_MS] })),
    );
    while ((await auditEvents()) < (WORKFLOWS * EVENTS_EACH) / 4) {
      if (Date.now() - started > 60_000) throw new Error('the records did not start within a minute');
      await sleep(50);
    }
    await relay.cut();
    const writtenBeforeCut = await auditEvents();
    await sleep(OUTAGE_MS);
    const writtenDuringCut = (await auditEvents()) - writtenBeforeCut;
    await relay.restore();
    const results = await Promise.all(handles.map((handle) => handle.result()));
    return { results, writtenBeforeCut, writtenDuringCut };
  });

  expect(results).toEqual(Array(WORKFLOWS).fill(EVENTS_EACH));
  expect(writtenDuringCut).toBe(0);
  expect(failedAttempts).toBeGreaterThanOrEqual(WORKFLOWS);

  const events = await database.prisma.auditEvent.findMany({ where: { action: 'drill.recorded' }, select: { idempotencyKey: true } });
  const expected = inputs.flatMap((input) => Array.from({ length: EVENTS_EACH }, (_, seq) => `${input.assignment.assignmentId}/${input.assignment.period}#${seq + 1}`));
  expect(events.map((event) => event.idempotencyKey).sort()).toEqual(expected.sort());
  expect(await database.prisma.assignment.count({ where: { id: { in: inputs.map((input) => input.assignment.assignmentId) } } })).toBe(WORKFLOWS);
  const chain = await verifyAuditChain(database.prisma);
  expect(chain.firstBroken).toBeNull();
  expect(chain.checked).toBeGreaterThanOrEqual(expected.length);

  console.log(
    `DRILL postgres-outage: PASS — database (${database.kind}) cut for ${OUTAGE_MS / 1000} s after ${writtenBeforeCut} of ${expected.length} audit events; ` +
      `${failedAttempts} activity attempts failed and were retried; all ${expected.length} events written once, audit chain verifies (${chain.checked} events) ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
});
