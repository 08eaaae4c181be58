// One routine mail a day per agency (#12): the whole seed plan loaded on its first day on the
// time-skipping server, the real assignment workflows and notice activities, the ledger in
// PostgreSQL and a real SMTP capture. Each unit receives one mail on the first day, its digest;
// a digest retried after it went out is not mailed again; escalations to heads stay their own mail.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../../activities';
import { createDigestSender, createNoticeSender } from '../../../activities/notices';
import type { TAssignmentSummary } from '../../../activities/types';
import { assignmentWorkflow, dailyDigestWorkflow, dailyDigestWorkflowId, noticeKey } from '../../../contracts';
import { ZAssignmentSpec, type TNoticeRequest } from '../../../domain/assignment';
import { instantAt, localDayOf, nextWorkingDay, VIETNAM_CALENDAR } from '../../../domain/calendar';
import { digestKey } from '../../../domain/notices';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { listOutbox } from '../../../data/outbox';
import { startSmtpCapture, type SmtpCapture, type TCaptureEvent } from '../../../embedded/smtp-capture';
import { startTimeSkippingServerAt } from '../../../embedded/time-skipping-server';
import { workflowsPath } from '../../../workers/worker';
import { loadSeedPlan, loadSeedRecords, waitUntil } from '../../helpers/assignment-fixtures';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';

const plan = loadSeedPlan();
const firstDay = plan.metadata.startDate;
const from = { name: 'dondoc', address: 'dondoc@dondoc.invalid' };
const taskQueue = 'daily-digest';

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let capture: SmtpCapture;
let outbox: string;
const received: TCaptureEvent[] = [];
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'dondoc-digest-'));
  const [server, testDatabase, smtp] = await Promise.all([
    // 07:00 on the plan's first day, before office hours, as the simulation issues the plan.
    startTimeSkippingServerAt(instantAt(firstDay, '07:00')),
    createTestDatabase(),
    startSmtpCapture({ directory: outbox, onMessage: (event) => received.push(event) }),
  ]);
  [env, database, capture] = [server.env, testDatabase, smtp];
  if (localDayOf(server.startedAt) !== firstDay) throw new Error(`the test server could not start on ${firstDay} (it runs from ${server.startedAt.toISOString()}): unset TEMPORAL_TEST_SERVER_PATH`);
  await loadSeedRecords(database.prisma);
  const mail = { prisma: database.prisma, transport: capture.url, from, digest: true };
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath,
    activities: createActivities({ prisma: database.prisma, sendNotice: createNoticeSender(mail), sendDigests: createDigestSender(mail), temporal: env.client }),
  });
  running = worker.run();
}, 180_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await capture?.stop();
  await database?.drop();
});

describe('the daily digest on the seed plan', () => {
  it('sends each unit one mail on the first day: its digest of everything newly assigned to it', async () => {
    const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: firstDay, reportGrouping: 'per_task' });
    for (const spec of specs) {
      await env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec: ZAssignmentSpec.parse(spec) }] });
    }
    // Every assignment's notice is decided at load: queued in the ledger, none mailed yet.
    await waitUntil(
      'every assignment notice is queued',
      async () => (await database.prisma.notification.count({ where: { kind: { in: ['assignment', 'review-request'] } } })) >= specs.length,
      120_000,
    );
    expect(received).toEqual([]);
    const units = (await database.prisma.notification.findMany({ where: { state: 'queued' }, distinct: ['digestAgency'], select: { digestAgency: true } })).map((row) => row.digestAgency!).sort();
    // Every answering agency of the plan is among them.
    expect(units.length).toBeGreaterThan(10);

    // The schedule's run of the first day, at 08:30 (the time-skipping server has no Schedules).
    const result = await env.client.workflow.execute(dailyDigestWorkflow, { taskQueue, workflowId: dailyDigestWorkflowId({ day: firstDay }), args: [{ next: true }] });
    expect(result.day).toBe(firstDay);
    expect(Object.keys(result.sent).sort()).toEqual(units);

    // What each unit finds in its mailbox on the first day: one mail, the digest, with its items and links.
    const mails = await listOutbox({ directory: outbox });
    const perUnit = new Map<string, number>();
    for (const each of mails) for (const unit of each.agencies) perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
    expect([...perUnit.keys()].sort()).toEqual(units);
    expect([...perUnit.values()].every((count) => count === 1), JSON.stringify([...perUnit])).toBe(true);
    expect(received.filter((event) => !event.duplicate)).toHaveLength(units.length);
    expect(new Set(mails.map((each) => each.kind))).toEqual(new Set(['digest']));
    expect(mails.every((each) => each.noticeKey === digestKey(each.agencies[0]!, firstDay))).toBe(true);
    // Every queued notice of the morning went out in its unit's digest and is recorded sent.
    expect(await database.prisma.notification.count({ where: { state: 'queued', claimedAt: { lte: instantAt(firstDay, '08:30') } } })).toBe(0);
    const labour = await database.prisma.notification.findMany({ where: { digestAgency: 'SO_LDTBXH' } });
    expect(labour.length).toBeGreaterThan(1);
    expect(labour.every((row) => row.state === 'sent' && row.digestKey === digestKey('SO_LDTBXH', firstDay))).toBe(true);
    const labourMail = mails.find((each) => each.agencies.includes('SO_LDTBXH'))!;
    expect(labourMail.subject).toContain(`(${new Set(labour.map((row) => row.assignmentId)).size})`);
  }, 300_000);

  it('does not mail a digest twice when the digest activity runs again for the same day (a retry, a restarted worker)', async () => {
    const before = received.length;
    const again = createDigestSender({ prisma: database.prisma, transport: capture.url, from, digest: true });
    const result = await again({ day: firstDay, now: instantAt(firstDay, '09:00').toISOString() });
    expect(result.sent).toEqual({});
    expect(received.length).toBe(before);
  });
});

describe('a digest retried after the mail server took it', () => {
  it('sends the same mail under the same Message-ID, which the outbox keeps once, and records it sent', async () => {
    const day = nextWorkingDay(firstDay, VIETNAM_CALENDAR);
    const sender = createNoticeSender({ prisma: database.prisma, transport: capture.url, from, digest: true });
    const { input, key } = routineNotice('reminder', 'assignee', `${day}-retry`);
    await sender({ ...input, issuedAt: instantAt(day, '08:00').toISOString() });
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: key } })).state).toBe('queued');

    // The server takes the mail, then the connection drops before the worker hears back (a crash
    // between sending and recording): the attempt fails and the ledger still says not sent.
    const realTransport = (await import('../../../activities/notices')).createMailTransport(capture.url);
    const crashing = createDigestSender({
      prisma: database.prisma,
      from,
      transport: {
        async sendMail(mail) {
          await realTransport.sendMail(mail);
          throw Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' });
        },
      },
    });
    const now = instantAt(day, '08:30').toISOString();
    await expect(crashing({ day, now })).rejects.toThrow(/will be retried/);
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: digestKey('SO_LDTBXH', day) } })).state).toBe('claimed');
    const firstCopy = received.filter((event) => !event.duplicate).length;

    const retried = await createDigestSender({ prisma: database.prisma, transport: capture.url, from })({ day, now });
    expect(Object.keys(retried.sent)).toEqual(['SO_LDTBXH']);
    expect(received.at(-1)!.duplicate).toBe(true);
    expect(received.filter((event) => !event.duplicate).length).toBe(firstCopy);
    expect((await listOutbox({ directory: outbox })).filter((each) => each.noticeKey === digestKey('SO_LDTBXH', day))).toHaveLength(1);
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: key } })).state).toBe('sent');
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: digestKey('SO_LDTBXH', day) } })).state).toBe('sent');
  });
});

describe('escalations with the digest on', () => {
  it('mails an escalation to the head of the unit at once, and queues the first overdue notice to the unit for its digest', async () => {
    const sender = createNoticeSender({ prisma: database.prisma, transport: capture.url, from, digest: true });
    const toHead = routineNotice('escalation', 'agency_head', 'head');
    const toUnit = routineNotice('escalation', 'focal_point', 'unit');
    const before = received.length;
    const sent = await sender(toHead.input);
    expect(sent.messageId).not.toBeNull();
    expect(received.length).toBe(before + 1);
    const mail = (await listOutbox({ directory: outbox })).find((each) => each.noticeKey === toHead.key)!;
    expect(mail.kind).toBe('escalation');
    expect(mail.to.join(' ')).toMatch(/@/);

    expect((await sender(toUnit.input)).messageId).toBeNull();
    expect(received.length).toBe(before + 1);
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: toUnit.key } })).state).toBe('queued');
  });
});

/** A notice about the Department of Labour's first seed assignment, with its registry contacts. */
function routineNotice(kind: TNoticeRequest['kind'], audience: TNoticeRequest['audience'], step: string) {
  const { specs } = buildAssignmentSpecs(plan, { planId: 'kh135', asOfDay: firstDay, reportGrouping: 'per_task' });
  const spec = specs.find((each) => each.assigneeAsWritten === 'SO_LDTBXH')!;
  const assignment: TAssignmentSummary = {
    assignmentId: spec.assignmentId,
    planId: spec.planId,
    planTitle: spec.planTitle,
    taskRef: spec.taskRef,
    taskText: spec.taskText,
    period: spec.period,
    kind: spec.kind,
    assigneeAsWritten: spec.assigneeAsWritten,
    monitoringAgency: spec.monitoringAgency,
    leadershipAgency: spec.leadershipAgency,
  };
  const dueAt = instantAt(firstDay, '17:00').toISOString();
  const request: TNoticeRequest = { kind, step, level: kind === 'escalation' ? (audience === 'agency_head' ? 2 : 1) : 0, audience, agency: 'SO_LDTBXH', dueAt, deadlineChanges: 0 };
  const key = noticeKey(spec.assignmentId, request);
  const recipient = { name: 'Đầu mối Sở LĐTBXH', email: 'dau-moi@soldtbxh.example', agencyCode: 'SO_LDTBXH', role: audience === 'agency_head' ? 'head' : 'focal_point' };
  return { key, input: { assignment, request, idempotencyKey: key, issuedAt: instantAt(firstDay, '10:00').toISOString(), recipients: { to: [recipient], cc: [] } } };
}
